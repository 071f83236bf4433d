import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { spearman } from './correlation.ts';

const reference = loadReference<{
  cases: { name: string; x: number[]; y: number[]; rho: number; p: number }[];
}>('spearman.json');

describe('spearman', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))(
    '%s matches SciPy spearmanr',
    (_, c) => {
      const result = spearman(c.x, c.y);
      expectClose(result.statistic!.value, c.rho, 1e-12, 1e-15);
      expectClose(result.p, c.p, 1e-10);
      expect(result.df).toEqual([c.x.length - 2]);
      expect(result.groupSizes).toEqual([c.x.length]);
    },
  );

  it('gives p = 0 for a perfect monotone relation', () => {
    const result = spearman([1, 2, 3, 4, 5], [2, 4, 8, 16, 32]);
    expect(result.statistic!.value).toBe(1);
    expect(result.p).toBe(0);
  });

  it('gives p = 1 with a note for n < 3 and constant input', () => {
    expect(spearman([1, 2], [2, 1]).note).toBe('n < 3');
    const constant = spearman([1, 2, 3, 4], [5, 5, 5, 5]);
    expect(constant.p).toBe(1);
    expect(constant.statistic?.value).toBeNaN();
    expect(constant.note).toMatch(/constant/);
  });

  it('rejects unpaired input', () => {
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});
