import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, kruskalWallis, mannWhitneyU, spearman, type TestResult } from '../stats';
import { hotellingTwoSample, ilrSample, manovaPillai, type Triad } from '../triad';
import { levelsOf } from './columns';
import {
  groupRankSums,
  kruskalWallisFromRanks,
  mannWhitneyFromRanks,
  spearmanFromLevels,
} from './shared-ranks';
import { hotellingFromMoments, ilrMoments, manovaFromMoments } from './triad-moments';

/** Values on a coarse grid (many ties) with some missing, in k groups of unequal size. */
function sample(seed: number, n: number, k: number, grid: number) {
  const random = createRandom(seed);
  const values = new Float64Array(n);
  const groups = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    values[i] = random() < 0.05 ? Number.NaN : Math.round(random() * grid) / grid;
    groups[i] = random() < 0.03 ? -1 : Math.floor(random() ** 1.5 * k);
  }
  return { values, groups };
}

function expectSameResult(fast: TestResult, reference: TestResult) {
  expect(fast.test).toBe(reference.test);
  expect(fast.statistic?.name).toBe(reference.statistic?.name);
  expect(fast.statistic?.value).toBeCloseTo(reference.statistic?.value ?? Number.NaN, 8);
  expect(fast.p / reference.p).toBeCloseTo(1, 8);
  expect(fast.effect?.value).toBeCloseTo(reference.effect?.value ?? Number.NaN, 10);
  expect(fast.df).toEqual(reference.df);
}

describe('levelsOf', () => {
  /** Each value's index among the sorted distinct values, the obvious way. */
  const naive = (values: number[]) => {
    const distinct = [...new Set(values.filter((v) => !Number.isNaN(v)).map((v) => v + 0))].sort(
      (a, b) => a - b,
    );
    return values.map((v) => (Number.isNaN(v) ? -1 : distinct.indexOf(v + 0)));
  };

  it('gives the same levels by hash (few distinct values) and by sort (many)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -50, max: 50 }).map((k) => k / 7),
            fc.constant(-0),
            fc.constant(Number.NaN),
          ),
          { maxLength: 300 },
        ),
        (values) => {
          const { levels, levelCount } = levelsOf(Float64Array.from(values));
          expect([...levels]).toEqual(naive(values));
          expect(levelCount).toBe(new Set(naive(values).filter((l) => l >= 0)).size);
        },
      ),
    );
    const random = createRandom(3);
    const continuous = Array.from({ length: 6000 }, () => random());
    expect([...levelsOf(Float64Array.from(continuous)).levels]).toEqual(naive(continuous));
  });
});

describe('rank tests from shared levels agree with the stats package', () => {
  it.each([
    [1, 4000, 5, 20],
    [2, 3000, 3, 1000],
    [3, 600, 7, 5],
  ])('Kruskal–Wallis (seed %i, n %i, k %i, grid %i)', (seed, n, k, grid) => {
    const { values, groups } = sample(seed, n, k, grid);
    const { levels, levelCount } = levelsOf(values);
    const included = new Uint8Array(k).fill(1);
    const fast = kruskalWallisFromRanks(groupRankSums(levels, levelCount, groups, k, included));
    const byGroup = Array.from({ length: k }, (_, g) =>
      [...values].filter((v, i) => groups[i] === g && !Number.isNaN(v)),
    );
    expectSameResult(fast, kruskalWallis(byGroup));
  });

  it('Kruskal–Wallis leaves out excluded groups', () => {
    const { values, groups } = sample(4, 2000, 4, 50);
    const { levels, levelCount } = levelsOf(values);
    const fast = kruskalWallisFromRanks(
      groupRankSums(levels, levelCount, groups, 4, Uint8Array.from([1, 0, 1, 1])),
    );
    const byGroup = [0, 2, 3].map((g) =>
      [...values].filter((v, i) => groups[i] === g && !Number.isNaN(v)),
    );
    expectSameResult(fast, kruskalWallis(byGroup));
  });

  it.each([
    [5, 3000, 100],
    [6, 400, 7],
    [7, 70, 1000],
  ])('Mann–Whitney (seed %i, n %i, grid %i), asymptotic and small samples', (seed, n, grid) => {
    const { values, groups } = sample(seed, n, 2, grid);
    const { levels, levelCount } = levelsOf(values);
    const sums = groupRankSums(levels, levelCount, groups, 2, Uint8Array.from([1, 1]));
    const of = (g: number) => [...values].filter((v, i) => groups[i] === g && !Number.isNaN(v));
    expectSameResult(mannWhitneyFromRanks(sums, 0, 1, of), mannWhitneyU(of(0), of(1)));
    expectSameResult(mannWhitneyFromRanks(sums, 1, 0, of), mannWhitneyU(of(1), of(0)));
  });

  it('Spearman on the stories with both values, ties and gaps included', () => {
    const x = sample(8, 3000, 1, 30).values;
    const noise = sample(9, 3000, 1, 10).values;
    const y = x.map((v, i) => 0.1 * v + noise[i]!);
    const fast = spearmanFromLevels(levelsOf(x), levelsOf(y));
    const both = [...x.keys()].filter((i) => !Number.isNaN(x[i]!) && !Number.isNaN(y[i]!));
    const reference = spearman(
      both.map((i) => x[i]!),
      both.map((i) => y[i]!),
    );
    expectSameResult(fast, reference);
    expect(fast.groupSizes).toEqual([both.length]);
  });
});

describe('triad tests from ilr moments agree with the triad package', () => {
  function triads(seed: number, n: number, k: number) {
    const random = createRandom(seed);
    const values: (Triad | null)[] = [];
    const groups = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const g = Math.floor(random() * k);
      groups[i] = g;
      if (random() < 0.05) {
        values.push(null);
        continue;
      }
      const a = Math.round(random() * (0.5 + g * 0.1) * 100) / 100;
      const b = Math.round(random() * (1 - a) * 100) / 100;
      values.push({ a, b, c: Math.round((1 - a - b) * 100) / 100 });
    }
    const sample = ilrSample(values, { resolution: 0.01 });
    const z1 = new Float64Array(n).fill(Number.NaN);
    const z2 = new Float64Array(n).fill(Number.NaN);
    let j = 0;
    values.forEach((v, i) => {
      if (v === null) return;
      z1[i] = sample.z1[j]!;
      z2[i] = sample.z2[j++]!;
    });
    const byGroup = Array.from({ length: k }, (_, g) =>
      values.filter((v, i) => v && groups[i] === g),
    );
    return { z1, z2, groups, byGroup };
  }

  it('Hotelling T² of two groups', () => {
    const { z1, z2, groups, byGroup } = triads(10, 800, 2);
    const moments = ilrMoments(z1, z2, groups, 2, Uint8Array.from([1, 1]));
    const fast = hotellingFromMoments(moments, 0, 1);
    const reference = hotellingTwoSample(byGroup[0]!, byGroup[1]!, { resolution: 0.01 });
    expectSameResult(fast, reference);
    expect(fast.statistic?.name).toBe('T²');
  });

  it('MANOVA (Pillai) of four groups, one left out', () => {
    const { z1, z2, groups, byGroup } = triads(11, 1200, 4);
    const moments = ilrMoments(z1, z2, groups, 4, Uint8Array.from([1, 1, 0, 1]));
    const fast = manovaFromMoments(moments, [0, 1, 3]);
    const reference = manovaPillai([byGroup[0]!, byGroup[1]!, byGroup[3]!], { resolution: 0.01 });
    expectSameResult(fast, reference);
  });
});
