import { describe, expect, it } from 'vitest';
import { groupHatch, hatchPath, rectangle } from './hatching';

/** The subpaths of a path as point lists (polygons only; circles give their start). */
function polygons(d: string): { x: number; y: number }[][] {
  return d
    .split('Z')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/^M/, '')
        .split(/a.*$/)[0]!
        .split('L')
        .map((pair) => {
          const [x, y] = pair.split(',').map(Number);
          return { x: x!, y: y! };
        }),
    );
}

describe('hatchPath', () => {
  it('draws nothing for a plain group or an empty bar', () => {
    expect(groupHatch(0)).toBe('none');
    expect(groupHatch(6)).toBe('none');
    expect(groupHatch(7)).toBe('stripes');
    expect(hatchPath('none', rectangle(0, 0, 40, 10))).toBe('');
    expect(hatchPath('stripes', rectangle(10, 0, 0, 10))).toBe('');
  });

  it('keeps every mark inside the shape it hatches', () => {
    const bar = rectangle(13.5, 21, 97.25, 11);
    for (const hatch of ['stripes', 'cross', 'rows', 'columns', 'dots', 'hidden'] as const) {
      const d = hatchPath(hatch, bar);
      expect(d, hatch).not.toBe('');
      for (const polygon of polygons(d)) {
        for (const { x, y } of polygon) {
          expect(x, hatch).toBeGreaterThanOrEqual(13.5 - 1e-9);
          expect(x, hatch).toBeLessThanOrEqual(110.75 + 0.005);
          expect(y, hatch).toBeGreaterThanOrEqual(21 - 0.005);
          expect(y, hatch).toBeLessThanOrEqual(32 + 0.005);
        }
      }
    }
  });

  it('lies on the same 8-unit grid as the former patterns, wherever the shape is', () => {
    // Rows: bands 1.6 wide around y = 4 + 8k.
    expect(hatchPath('rows', rectangle(0, 0, 10, 10))).toBe('M10,3.2L10,4.8L0,4.8L0,3.2Z');
    // Columns: x = 4 + 8k, cut to the bar.
    const columns = polygons(hatchPath('columns', rectangle(3, 0, 2, 5)))[0]!;
    expect(Math.min(...columns.map((p) => p.x))).toBeCloseTo(3.2);
    expect(Math.max(...columns.map((p) => p.x))).toBeCloseTo(4.8);
    // Dots: whole circles at (4 + 8i, 4 + 8j), here (12, 12) in a 16-unit swatch at (1, 1).
    expect(hatchPath('dots', rectangle(1, 1, 16, 16))).toContain('M10.4,12a1.6,1.6');
  });

  it('hatches a heat-map triangle, cut to its sides', () => {
    const triangle = [
      { x: 0, y: 40 },
      { x: 20, y: 5.36 },
      { x: 40, y: 40 },
    ];
    const d = hatchPath('hidden', triangle);
    expect(polygons(d).length).toBeGreaterThan(5);
    for (const polygon of polygons(d)) {
      for (const { x, y } of polygon) {
        // Inside: below both slanted sides (within rounding).
        expect(y).toBeLessThanOrEqual(40.005);
        expect(y + 0.01).toBeGreaterThanOrEqual(40 - 1.732 * Math.min(x, 40 - x));
      }
    }
  });
});
