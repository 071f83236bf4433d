import { describe, expect, it } from 'vitest';
import {
  nudgeTriad,
  pointFromTriad,
  TRIAD_CORNERS,
  triadFromPoint,
  triadToPercentages,
} from './triad-geometry';

describe('triad geometry', () => {
  it('maps the corners to pure parts and back', () => {
    expect(triadFromPoint(TRIAD_CORNERS[0])).toEqual({ a: 1, b: 0, c: 0 });
    expect(triadFromPoint(TRIAD_CORNERS[1])).toEqual({ a: 0, b: 1, c: 0 });
    expect(triadFromPoint(TRIAD_CORNERS[2])).toEqual({ a: 0, b: 0, c: 1 });
  });

  it('round-trips a point inside the triangle', () => {
    const value = { a: 0.2, b: 0.5, c: 0.3 };
    expect(triadFromPoint(pointFromTriad(value))).toEqual(value);
  });

  it('projects a point outside onto the nearest edge', () => {
    // Far below the bottom edge, under its middle: the middle of the b–c edge.
    expect(triadFromPoint({ x: 0.5, y: 5 })).toEqual({ a: 0, b: 0.5, c: 0.5 });
    const nudged = nudgeTriad({ a: 1, b: 0, c: 0 }, 0, -0.5);
    expect(nudged).toEqual({ a: 1, b: 0, c: 0 });
  });

  it('gives whole percentages that add up to 100', () => {
    expect(triadToPercentages({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toEqual([34, 33, 33]);
    expect(triadToPercentages({ a: 0.125, b: 0.125, c: 0.75 })).toEqual([13, 12, 75]);
  });
});
