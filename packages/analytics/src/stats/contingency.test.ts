import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import {
  chiSquareIndependence,
  fisherExact2x2,
  randomTableWithMargins,
  testCategoricalAssociation,
} from './contingency.ts';
import { hypergeometricPmf } from './distributions.ts';
import { createRandom } from './random.ts';

interface ChiCase {
  name: string;
  table: number[][];
  correct: boolean;
  statistic: number;
  df: number;
  p: number;
  expected: number[][];
  stdres: number[][];
  cramersV: number;
}
const chi = loadReference<{ cases: ChiCase[] }>('chi-square.json');
const fisher = loadReference<{
  cases: {
    name: string;
    table: number[][];
    p: number;
    estimate: number;
    preciseEstimate: number;
  }[];
}>('fisher.json');
const exact = loadReference<{
  table: number[][];
  statistic: number;
  exactP: number;
  asymptoticP: number;
}>('chi-square-exact.json');

describe('chiSquareIndependence', () => {
  it.each(chi.cases.map((c) => [c.name, c] as const))('%s matches R chisq.test', (_, c) => {
    const result = chiSquareIndependence(c.table, { continuityCorrection: c.correct });
    expectClose(result.statistic!.value, c.statistic, 1e-11);
    expect(result.df).toEqual([c.df]);
    expectClose(result.p, c.p, 1e-9);
    expectClose(result.cramersV, c.cramersV, 1e-11);
    c.expected.forEach((row, i) => {
      row.forEach((e, j) => {
        expectClose(result.expected[i]![j]!, e, 1e-12);
      });
    });
    c.stdres.forEach((row, i) => {
      row.forEach((r, j) => {
        expectClose(result.standardizedResiduals[i]![j]!, r, 1e-10, 1e-12);
      });
    });
  });

  it('leaves empty rows and columns out of the test', () => {
    const c = chi.cases[0]!;
    const padded = [...c.table.map((row) => [...row, 0]), [0, 0, 0, 0]];
    const result = chiSquareIndependence(padded);
    expectClose(result.statistic!.value, c.statistic, 1e-11);
    expect(result.df).toEqual([c.df]);
    expect(result.standardizedResiduals[3]).toEqual([0, 0, 0, 0]);
  });

  it('gives p = 1 with a note when only one option was chosen', () => {
    const result = chiSquareIndependence([
      [5, 0],
      [7, 0],
    ]);
    expect(result.p).toBe(1);
    expect(result.note).toMatch(/fewer than two/);
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => chiSquareIndependence([[1, -1]])).toThrow(RangeError);
    expect(() => chiSquareIndependence([[1.5, 2]])).toThrow(RangeError);
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('Monte-Carlo p', () => {
  const replicates = 20_000;

  it('estimates the exact conditional p of the sparse table within Monte-Carlo error', () => {
    const result = chiSquareIndependence(exact.table, { monteCarlo: { replicates, seed: 11 } });
    expect(result.method).toBe('monte-carlo');
    expectClose(result.statistic!.value, exact.statistic, 1e-12);
    expectClose(result.asymptoticP, exact.asymptoticP, 1e-9);
    const standardError = Math.sqrt((exact.exactP * (1 - exact.exactP)) / replicates);
    expect(Math.abs(result.p - exact.exactP)).toBeLessThan(4 * standardError);
  });

  it('gives the same p for the same seed', () => {
    const options = { monteCarlo: { replicates: 500, seed: 5 } };
    const first = chiSquareIndependence(exact.table, options).p;
    expect(chiSquareIndependence(exact.table, options).p).toBe(first);
    expect(first).toBeGreaterThan(0);
    const count = first * 501; // (1 + count) / (B + 1)
    expect(Math.abs(count - Math.round(count))).toBeLessThan(1e-9);
  });

  it('draws tables with the given margins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 5,
        }),
        fc.integer(),
        (table, seed) => {
          const rows = table.map((row) => row.reduce((s, v) => s + v, 0));
          const columns = [0, 1, 2].map((j) => table.reduce((s, row) => s + row[j]!, 0));
          const drawn = randomTableWithMargins(rows, columns, createRandom(seed));
          rows.forEach((total, i) => {
            expect(drawn[i * 3]! + drawn[i * 3 + 1]! + drawn[i * 3 + 2]!).toBe(total);
          });
          columns.forEach((total, j) => {
            expect(rows.reduce((s, _, i) => s + drawn[i * 3 + j]!, 0)).toBe(total);
          });
          for (const value of drawn) expect(value).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('draws a 2×2 cell from its hypergeometric distribution', () => {
    const random = createRandom(99);
    const counts = new Array<number>(9).fill(0);
    const draws = 40_000;
    for (let b = 0; b < draws; b++) counts[randomTableWithMargins([8, 12], [9, 11], random)[0]!]!++;
    for (let k = 0; k <= 8; k++) {
      const p = hypergeometricPmf(k, 20, 9, 8);
      expect(Math.abs(counts[k]! / draws - p)).toBeLessThan(
        5 * Math.sqrt((p * (1 - p)) / draws) + 1e-9,
      );
    }
  });
});

describe('fisherExact2x2', () => {
  it.each(fisher.cases.map((c) => [c.name, c] as const))('%s matches R fisher.test', (_, c) => {
    const result = fisherExact2x2(c.table);
    expectClose(result.p, c.p, 1e-10);
    expectClose(result.oddsRatio, c.preciseEstimate, 1e-8);
    // R's own estimate stops at uniroot's default tolerance (~1e-4).
    expectClose(result.oddsRatio, c.estimate, 1e-3);
    const [[a, b], [cc, d]] = c.table as [[number, number], [number, number]];
    expect(result.sampleOddsRatio).toBe((a * d) / (b * cc));
  });

  it('rejects tables that are not 2×2', () => {
    expect(() => fisherExact2x2([[1, 2, 3]])).toThrow(RangeError);
  });
});

describe('testCategoricalAssociation', () => {
  it('uses Fisher for a 2×2 table with a small expected count', () => {
    const result = testCategoricalAssociation([
      [3, 1],
      [1, 3],
    ]);
    expect(result.test).toBe('fisher-exact');
    expect(result.effect?.measure).toBe('cramers-v');
    // Fisher's test has no statistic to print: not the top-left cell, not a leftover χ².
    expect(result.statistic).toBeUndefined();
  });

  it('names the statistic of the chi-square test', () => {
    const result = testCategoricalAssociation(chi.cases[0]!.table);
    expect(result.statistic?.name).toBe('χ²');
    expectClose(result.statistic!.value, chi.cases[0]!.statistic, 1e-11);
  });

  it('uses Monte Carlo for a sparse larger table and chi-square otherwise', () => {
    expect(testCategoricalAssociation(exact.table).method).toBe('monte-carlo');
    expect(testCategoricalAssociation(chi.cases[0]!.table).method).toBe('asymptotic');
    expect(
      testCategoricalAssociation([
        [45, 30],
        [25, 40],
      ]).test,
    ).toBe('chi-square');
  });
});
