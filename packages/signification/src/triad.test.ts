import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampTriad,
  nudgeTriad,
  roundTriad,
  TRIAD_CENTRE,
  TRIAD_CORNERS,
  TRIANGLE_HEIGHT,
  triadFromPoint,
  triadToPercentages,
  triadToPoint,
} from './triad';
import type { TPoint, TTriadValue } from './values';

const H = Math.sqrt(3) / 2;

function expectTriadClose(actual: TTriadValue, expected: TTriadValue, digits = 12) {
  expect(actual.a).toBeCloseTo(expected.a, digits);
  expect(actual.b).toBeCloseTo(expected.b, digits);
  expect(actual.c).toBeCloseTo(expected.c, digits);
}

function expectPointClose(actual: TPoint, expected: TPoint, digits = 12) {
  expect(actual.x).toBeCloseTo(expected.x, digits);
  expect(actual.y).toBeCloseTo(expected.y, digits);
}

/** Any triad: three positive numbers, closed. */
const triadArb = fc
  .tuple(
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
  )
  .map(([x, y, z]) => ({ a: x / (x + y + z), b: y / (x + y + z), c: z / (x + y + z) }));

const sum = ({ a, b, c }: TTriadValue) => a + b + c;
const distance = (p: TPoint, q: TPoint) => Math.hypot(p.x - q.x, p.y - q.y);

describe('triangle coordinates', () => {
  it('has side 1, a at the top, b bottom left, c bottom right, y down', () => {
    expect(TRIANGLE_HEIGHT).toBe(H);
    expect(TRIAD_CORNERS).toEqual([
      { x: 0.5, y: 0 },
      { x: 0, y: H },
      { x: 1, y: H },
    ]);
    const [A, B, C] = TRIAD_CORNERS;
    expect(distance(A, B)).toBeCloseTo(1, 15);
    expect(distance(B, C)).toBeCloseTo(1, 15);
    expect(distance(C, A)).toBeCloseTo(1, 15);
  });

  it('maps the corners, edge midpoints and centre both ways', () => {
    const cases: [TTriadValue, TPoint][] = [
      [
        { a: 1, b: 0, c: 0 },
        { x: 0.5, y: 0 },
      ],
      [
        { a: 0, b: 1, c: 0 },
        { x: 0, y: H },
      ],
      [
        { a: 0, b: 0, c: 1 },
        { x: 1, y: H },
      ],
      [
        { a: 0, b: 0.5, c: 0.5 },
        { x: 0.5, y: H },
      ],
      [
        { a: 0.5, b: 0.5, c: 0 },
        { x: 0.25, y: H / 2 },
      ],
      [TRIAD_CENTRE, { x: 0.5, y: H * (2 / 3) }],
      [
        { a: 0.45, b: 0.35, c: 0.2 },
        { x: 0.425, y: 0.55 * H },
      ],
    ];
    for (const [triad, point] of cases) {
      expectPointClose(triadToPoint(triad), point);
      expectTriadClose(triadFromPoint(point.x, point.y), triad);
    }
  });

  it('projects a point outside onto the nearest edge or corner', () => {
    // below the bottom edge: straight up onto it
    expectTriadClose(triadFromPoint(0.3, H + 0.5), { a: 0, b: 0.7, c: 0.3 });
    // above the top corner
    expectTriadClose(triadFromPoint(0.5, -0.2), { a: 1, b: 0, c: 0 });
    // far left, level with the middle of the left edge: onto the left edge
    const p = triadFromPoint(0.25 - 0.3 * Math.sin(Math.PI / 3), H / 2 - 0.3 * 0.5);
    expectTriadClose(p, { a: 0.5, b: 0.5, c: 0 });
    // beyond the bottom-right corner
    expectTriadClose(triadFromPoint(1.4, H + 0.1), { a: 0, b: 0, c: 1 });
  });

  it('refuses a value that is not a number', () => {
    expect(() => clampTriad({ a: Number.NaN, b: 0.5, c: 0.5 })).toThrow(RangeError);
  });

  it('cartesian → barycentric → cartesian is the identity inside the triangle', () => {
    fc.assert(
      fc.property(triadArb, (triad) => {
        const p = triadToPoint(triad);
        const back = triadFromPoint(p.x, p.y);
        expectTriadClose(back, triad);
        expectPointClose(triadToPoint(back), p);
      }),
    );
  });

  it('gives a part of exactly 0 for a point a hair outside an edge (found by fast-check)', () => {
    for (const [x, y] of [
      [0, -6.249628730746583e-16],
      [3.607086851431518e-12, 0],
      [0.5, H + 1e-17],
    ] as const) {
      const t = triadFromPoint(x, y);
      expect(Math.min(t.a, t.b, t.c)).toBe(0);
    }
  });

  it('an outside point lands on the edge, no farther than any point of the triangle', () => {
    const outside = fc
      .tuple(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
      )
      .filter(([x, y]) => y > H || y < 0 || Math.abs(x - 0.5) > (y / H) * 0.5);
    fc.assert(
      fc.property(outside, triadArb, ([x, y], other) => {
        const t = triadFromPoint(x, y);
        expect(Math.min(t.a, t.b, t.c)).toBe(0);
        expect(sum(t)).toBeCloseTo(1, 12);
        const landed = triadToPoint(t);
        expect(distance({ x, y }, landed)).toBeLessThanOrEqual(
          distance({ x, y }, triadToPoint(other)) + 1e-12,
        );
      }),
    );
  });
});

describe('clampTriad', () => {
  it('sets negative parts to 0 and rescales to a sum of 1', () => {
    expect(clampTriad({ a: 1.5, b: -0.25, c: -0.25 })).toEqual({ a: 1, b: 0, c: 0 });
    expect(clampTriad({ a: 2, b: 1, c: 1 })).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
    expect(clampTriad({ a: 0, b: 0, c: 0 })).toEqual(TRIAD_CENTRE);
    expect(clampTriad({ a: 0.2, b: 0.3, c: 0.5 })).toEqual({ a: 0.2, b: 0.3, c: 0.5 });
  });
});

describe('roundTriad', () => {
  it('rounds to whole percentages by largest remainder', () => {
    expect(roundTriad(TRIAD_CENTRE, 0.01)).toEqual({ a: 0.34, b: 0.33, c: 0.33 });
    expect(roundTriad({ a: 0.454, b: 0.346, c: 0.2 }, 0.01)).toEqual({ a: 0.45, b: 0.35, c: 0.2 });
    expect(roundTriad({ a: 0.125, b: 0.125, c: 0.75 }, 0.01)).toEqual({
      a: 0.13,
      b: 0.12,
      c: 0.75,
    });
    expect(roundTriad({ a: 0.29, b: 0.29, c: 0.42 }, 0.01)).toEqual({ a: 0.29, b: 0.29, c: 0.42 });
    expect(roundTriad({ a: 0.123456, b: 0.5, c: 0.376544 }, 0.0001)).toEqual({
      a: 0.1235,
      b: 0.5,
      c: 0.3765,
    });
    expect(roundTriad({ a: 0.6, b: 0.3, c: 0.1 }, 0.25)).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
  });

  it('refuses a step that does not divide 1', () => {
    expect(() => roundTriad(TRIAD_CENTRE, 0.3)).toThrow(RangeError);
    expect(() => roundTriad(TRIAD_CENTRE, 0)).toThrow(RangeError);
  });

  it('keeps the sum 1 in whole steps and moves no part a step or more', () => {
    fc.assert(
      fc.property(triadArb, fc.constantFrom(0.5, 0.1, 0.05, 0.01, 0.001, 0.0001), (triad, step) => {
        const rounded = roundTriad(triad, step);
        const steps = [rounded.a, rounded.b, rounded.c].map((v) => Math.round(v / step));
        expect(steps.reduce((s, n) => s + n, 0)).toBe(Math.round(1 / step));
        expect(Math.abs(sum(rounded) - 1)).toBeLessThan(1e-12);
        for (const key of ['a', 'b', 'c'] as const) {
          expect(rounded[key]).toBeGreaterThanOrEqual(0);
          expect(rounded[key]).toBeLessThanOrEqual(1);
          expect(Math.abs(rounded[key] - triad[key])).toBeLessThan(step + 1e-9);
          // a multiple of the step, exactly as units / (1/step)
          expect(rounded[key]).toBe(Math.round(rounded[key] / step) / Math.round(1 / step));
        }
      }),
    );
  });
});

describe('triadToPercentages', () => {
  it('gives whole percentages that add up to 100', () => {
    expect(triadToPercentages(TRIAD_CENTRE)).toEqual([34, 33, 33]);
    expect(triadToPercentages({ a: 0.45, b: 0.35, c: 0.2 })).toEqual([45, 35, 20]);
    expect(triadToPercentages({ a: 0.005, b: 0.005, c: 0.99 })).toEqual([1, 0, 99]);
    fc.assert(
      fc.property(triadArb, (triad) => {
        const parts = triadToPercentages(triad);
        expect(parts.reduce((s, n) => s + n, 0)).toBe(100);
        expect(parts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      }),
    );
  });
});

describe('nudgeTriad', () => {
  it('moves the point by the step in the plane', () => {
    const start = { a: 0.4, b: 0.3, c: 0.3 };
    expectTriadClose(nudgeTriad(start, 'right', 0.05), { a: 0.4, b: 0.25, c: 0.35 });
    expectTriadClose(nudgeTriad(start, 'left', 0.05), { a: 0.4, b: 0.35, c: 0.25 });
    const up = nudgeTriad(start, 'up', 0.05);
    const da = 0.05 / H;
    expectTriadClose(up, { a: 0.4 + da, b: 0.3 - da / 2, c: 0.3 - da / 2 });
    expectPointClose(triadToPoint(nudgeTriad(start, 'down', 0.05)), {
      x: triadToPoint(start).x,
      y: triadToPoint(start).y + 0.05,
    });
  });

  it('stays at a corner or slides along an edge instead of leaving the triangle', () => {
    expect(nudgeTriad({ a: 1, b: 0, c: 0 }, 'up', 0.05)).toEqual({ a: 1, b: 0, c: 0 });
    expectTriadClose(nudgeTriad({ a: 0, b: 0.5, c: 0.5 }, 'down', 0.05), {
      a: 0,
      b: 0.5,
      c: 0.5,
    });
    // from the middle of the left edge, left slides down-left along it
    const slid = nudgeTriad({ a: 0.5, b: 0.5, c: 0 }, 'left', 0.1);
    expect(slid.c).toBe(0);
    expect(slid.b).toBeGreaterThan(0.5);
  });

  it('returns to the start after a move and its opposite, away from the edges', () => {
    fc.assert(
      fc.property(
        triadArb.filter((t) => Math.min(t.a, t.b, t.c) > 0.1),
        fc.constantFrom(
          ['up', 'down'] as const,
          ['left', 'right'] as const,
          ['down', 'up'] as const,
        ),
        (triad, [there, back]) => {
          const moved = nudgeTriad(triad, there, 0.02);
          expect(Math.abs(moved.a - triad.a) + Math.abs(moved.b - triad.b)).toBeGreaterThan(0.01);
          expectTriadClose(nudgeTriad(moved, back, 0.02), triad, 10);
        },
      ),
    );
  });
});
