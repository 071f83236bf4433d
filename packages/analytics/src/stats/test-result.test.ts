import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveTriad } from '../../test/reference/triad-arbitraries.ts';
import { hotellingTwoSample, manovaPillai } from '../triad/hotelling.ts';
import { chiSquareIndependence, fisherExact2x2 } from './contingency.ts';
import { spearman } from './correlation.ts';
import { kruskalWallis, mannWhitneyU } from './rank-tests.ts';
import { clampProbability, STATISTIC_OF, type TestResult } from './test-result.ts';
import { cochranArmitage, jonckheereTerpstra } from './trend.ts';

const likert = fc.integer({ min: 1, max: 5 });
const dyad = fc.double({ min: 0, max: 1, noNaN: true });
const sample = fc.array(fc.oneof(likert, dyad), { maxLength: 30 });

function expectProbability(result: TestResult): void {
  expect(result.p).toBeGreaterThanOrEqual(0);
  expect(result.p).toBeLessThanOrEqual(1);
  if (result.note === undefined && result.statistic) {
    expect(Number.isNaN(result.statistic.value)).toBe(false);
  }
  // A statistic, when there is one, is named as its test reports it.
  expect(result.statistic?.name).toBe(STATISTIC_OF[result.test]);
}

describe('every test gives p in [0, 1], also on degenerate data', () => {
  it('rank tests and trend', () => {
    fc.assert(
      fc.property(sample, sample, sample, (x, y, z) => {
        expectProbability(mannWhitneyU(x, y));
        expectProbability(mannWhitneyU(x, y, { method: 'exact' }));
        expectProbability(kruskalWallis([x, y, z]));
        expectProbability(jonckheereTerpstra([x, y, z]));
        const n = Math.min(x.length, y.length);
        expectProbability(spearman(x.slice(0, n), y.slice(0, n)));
      }),
    );
  });

  it('contingency tables', () => {
    const table = fc.array(
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }),
      {
        minLength: 2,
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(table, (t) => {
        expectProbability(chiSquareIndependence(t));
        expectProbability(chiSquareIndependence(t, { monteCarlo: { replicates: 50, seed: 1 } }));
        expectProbability(fisherExact2x2(t.slice(0, 2).map((row) => row.slice(0, 2))));
        const totals = t.map((row) => row[0]! + row[1]! + row[2]!);
        expectProbability(
          cochranArmitage(
            t.map((row) => row[0]!),
            totals,
          ),
        );
      }),
    );
  });

  it('triad comparisons', () => {
    const group = fc.array(positiveTriad, { maxLength: 12 });
    fc.assert(
      fc.property(group, group, group, (x, y, z) => {
        expectProbability(hotellingTwoSample(x, y, { resolution: 0.01 }));
        expectProbability(
          hotellingTwoSample(x, y, {
            resolution: 0.01,
            permutations: { permutations: 20, seed: 2 },
          }),
        );
        expectProbability(manovaPillai([x, y, z], { resolution: 0.01 }));
      }),
      { numRuns: 50 },
    );
  });

  it('clamps rounding noise and NaN', () => {
    expect(clampProbability(1 + 1e-15)).toBe(1);
    expect(clampProbability(-1e-18)).toBe(0);
    expect(clampProbability(Number.NaN)).toBe(1);
  });
});
