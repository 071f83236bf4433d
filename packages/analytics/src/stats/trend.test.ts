import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { cochranArmitage, jonckheereTerpstra } from './trend.ts';

const jt = loadReference<{
  cases: {
    name: string;
    groups: number[][];
    statistic: number;
    permutationMean: number;
    permutationVariance: number;
    normalP: number;
    exactP: number;
  }[];
}>('jonckheere-terpstra.json');
const ca = loadReference<{
  cases: {
    name: string;
    successes: number[];
    totals: number[];
    scores: number[];
    statistic: number;
    p: number;
  }[];
}>('cochran-armitage.json');

describe('jonckheereTerpstra', () => {
  it.each(jt.cases.map((c) => [c.name, c] as const))(
    '%s: J and its tie-corrected variance equal the exact permutation moments',
    (_, c) => {
      const result = jonckheereTerpstra(c.groups);
      expect(result.statistic!.value).toBe(c.statistic);
      expectClose(result.variance, c.permutationVariance, 1e-10);
      expectClose(result.p, c.normalP, 1e-9);
      // The normal approximation stays near the exact permutation p on these small sets.
      expect(Math.abs(result.p - c.exactP)).toBeLessThan(0.01);
    },
  );

  it('reports the direction in its effect', () => {
    expect(jonckheereTerpstra(jt.cases[0]!.groups).effect!.value).toBeGreaterThan(0);
    expect(jonckheereTerpstra(jt.cases[2]!.groups).effect!.value).toBeLessThan(0);
  });

  it('gives p = 1 with a note for all-tied values or a single wave', () => {
    expect(
      jonckheereTerpstra([
        [2, 2],
        [2, 2, 2],
      ]).note,
    ).toMatch(/tied/);
    expect(jonckheereTerpstra([[1, 2, 3], []]).p).toBe(1);
  });
});

describe('cochranArmitage', () => {
  it.each(ca.cases.map((c) => [c.name, c] as const))('%s matches R prop.trend.test', (_, c) => {
    const result = cochranArmitage(c.successes, c.totals, c.scores);
    expectClose(result.statistic!.value, c.statistic, 1e-10);
    expectClose(result.p, c.p, 1e-9);
    expect(result.df).toEqual([1]);
  });

  it('uses scores 1..k by default and signs the slope', () => {
    const c = ca.cases[0]!;
    const result = cochranArmitage(c.successes, c.totals);
    expectClose(result.statistic!.value, c.statistic, 1e-10);
    expect(result.slope).toBeGreaterThan(0);
  });

  it('gives p = 1 with a note when nobody or everybody has the outcome', () => {
    expect(cochranArmitage([0, 0, 0], [10, 12, 9]).note).toMatch(/no variation/);
    expect(() => cochranArmitage([11], [10])).toThrow(RangeError);
  });
});
