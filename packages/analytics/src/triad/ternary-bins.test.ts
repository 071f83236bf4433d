import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTriad, type Triad } from './composition.ts';
import { ternaryBinIndex, ternaryBins } from './ternary-bins.ts';

/** Barycentric containment test with a little slack for points on edges. */
function inside(triad: Triad, corners: readonly [Triad, Triad, Triad]): boolean {
  const [p, q, r] = corners;
  const det = (q.a - p.a) * (r.b - p.b) - (r.a - p.a) * (q.b - p.b);
  const s = ((triad.a - p.a) * (r.b - p.b) - (r.a - p.a) * (triad.b - p.b)) / det;
  const t = ((q.a - p.a) * (triad.b - p.b) - (triad.a - p.a) * (q.b - p.b)) / det;
  return s >= -1e-9 && t >= -1e-9 && s + t <= 1 + 1e-9;
}

describe('ternaryBins', () => {
  it('has d² cells, half up and half down plus d', () => {
    const bins = ternaryBins([], 4);
    expect(bins).toHaveLength(16);
    expect(bins.filter((b) => b.orientation === 'up')).toHaveLength(10);
    expect(new Set(bins.map((b) => b.id)).size).toBe(16);
  });

  it('puts corners, edges and the centre in exactly one cell that contains them', () => {
    const values: Triad[] = [
      { a: 1, b: 0, c: 0 },
      { a: 0, b: 1, c: 0 },
      { a: 0, b: 0, c: 1 },
      { a: 0.5, b: 0.5, c: 0 },
      { a: 0.5, b: 0, c: 0.5 },
      { a: 1 / 3, b: 1 / 3, c: 1 / 3 },
      { a: 0.25, b: 0.25, c: 0.5 },
    ];
    const bins = ternaryBins(values, 4);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
    for (const value of values) {
      const bin = bins.find(
        (b) =>
          ternaryBinIndex(value.a, value.b, 4) ===
          (b.i * 4 + b.j) * 2 + (b.orientation === 'down' ? 1 : 0),
      )!;
      expect(inside(value, bin.corners)).toBe(true);
    }
  });

  it('assigns any triad to a cell of the grid that contains it', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          )
          .filter(([a, b, c]) => a + b + c > 0),
        fc.integer({ min: 1, max: 12 }),
        ([a, b, c], d) => {
          const triad = closeTriad(a, b, c);
          const bins = ternaryBins([triad], d);
          const hit = bins.filter((bin) => bin.count === 1);
          expect(hit).toHaveLength(1);
          expect(inside(triad, hit[0]!.corners)).toBe(true);
        },
      ),
    );
  });

  it('rejects a non-integer number of divisions', () => {
    expect(() => ternaryBins([], 2.5)).toThrow(RangeError);
  });
});
