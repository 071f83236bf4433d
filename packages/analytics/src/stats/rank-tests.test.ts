import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { kruskalWallis, mannWhitneyExactCdf, mannWhitneyU } from './rank-tests.ts';

interface MannWhitneyCase {
  name: string;
  x: number[];
  y: number[];
  method: 'exact' | 'asymptotic';
  statistic: number;
  p: number;
  cliffsDelta: number;
}
const scipyCases = loadReference<{ cases: MannWhitneyCase[] }>('mann-whitney.json');
const rCases = loadReference<{ cases: MannWhitneyCase[] }>('wilcox.json');
const kruskal = loadReference<{
  cases: {
    name: string;
    groups: number[][];
    statistic: number;
    p: number;
    epsilonSquared: number;
  }[];
}>('kruskal-wallis.json');

describe('mannWhitneyU', () => {
  it.each(scipyCases.cases.map((c) => [c.name, c] as const))('%s matches SciPy', (_, c) => {
    const result = mannWhitneyU(c.x, c.y, { method: c.method });
    expect(result.method).toBe(c.method);
    expectClose(result.statistic!.value, c.statistic, 1e-12);
    expectClose(result.p, c.p, c.method === 'exact' ? 1e-10 : 1e-9);
    expectClose(result.effect!.value, c.cliffsDelta, 1e-12, 1e-15);
    expect(result.groupSizes).toEqual([c.x.length, c.y.length]);
  });

  it.each(rCases.cases.map((c) => [c.method, c] as const))('%s matches R wilcox.test', (_, c) => {
    const result = mannWhitneyU(c.x, c.y);
    expect(result.method).toBe(c.method);
    expectClose(result.statistic!.value, c.statistic, 1e-12);
    expectClose(result.p, c.p, 1e-10);
  });

  it('chooses exact below 50 per group without ties, asymptotic otherwise', () => {
    const x = Array.from({ length: 49 }, (_, i) => i + 0.25);
    const y = Array.from({ length: 49 }, (_, i) => i + 0.5);
    expect(mannWhitneyU(x, y).method).toBe('exact');
    expect(mannWhitneyU([...x, 100], y).method).toBe('asymptotic');
    expect(mannWhitneyU([1, 2, 2], [3, 4]).method).toBe('asymptotic');
  });

  it('has an exact null distribution that sums to 1 and is symmetric', () => {
    expect(mannWhitneyExactCdf(24, 4, 6)).toBe(1);
    // P(U ≤ 3) = P(U ≥ 24 − 3) = 1 − P(U ≤ 20)
    expectClose(mannWhitneyExactCdf(3, 4, 6), 1 - mannWhitneyExactCdf(20, 4, 6), 1e-12);
    // U = 0 for m = 3, n = 2: one arrangement out of C(5, 3) = 10.
    expectClose(mannWhitneyExactCdf(0, 3, 2), 0.1, 1e-15);
  });

  it('gives p = 1 with a note for empty groups and all-tied values', () => {
    const empty = mannWhitneyU([], [1, 2, 3]);
    expect(empty.p).toBe(1);
    expect(empty.note).toMatch(/empty/);
    const tied = mannWhitneyU([3, 3, 3], [3, 3]);
    expect(tied.p).toBe(1);
    expect(tied.note).toMatch(/tied/);
    expect(tied.effect!.value).toBe(0);
  });
});

describe('kruskalWallis', () => {
  it.each(kruskal.cases.map((c) => [c.name, c] as const))('%s matches SciPy', (_, c) => {
    const result = kruskalWallis(c.groups);
    expectClose(result.statistic!.value, c.statistic, 1e-11);
    expectClose(result.p, c.p, 1e-9);
    expectClose(result.effect!.value, c.epsilonSquared, 1e-11);
    expect(result.df).toEqual([c.groups.length - 1]);
  });

  it('leaves empty groups out and says so', () => {
    const c = kruskal.cases[0]!;
    const result = kruskalWallis([c.groups[0]!, [], c.groups[1]!, c.groups[2]!]);
    expectClose(result.statistic!.value, c.statistic, 1e-11);
    expect(result.groupSizes[1]).toBe(0);
    expect(result.note).toMatch(/empty/);
  });

  it('gives p = 1 with a note for one group or all values tied', () => {
    expect(kruskalWallis([[1, 2, 3], []]).p).toBe(1);
    const tied = kruskalWallis([
      [2, 2],
      [2, 2, 2],
    ]);
    expect(tied.p).toBe(1);
    expect(tied.note).toMatch(/tied/);
  });
});
