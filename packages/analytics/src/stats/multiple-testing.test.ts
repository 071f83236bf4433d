import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { adjustBenjaminiHochberg } from './multiple-testing.ts';

const reference = loadReference<{ cases: { p: number[]; q: number[] }[] }>(
  'benjamini-hochberg.json',
);

describe('adjustBenjaminiHochberg', () => {
  it('matches R p.adjust(method = "BH")', () => {
    expect(reference.source).toMatch(/^R 4\.2/);
    for (const { p, q } of reference.cases) {
      const adjusted = adjustBenjaminiHochberg(p);
      adjusted.forEach((value, i) => {
        expectClose(value, q[i]!, 1e-12);
      });
    }
  });

  it('keeps NaN in place and leaves it out of the count', () => {
    const adjusted = adjustBenjaminiHochberg([0.01, Number.NaN, 0.02]);
    expect(adjusted[1]).toBeNaN();
    expectClose(adjusted[0]!, 0.02, 1e-12);
    expectClose(adjusted[2]!, 0.02, 1e-12);
  });

  it('rejects p-values outside [0, 1]', () => {
    expect(() => adjustBenjaminiHochberg([0.2, 1.3])).toThrow(RangeError);
  });

  it('gives q ≥ p, q ≤ 1, and preserves order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }), (p) => {
        const q = adjustBenjaminiHochberg(p);
        for (let i = 0; i < p.length; i++) {
          expect(q[i]!).toBeGreaterThanOrEqual(p[i]! - 1e-15);
          expect(q[i]!).toBeLessThanOrEqual(1);
          for (let j = 0; j < p.length; j++)
            if (p[i]! < p[j]!) expect(q[i]!).toBeLessThanOrEqual(q[j]!);
        }
      }),
    );
  });
});
