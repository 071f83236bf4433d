import { describe, expect, it } from 'vitest';
import { describeStones, type StonesValue } from './stones.ts';

describe('describeStones', () => {
  const values: (StonesValue | null)[] = [
    { trust: { x: 0.1, y: 0.2 }, speed: { x: 0.9, y: 0.9 } },
    { trust: { x: 0.3, y: 0.8 } },
    { trust: { x: 0.5, y: 0.5 }, speed: { x: 1, y: 0 } },
    null,
  ];

  it('gives centre, spread, quadrants, 3×3 zones and unplaced counts per stone', () => {
    const { n, nNotApplicable, stones } = describeStones(values, ['trust', 'speed', 'unused']);
    expect(n).toBe(3);
    expect(nNotApplicable).toBe(1);
    const trust = stones[0]!;
    expect(trust.placed).toBe(3);
    expect(trust.unplaced).toBe(0);
    expect(trust.centre.x).toBeCloseTo(0.3, 14);
    expect(trust.centre.y).toBeCloseTo(0.5, 14);
    expect(trust.spread.x).toBeCloseTo(0.2, 14); // sd of 0.1, 0.3, 0.5
    expect(trust.spread.y).toBeCloseTo(0.3, 14); // sd of 0.2, 0.8, 0.5
    expect(trust.quadrants).toEqual([1, 0, 1, 1]);
    // (0.1, 0.2) → row 0 col 0; (0.3, 0.8) → row 2 col 0; (0.5, 0.5) → row 1 col 1
    expect(trust.zones).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 0]);
    const speed = stones[1]!;
    expect(speed.unplaced).toBe(1);
    expect(speed.zones[2]).toBe(1); // x = 1 clamps into the last column
    expect(speed.zones[8]).toBe(1);
    const unused = stones[2]!;
    expect(unused.placed).toBe(0);
    expect(unused.centre.x).toBeNaN();
    expect(unused.spread.x).toBeNaN();
  });

  it('rejects placements outside the unit square', () => {
    expect(() => describeStones([{ s: { x: 1.2, y: 0 } }], ['s'])).toThrow(RangeError);
  });
});
