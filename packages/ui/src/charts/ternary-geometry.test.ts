import { describe, expect, it } from 'vitest';
import {
  jitterTriad,
  pixelTriad,
  ternaryLayout,
  triadInPolygon,
  triadPixel,
  ZONE_OUTLINES,
} from './ternary-geometry';

const layout = ternaryLayout(300, 30);
const h = (Math.sqrt(3) / 2) * 300;

describe('ternary geometry', () => {
  it('puts the corners at the corners of the triangle, inside the inset', () => {
    expect(triadPixel(layout, { a: 1, b: 0, c: 0 })).toEqual({ x: 180, y: 30 });
    const b = triadPixel(layout, { a: 0, b: 1, c: 0 });
    expect(b.x).toBeCloseTo(30, 10);
    expect(b.y).toBeCloseTo(30 + h, 10);
    const c = triadPixel(layout, { a: 0, b: 0, c: 1 });
    expect(c.x).toBeCloseTo(330, 10);
    expect(c.y).toBeCloseTo(30 + h, 10);
    // A marker of radius 8 at any corner stays inside the drawing.
    for (const p of [b, c, { x: 180, y: 30 }]) {
      expect(p.x - 8).toBeGreaterThanOrEqual(0);
      expect(p.x + 8).toBeLessThanOrEqual(layout.width);
      expect(p.y - 8).toBeGreaterThanOrEqual(0);
      expect(p.y + 8).toBeLessThanOrEqual(layout.height);
    }
  });

  it('maps a known composition to its pixel: (0,5; 0,3; 0,2)', () => {
    // x = 30 + 300·(0,5/2 + 0,2) = 165; y = 30 + h·(1 − 0,5).
    const p = triadPixel(layout, { a: 0.5, b: 0.3, c: 0.2 });
    expect(p.x).toBeCloseTo(165, 10);
    expect(p.y).toBeCloseTo(30 + h / 2, 10);
    const back = pixelTriad(layout, p.x, p.y);
    expect(back.a).toBeCloseTo(0.5, 12);
    expect(back.b).toBeCloseTo(0.3, 12);
    expect(back.c).toBeCloseTo(0.2, 12);
  });

  it('tests points against a polygon in triad coordinates', () => {
    const corner = ZONE_OUTLINES['corner-a'];
    expect(triadInPolygon({ a: 0.8, b: 0.1, c: 0.1 }, corner)).toBe(true);
    expect(triadInPolygon({ a: 0.5, b: 0.25, c: 0.25 }, corner)).toBe(false);
    expect(triadInPolygon({ a: 1 / 3, b: 1 / 3, c: 1 / 3 }, ZONE_OUTLINES.centre)).toBe(true);
    expect(triadInPolygon({ a: 0.1, b: 0.45, c: 0.45 }, ZONE_OUTLINES['edge-bc'])).toBe(true);
    expect(triadInPolygon({ a: 0.1, b: 0.45, c: 0.45 }, ZONE_OUTLINES['edge-ab'])).toBe(false);
  });

  it('jitters a dot at a corner but keeps it inside the triangle, the same way each time', () => {
    const corner = { id: 'story-1', a: 1, b: 0, c: 0 };
    const moved = jitterTriad(corner, 0.05);
    expect(moved).toEqual(jitterTriad(corner, 0.05));
    for (const part of [moved.a, moved.b, moved.c]) {
      expect(part).toBeGreaterThanOrEqual(0);
      expect(part).toBeLessThanOrEqual(1);
    }
    expect(moved.a + moved.b + moved.c).toBeCloseTo(1, 12);
    expect(moved.a).toBeGreaterThan(0.9);
  });
});
