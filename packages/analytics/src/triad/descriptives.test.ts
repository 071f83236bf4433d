import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { positiveTriad } from '../../test/reference/triad-arbitraries.ts';
import { seededShuffle } from '../stats/random.ts';
import { ilr, perturb, type Triad } from './composition.ts';
import { describeTriads, triadCentre } from './descriptives.ts';

const reference = loadReference<{
  group1: number[][];
  centreGroup1: number[];
  ilrMeanGroup1: number[];
  ilrCovarianceGroup1: number[][];
  regionRadiusSquaredGroup1: number;
}>('triads.json');
const group1: Triad[] = reference.group1.map(([a, b, c]) => ({ a: a!, b: b!, c: c! }));

describe('triadCentre', () => {
  it('is the closed geometric mean after zero replacement (numpy reference)', () => {
    const centre = triadCentre(group1, { resolution: 0.01 });
    expectClose(centre.a, reference.centreGroup1[0]!, 1e-12);
    expectClose(centre.b, reference.centreGroup1[1]!, 1e-12);
    expectClose(centre.c, reference.centreGroup1[2]!, 1e-12);
    // whole percentages are recognised, so the inferred resolution gives the same centre
    expectClose(triadCentre(group1).a, centre.a, 1e-15);
  });

  it('is not moved by a stray 1e-17 where a zero was meant', () => {
    const triads: Triad[] = [
      ...Array.from({ length: 40 }, () => ({ a: 0.9, b: 0.1, c: 0 })),
      ...Array.from({ length: 60 }, () => ({ a: 0.7, b: 0.1, c: 0.2 })),
    ];
    const centre = triadCentre(triads);
    expectClose(centre.a, 0.7701119897161166, 1e-12);
    // 1 − 0.9 − 0.1 in floating point, and the 1e-17 of the issue: both are zeros. Taken as
    // values, log(1e-17) would pull the centre to a = 0.80, c = 0.09.
    for (const leftover of [1 - 0.9 - 0.1, 1e-17]) {
      const stray = [...triads.slice(1), { a: 0.9, b: 0.1, c: leftover }];
      const moved = triadCentre(stray);
      expectClose(moved.a, centre.a, 1e-12);
      expectClose(moved.c, centre.c, 1e-12);
      expect(describeTriads(stray).zeroShare).toBe(0.4);
    }
  });

  it('is not moved by a stray leftover in continuous slider data', () => {
    const triads: Triad[] = Array.from({ length: 200 }, (_, i) => {
      const a = 0.6 + ((i * 0.618034) % 0.35);
      const b = i % 3 === 0 ? 0 : (1 - a) * (0.2 + ((i * 0.414214) % 0.6));
      return { a, b, c: 1 - a - b };
    });
    const centre = triadCentre(triads);
    const moved = triadCentre([...triads.slice(1), { ...triads[0]!, b: 1e-17 }]);
    expectClose(moved.a, centre.a, 1e-12);
    expectClose(moved.b, centre.b, 1e-12);
  });

  it('differs from the arithmetic mean for skewed compositions', () => {
    const centre = triadCentre([
      { a: 0.8, b: 0.1, c: 0.1 },
      { a: 0.1, b: 0.1, c: 0.8 },
    ]);
    // geometric: (√0.08, 0.1, √0.08) closed; arithmetic would give a = 0.45
    const root = Math.sqrt(0.08);
    expectClose(centre.a, root / (2 * root + 0.1), 1e-12);
    expect(centre.a).toBeLessThan(0.43);
  });

  it('is invariant to permuting the triads', () => {
    fc.assert(
      fc.property(
        fc.array(positiveTriad, { minLength: 1, maxLength: 30 }),
        fc.integer(),
        (triads, seed) => {
          const centre = triadCentre(triads);
          const shuffled = triadCentre(seededShuffle(triads, seed));
          expectClose(shuffled.a, centre.a, 1e-12);
          expectClose(shuffled.b, centre.b, 1e-12);
        },
      ),
    );
  });

  it('moves by the same perturbation as all triads', () => {
    fc.assert(
      fc.property(
        fc.array(positiveTriad, { minLength: 1, maxLength: 30 }),
        positiveTriad,
        (triads, shift) => {
          const moved = triadCentre(
            triads.map((t) => perturb(t, shift)),
            { resolution: 0.001 },
          );
          const expected = perturb(triadCentre(triads, { resolution: 0.001 }), shift);
          expectClose(moved.a, expected.a, 1e-9);
          expectClose(moved.b, expected.b, 1e-9);
          expectClose(moved.c, expected.c, 1e-9);
        },
      ),
    );
  });

  it('throws when there is no triad', () => {
    expect(() => triadCentre([null])).toThrow(RangeError);
  });
});

describe('describeTriads', () => {
  it('reports counts, zeros, the ilr moments and a region on the T² ellipse', () => {
    const values = [...group1, null, null];
    const description = describeTriads(values, { resolution: 0.01 });
    expect(description.n).toBe(40);
    expect(description.nNotApplicable).toBe(2);
    const withZero = group1.filter((t) => t.a === 0 || t.b === 0 || t.c === 0).length;
    expect(description.zeroShare).toBe(withZero / 40);
    expect(description.zeroParts.b).toBeGreaterThanOrEqual(1);
    const [m1, m2] = description.ilr!.mean;
    expectClose(m1, reference.ilrMeanGroup1[0]!, 1e-12);
    expectClose(m2, reference.ilrMeanGroup1[1]!, 1e-12);
    const [[s11, s12], [, s22]] = description.ilr!.covariance;
    expectClose(s11, reference.ilrCovarianceGroup1[0]![0]!, 1e-12);
    expectClose(s12, reference.ilrCovarianceGroup1[0]![1]!, 1e-12);
    expectClose(s22, reference.ilrCovarianceGroup1[1]![1]!, 1e-12);
    expect(description.region).toHaveLength(72);
    const determinant = s11 * s22 - s12 * s12;
    for (const point of description.region!) {
      const { z1, z2 } = ilr(point);
      const d1 = z1 - m1;
      const d2 = z2 - m2;
      const form = (s22 * d1 * d1 - 2 * s12 * d1 * d2 + s11 * d2 * d2) / determinant;
      expectClose(form, reference.regionRadiusSquaredGroup1, 1e-9);
    }
    expect(description.zones.reduce((s, z) => s + z.count, 0)).toBe(40);
  });

  it('has no region, with a reason, for identical triads or tiny samples', () => {
    const same = describeTriads(Array.from({ length: 10 }, () => ({ a: 0.5, b: 0.3, c: 0.2 })));
    expect(same.region).toBeNull();
    expect(same.regionNote).toMatch(/singular/);
    expectClose(same.centre!.a, 0.5, 1e-12);
    expect(describeTriads([{ a: 0.5, b: 0.3, c: 0.2 }]).regionNote).toBe('n < 3');
    const none = describeTriads([null, null]);
    expect(none.centre).toBeNull();
    expect(none.nNotApplicable).toBe(2);
  });
});
