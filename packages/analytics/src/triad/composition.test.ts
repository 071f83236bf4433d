import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { positiveTriad } from '../../test/reference/triad-arbitraries.ts';
import {
  aitchisonDistance,
  ilr,
  ilrInverse,
  inferTriadResolution,
  perturb,
  perturbationDifference,
  replaceZeros,
  type Triad,
} from './composition.ts';

const reference = loadReference<{
  group1: number[][];
  replacedGroup1: number[][];
  ilrGroup1: number[][];
}>('triads.json');
const asTriad = ([a, b, c]: number[]): Triad => ({ a: a!, b: b!, c: c! });

describe('ilr', () => {
  it('matches the numpy reference after zero replacement', () => {
    reference.group1.forEach((parts, i) => {
      const replaced = replaceZeros(asTriad(parts), 0.01);
      const [a, b, c] = reference.replacedGroup1[i]!;
      expectClose(replaced.a, a!, 1e-12);
      expectClose(replaced.b, b!, 1e-12);
      expectClose(replaced.c, c!, 1e-12);
      const z = ilr(replaced);
      expectClose(z.z1, reference.ilrGroup1[i]![0]!, 1e-10, 1e-13);
      expectClose(z.z2, reference.ilrGroup1[i]![1]!, 1e-10, 1e-13);
    });
  });

  it('maps the barycentre to the origin', () => {
    const z = ilr({ a: 1 / 3, b: 1 / 3, c: 1 / 3 });
    expect(Math.abs(z.z1)).toBeLessThan(1e-15);
    expect(Math.abs(z.z2)).toBeLessThan(1e-15);
  });

  it('is inverted by ilrInverse (both ways)', () => {
    fc.assert(
      fc.property(positiveTriad, (triad) => {
        const back = ilrInverse(ilr(triad).z1, ilr(triad).z2);
        expectClose(back.a, triad.a, 1e-10);
        expectClose(back.b, triad.b, 1e-10);
        expectClose(back.c, triad.c, 1e-10);
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (z1, z2) => {
          const z = ilr(ilrInverse(z1, z2));
          expectClose(z.z1, z1, 1e-8, 1e-8);
          expectClose(z.z2, z2, 1e-8, 1e-8);
        },
      ),
    );
  });

  it('turns perturbation into translation (isometry)', () => {
    fc.assert(
      fc.property(positiveTriad, positiveTriad, positiveTriad, (x, y, shift) => {
        expectClose(
          aitchisonDistance(perturb(x, shift), perturb(y, shift)),
          aitchisonDistance(x, y),
          1e-8,
          1e-10,
        );
        const back = perturbationDifference(perturb(x, shift), shift);
        expectClose(back.a, x.a, 1e-10);
      }),
    );
  });
});

describe('replaceZeros', () => {
  it('treats a leftover of either sign as a zero, and rejects a real negative part', () => {
    expect(replaceZeros({ a: 0.9, b: 0.1, c: 1e-17 }, 0.01)).toEqual(
      replaceZeros({ a: 0.9, b: 0.1, c: 0 }, 0.01),
    );
    expect(replaceZeros({ a: 0.9, b: 0.1, c: -2.8e-17 }, 0.01).c).toBeCloseTo(0.0065, 15);
    expect(() => replaceZeros({ a: 0.9, b: 0.11, c: -0.01 }, 0.01)).toThrow(RangeError);
  });

  it('puts δ = 0.65 × resolution on zeros and keeps the sum and the other ratios', () => {
    const replaced = replaceZeros({ a: 0.7, b: 0.3, c: 0 }, 0.01);
    expect(replaced.c).toBeCloseTo(0.0065, 15);
    expectClose(replaced.a + replaced.b + replaced.c, 1, 1e-15);
    expectClose(replaced.a / replaced.b, 0.7 / 0.3, 1e-14);
    const corner = replaceZeros({ a: 1, b: 0, c: 0 }, 0.01);
    expectClose(corner.a, 1 - 2 * 0.0065, 1e-15);
  });

  it('leaves a triad without zeros alone and rejects an all-zero one', () => {
    const triad = { a: 0.2, b: 0.3, c: 0.5 };
    expect(replaceZeros(triad, 0.01)).toBe(triad);
    expect(() => replaceZeros({ a: 0, b: 0, c: 0 }, 0.01)).toThrow(RangeError);
  });
});

describe('inferTriadResolution', () => {
  it('recognises whole percentages, tenths and continuous sliders', () => {
    expect(inferTriadResolution([{ a: 0.25, b: 0.33, c: 0.42 }, null])).toBe(0.01);
    expect(inferTriadResolution([{ a: 0.2, b: 0.3, c: 0.5 }])).toBe(0.1);
    expect(inferTriadResolution([{ a: 0.123456, b: 0.5, c: 0.376544 }])).toBeCloseTo(0.01, 15);
    expect(inferTriadResolution([{ a: 0.0012345, b: 0.5, c: 0.4987655 }])).toBe(0.0012345);
  });

  // Continuous slider data with zeros, the way a browser stores them.
  const continuous: Triad[] = Array.from({ length: 300 }, (_, i) => {
    const a = 0.5 + ((i * 0.618034) % 0.4);
    const b = i % 4 === 0 ? 0 : (1 - a) * (0.3 + ((i * 0.414214) % 0.5));
    return { a, b, c: 1 - a - b };
  });

  it('does not take a stray 1e-17 leftover for the resolution of continuous data', () => {
    const clean = inferTriadResolution(continuous);
    expect(clean).toBeGreaterThan(1e-4);
    expect(inferTriadResolution([...continuous, { a: 0.6, b: 0.4, c: 1e-17 }])).toBe(clean);
    expect(inferTriadResolution([...continuous, { a: 0.6, b: 0.4, c: -2.8e-17 }])).toBe(clean);
  });

  it('keeps the grid when 1 % of the parts stray from it, not when more do', () => {
    const grid: Triad[] = Array.from({ length: 100 }, (_, i) => ({
      a: (40 + (i % 30)) / 100,
      b: (10 + (i % 7)) / 100,
      c: (50 - (i % 30) - (i % 7)) / 100,
    }));
    expect(inferTriadResolution(grid)).toBe(0.01);
    const stray = { a: 0.3333, b: 0.3333, c: 0.3334 };
    expect(inferTriadResolution([...grid, stray])).toBe(0.01);
    expect(inferTriadResolution([...grid, stray, stray])).toBe(0.0001);
    // A part below the grid's step means the grid is not the instrument's resolution.
    expect(inferTriadResolution([...grid, { a: 0.5, b: 0.4995, c: 0.0005 }])).toBe(0.0001);
  });

  it('never changes when zeros are written as leftovers', () => {
    const withZeros = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
        .filter(([a, b]) => a + b <= 100 && a + b > 0)
        .map(([a, b]) => ({ a: a / 100, b: b / 100, c: (100 - a - b) / 100 })),
      { minLength: 1, maxLength: 40 },
    );
    const leftover = fc.double({ min: -1e-12, max: 1e-12, noNaN: true });
    fc.assert(
      fc.property(withZeros, leftover, (triads, tiny) => {
        const written = triads.map((t) => ({
          a: t.a === 0 ? tiny : t.a,
          b: t.b === 0 ? tiny : t.b,
          c: t.c === 0 ? tiny : t.c,
        }));
        expect(inferTriadResolution(written)).toBe(inferTriadResolution(triads));
      }),
    );
  });
});

describe('inferTriadResolution, skipping what cannot change the answer', () => {
  // The rule as written, every part against every grid: the reference for the fast one.
  function byTheRule(triads: readonly (Triad | null)[]): number {
    const candidates = [0.1, 0.05, 0.01, 0.005, 0.001, 0.0001];
    const onGrid = (v: number, r: number) =>
      Math.abs(v / r - Math.round(v / r)) < 1e-9 * Math.max(1, v / r);
    let smallest = Number.POSITIVE_INFINITY;
    const off = candidates.map(() => 0);
    let parts = 0;
    for (const t of triads) {
      if (t === null) continue;
      const sum = t.a + t.b + t.c;
      for (const part of [t.a, t.b, t.c]) {
        parts++;
        if (part <= 1e-9 * sum) continue;
        smallest = Math.min(smallest, part);
        candidates.forEach((r, k) => {
          if (!onGrid(part, r)) off[k]!++;
        });
      }
    }
    const found = candidates.find((r, k) => off[k]! <= 0.01 * parts && smallest >= r * (1 - 1e-9));
    return found ?? Math.min(0.01, smallest);
  }

  it('gives what every part against every grid gives', () => {
    // Parts on a mix of grids (and off them), with zeros and their leftovers.
    const part = fc.oneof(
      fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
      fc.integer({ min: 0, max: 20 }).map((k) => k * 0.05),
      fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constant(5.6e-17),
    );
    const triad = fc.option(
      fc
        .tuple(part, part, part)
        .filter(([a, b, c]) => a + b + c > 0)
        .map(([a, b, c]) => ({ a, b, c })),
    );
    fc.assert(
      fc.property(fc.array(triad, { maxLength: 300 }), (triads) => {
        expect(inferTriadResolution(triads)).toBe(byTheRule(triads));
      }),
      { numRuns: 2000 },
    );
  });
});
