import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampDyad, roundDyad } from './dyad';
import { clampStone, clampStones } from './stones';

describe('dyads', () => {
  it('clamps to the line and rounds to the step', () => {
    expect(clampDyad(-0.2)).toBe(0);
    expect(clampDyad(1.3)).toBe(1);
    expect(clampDyad(0.42)).toBe(0.42);
    expect(roundDyad(0.426, 0.01)).toBe(0.43);
    expect(roundDyad(0.29, 0.01)).toBe(0.29);
    expect(roundDyad(0.7, 0.25)).toBe(0.75);
    expect(roundDyad(1.7, 0.1)).toBe(1);
    expect(() => clampDyad(Number.NaN)).toThrow(RangeError);
    expect(() => roundDyad(0.5, 0.3)).toThrow(RangeError);
  });

  it('rounding moves a value at most half a step and stays in [0,1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.1, 0.01, 0.001),
        (v, step) => {
          const r = roundDyad(v, step);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
          expect(Math.abs(r - v)).toBeLessThanOrEqual(step / 2 + 1e-12);
        },
      ),
    );
  });
});

describe('stones', () => {
  it('puts a stone dropped past the edge on the edge', () => {
    expect(clampStone({ x: -0.1, y: 1.2 })).toEqual({ x: 0, y: 1 });
    expect(clampStone({ x: 0.3, y: 0.6 })).toEqual({ x: 0.3, y: 0.6 });
    expect(() => clampStone({ x: Number.POSITIVE_INFINITY, y: 0 })).toThrow(RangeError);
  });

  it('clamps every placed stone and rounds when asked', () => {
    const stones = { wijkteam: { x: 0.8123, y: 1.1 }, school: { x: -3, y: 0.333 } };
    expect(clampStones(stones)).toEqual({
      wijkteam: { x: 0.8123, y: 1 },
      school: { x: 0, y: 0.333 },
    });
    expect(clampStones(stones, 0.01)).toEqual({
      wijkteam: { x: 0.81, y: 1 },
      school: { x: 0, y: 0.33 },
    });
    expect(clampStones({})).toEqual({});
  });
});
