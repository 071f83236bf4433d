import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import type { TestResult } from '../stats/test-result.ts';
import type { Triad } from './composition.ts';
import { hotellingTwoSample, manovaPillai } from './hotelling.ts';

const toTriads = (rows: number[][]): Triad[] => rows.map(([a, b, c]) => ({ a: a!, b: b!, c: c! }));
const triads = loadReference<{
  group1: number[][];
  group2: number[][];
  hotelling: { t2: number; f: number; df: number[]; p: number; mahalanobisD2: number };
}>('triads.json');
const manovaInput = loadReference<{ groups: number[][][] }>('manova-input.json');
const manova = loadReference<{
  all: { pillai: number; f: number; df: number[]; p: number };
  firstTwo: { pillai: number; f: number; df: number[]; p: number };
}>('manova.json');
const group1 = toTriads(triads.group1);
/** The F transform of T² that Hotelling's p comes from: F = df₂ / (p (n − 2)) · T², p = 2. */
const fOfT2 = (result: TestResult) => {
  const df2 = result.df![1]!;
  return (df2 / (2 * (df2 + 1))) * result.statistic!.value;
};
const group2 = toTriads(triads.group2);

describe('hotellingTwoSample', () => {
  it('matches a numpy hand computation with scipy.stats.f.sf', () => {
    const result = hotellingTwoSample(group1, group2, { resolution: 0.01 });
    expect(result.statistic!.name).toBe('T²');
    expectClose(result.statistic!.value, triads.hotelling.t2, 1e-10);
    expectClose(fOfT2(result), triads.hotelling.f, 1e-10);
    expect(result.df).toEqual(triads.hotelling.df);
    expectClose(result.p, triads.hotelling.p, 1e-9);
    expectClose(result.effect!.value, triads.hotelling.mahalanobisD2, 1e-10);
    expect(result.groupSizes).toEqual([40, 27]);
  });

  it('skips not-applicable values', () => {
    const result = hotellingTwoSample([null, ...group1], [...group2, null], { resolution: 0.01 });
    expectClose(result.statistic!.value, triads.hotelling.t2, 1e-10);
  });

  it('gives a reproducible permutation p close to the F p', () => {
    const options = { resolution: 0.01, permutations: { permutations: 4000, seed: 17 } };
    const result = hotellingTwoSample(group1, group2, options);
    expect(result.method).toBe('permutation');
    expect(hotellingTwoSample(group1, group2, options).p).toBe(result.p);
    expect(Math.abs(result.p - triads.hotelling.p)).toBeLessThan(0.05);
    const same = hotellingTwoSample(group1.slice(0, 20), group1.slice(20), options);
    expect(same.p).toBeGreaterThan(0.05);
  });

  it('gives p = 1 with a note for identical triads or too few', () => {
    const same = Array.from({ length: 5 }, () => ({ a: 0.5, b: 0.3, c: 0.2 }));
    const singular = hotellingTwoSample(same, same);
    expect(singular.p).toBe(1);
    expect(singular.note).toMatch(/singular/);
    expect(hotellingTwoSample([group1[0]!], [group2[0]!]).note).toMatch(/too few/);
    expect(hotellingTwoSample([], group2).p).toBe(1);
  });
});

describe('manovaPillai', () => {
  it('matches R summary(manova(...), test = "Pillai") for four groups', () => {
    const result = manovaPillai(manovaInput.groups.map(toTriads), { resolution: 0.01 });
    expectClose(result.effect!.value, manova.all.pillai, 1e-10);
    expect(result.statistic!.name).toBe('F');
    expectClose(result.statistic!.value, manova.all.f, 1e-10);
    expect(result.df).toEqual(manova.all.df);
    expectClose(result.p, manova.all.p, 1e-8);
  });

  it('matches R for two groups, where it equals Hotelling', () => {
    const groups = manovaInput.groups.slice(0, 2).map(toTriads);
    const result = manovaPillai(groups, { resolution: 0.01 });
    expectClose(result.statistic!.value, manova.firstTwo.f, 1e-10);
    expectClose(result.p, manova.firstTwo.p, 1e-9);
    const hotelling = hotellingTwoSample(groups[0]!, groups[1]!, { resolution: 0.01 });
    expectClose(hotelling.p, result.p, 1e-10);
  });

  it('leaves empty groups out and gives p = 1 for a single group', () => {
    const groups = manovaInput.groups.map(toTriads);
    const result = manovaPillai([groups[0]!, [], groups[1]!, groups[2]!, groups[3]!], {
      resolution: 0.01,
    });
    expectClose(result.statistic!.value, manova.all.f, 1e-10);
    expect(manovaPillai([groups[0]!, []]).p).toBe(1);
  });
});
