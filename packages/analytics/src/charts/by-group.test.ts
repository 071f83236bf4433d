import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import type { StonesValue } from '../descriptives/stones.ts';
import type { Triad } from '../triad/composition.ts';
import {
  choiceBarsByGroup,
  contingencyTable,
  dyadHistogramByGroup,
  stoneClouds,
  ternaryByGroup,
  trendOverCollections,
} from './by-group.ts';

/** Inputs and NumPy / SciPy results made by test/reference/make-charts.py. */
const ref = loadReference<{
  groupIds: string[];
  groups: (string | null)[];
  dyads: (number | null)[];
  dyadEdges: number[];
  dyadGroups: {
    group: string;
    n: number;
    histogram: number[];
    mean: number;
    quartiles: number[];
  }[];
  resolution: number;
  triads: (Triad | null)[];
  triadGroups: {
    group: string;
    n: number;
    nNotApplicable: number;
    zeroShare: number;
    centre: number[];
  }[];
  stoneIds: string[];
  stones: (StonesValue | null)[];
  grid: number;
  clouds: {
    stoneId: string;
    placed: number;
    centre: { x: number; y: number };
    density: number[];
  }[];
  optionIds: string[];
  choices: (string | null)[];
  contingency: {
    counts: number[][];
    expected: number[][];
    standardizedResiduals: number[][];
    statistic: number;
    df: number;
    p: number;
  };
  collectionOrder: string[];
  collections: string[];
  trend: { collection: string; n: number; mean: number; quartiles: number[] }[];
}>('charts.json');

describe('ternaryByGroup', () => {
  it('gives each group its centre (NumPy), N/A and zero counts, and bins holding every triad', () => {
    const result = ternaryByGroup(ref.triads, ref.groups, ref.groupIds, { divisions: 10 });
    expect(result.map((g) => g.group)).toEqual(ref.groupIds);
    result.forEach((group, g) => {
      const expected = ref.triadGroups[g]!;
      expect(group.description.resolution).toBe(ref.resolution);
      expect(group.description.n).toBe(expected.n);
      expect(group.description.nNotApplicable).toBe(expected.nNotApplicable);
      expectClose(group.description.zeroShare, expected.zeroShare, 1e-12);
      expectClose(group.description.centre!.a, expected.centre[0]!, 1e-10);
      expectClose(group.description.centre!.b, expected.centre[1]!, 1e-10);
      expectClose(group.description.centre!.c, expected.centre[2]!, 1e-10);
      expect(group.description.region).not.toBeNull();
      expect(group.bins.reduce((s, b) => s + b.count, 0)).toBe(expected.n);
    });
  });
});

describe('dyadHistogramByGroup', () => {
  it('matches numpy.histogram, mean and quantile per group', () => {
    const result = dyadHistogramByGroup(ref.dyads, ref.groups, ref.groupIds, {
      bins: ref.dyadEdges,
    });
    result.forEach(({ group, description }, g) => {
      const expected = ref.dyadGroups[g]!;
      expect(group).toBe(expected.group);
      expect(description.n).toBe(expected.n);
      expect(description.histogram.map((b) => b.count)).toEqual(expected.histogram);
      expectClose(description.mean, expected.mean, 1e-12);
      description.quartiles.forEach((q, k) => {
        expectClose(q, expected.quartiles[k]!, 1e-12);
      });
    });
  });

  it('rejects values and groups of different lengths', () => {
    expect(() => dyadHistogramByGroup([0.5], [], ['a'])).toThrow(RangeError);
  });
});

describe('stoneClouds', () => {
  it("matches numpy.histogram2d and the mean for each stone's cloud and centre", () => {
    const result = stoneClouds(ref.stones, ref.stoneIds, ref.grid);
    result.forEach((cloud, k) => {
      const expected = ref.clouds[k]!;
      expect(cloud.stoneId).toBe(expected.stoneId);
      expect(cloud.placed).toBe(expected.placed);
      expect(cloud.density).toEqual(expected.density);
      expectClose(cloud.centre.x, expected.centre.x, 1e-12);
      expectClose(cloud.centre.y, expected.centre.y, 1e-12);
    });
  });

  it('puts a stone on an edge (0,15 on a 20-grid) in the cell that starts there, and 1 in the last', () => {
    const [cloud] = stoneClouds([{ s: { x: 0.15, y: 1 } }], ['s'], 20);
    expect(cloud!.density.indexOf(1)).toBe(19 * 20 + 3);
  });
});

describe('choiceBarsByGroup', () => {
  it('counts each option per group, as the cross table does', () => {
    const bars = choiceBarsByGroup(ref.choices, ref.optionIds, ref.groups, ref.groupIds);
    bars.forEach(({ description }, g) => {
      expect(description.options.map((o) => o.count)).toEqual(ref.contingency.counts[g]);
    });
  });
});

describe('contingencyTable', () => {
  it('matches scipy.stats.chi2_contingency and R stdres', () => {
    const table = contingencyTable(ref.groups, ref.choices, ref.groupIds, ref.optionIds);
    expect(table.counts).toEqual(ref.contingency.counts);
    expect(table.test.statistic?.name).toBe('χ²');
    expectClose(table.test.statistic!.value, ref.contingency.statistic, 1e-11);
    expect(table.test.df).toEqual([ref.contingency.df]);
    expectClose(table.test.p, ref.contingency.p, 1e-9);
    table.test.standardizedResiduals.forEach((line, r) => {
      line.forEach((value, c) => {
        expectClose(value, ref.contingency.standardizedResiduals[r]![c]!, 1e-11);
      });
    });
    table.test.expected.forEach((line, r) => {
      line.forEach((value, c) => {
        expectClose(value, ref.contingency.expected[r]![c]!, 1e-12);
      });
    });
  });
});

describe('trendOverCollections', () => {
  it('gives n, mean and quartiles per collection in order (NumPy)', () => {
    const trend = trendOverCollections(ref.dyads, ref.collections, ref.collectionOrder);
    trend.forEach((point, k) => {
      const expected = ref.trend[k]!;
      expect(point.collection).toBe(expected.collection);
      expect(point.n).toBe(expected.n);
      expectClose(point.mean, expected.mean, 1e-12);
      point.quartiles.forEach((q, j) => {
        expectClose(q, expected.quartiles[j]!, 1e-12);
      });
    });
  });

  it('gives NaN for a collection without answers', () => {
    const [point] = trendOverCollections([null], ['a'], ['a']);
    expect(point!.n).toBe(0);
    expect(point!.mean).toBeNaN();
  });
});
