import type { TTriadValue } from '@duiding/survey/client';
import type { TTriadZoneId } from './types';

/*
 * Pixels of a ternary plot. The triangle has side `side` px, corner a at the top, b bottom
 * left, c bottom right (as `@duiding/signification` and the triad input draw it), inset by
 * `inset` px on every side so that a marker on a corner or an edge is drawn whole.
 */

export const TERNARY_HEIGHT = Math.sqrt(3) / 2;

export interface TTernaryLayout {
  side: number;
  inset: number;
  width: number;
  height: number;
}

export function ternaryLayout(side: number, inset: number): TTernaryLayout {
  return { side, inset, width: side + 2 * inset, height: side * TERNARY_HEIGHT + 2 * inset };
}

/** The pixel of a triad (parts may lie outside [0,1]: the map is linear). */
export function triadPixel(
  layout: TTernaryLayout,
  { a, c }: TTriadValue,
): { x: number; y: number } {
  // x = a·½ + b·0 + c·1, y = (1 − a)·h in units of the side.
  return {
    x: layout.inset + layout.side * (a / 2 + c),
    y: layout.inset + layout.side * TERNARY_HEIGHT * (1 - a),
  };
}

/** The triad of a pixel (inverse of `triadPixel`; outside the triangle parts leave [0,1]). */
export function pixelTriad(layout: TTernaryLayout, x: number, y: number): TTriadValue {
  const a = 1 - (y - layout.inset) / (layout.side * TERNARY_HEIGHT);
  const c = (x - layout.inset) / layout.side - a / 2;
  return { a, b: 1 - a - c, c };
}

/** Whether a point lies inside a polygon (even–odd rule), both in triad coordinates. */
export function triadInPolygon(point: TTriadValue, polygon: readonly TTriadValue[]): boolean {
  // The map to the plane is linear, so the test in (a, c) is the test in pixels.
  const x = point.c + point.a / 2;
  const y = point.a;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const pi = polygon[i] as TTriadValue;
    const pj = polygon[j] as TTriadValue;
    const xi = pi.c + pi.a / 2;
    const yi = pi.a;
    const xj = pj.c + pj.a / 2;
    const yj = pj.a;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const t = (a: number, b: number, c: number): TTriadValue => ({ a, b, c });

/** The outline of each zone (corner ≥ 0,6; centre every part ≥ 0,2; edges the rest). */
export const ZONE_OUTLINES: Record<TTriadZoneId, readonly TTriadValue[]> = {
  'corner-a': [t(1, 0, 0), t(0.6, 0.4, 0), t(0.6, 0, 0.4)],
  'corner-b': [t(0, 1, 0), t(0, 0.6, 0.4), t(0.4, 0.6, 0)],
  'corner-c': [t(0, 0, 1), t(0.4, 0, 0.6), t(0, 0.4, 0.6)],
  centre: [t(0.6, 0.2, 0.2), t(0.2, 0.6, 0.2), t(0.2, 0.2, 0.6)],
  'edge-ab': [t(0.6, 0.4, 0), t(0.4, 0.6, 0), t(0.2, 0.6, 0.2), t(0.6, 0.2, 0.2)],
  'edge-bc': [t(0, 0.6, 0.4), t(0, 0.4, 0.6), t(0.2, 0.2, 0.6), t(0.2, 0.6, 0.2)],
  'edge-ca': [t(0.4, 0, 0.6), t(0.6, 0, 0.4), t(0.6, 0.2, 0.2), t(0.2, 0.2, 0.6)],
};

export const ZONE_ORDER: readonly TTriadZoneId[] = [
  'corner-a',
  'corner-b',
  'corner-c',
  'centre',
  'edge-ab',
  'edge-bc',
  'edge-ca',
];

/** How the explorer names a zone, with the corner labels of the question. */
export function zoneLabel(zone: TTriadZoneId, corners: readonly [string, string, string]): string {
  const [a, b, c] = corners;
  switch (zone) {
    case 'corner-a':
      return `Hoek ${a}`;
    case 'corner-b':
      return `Hoek ${b}`;
    case 'corner-c':
      return `Hoek ${c}`;
    case 'centre':
      return 'Midden';
    case 'edge-ab':
      return `Tussen ${a} en ${b}`;
    case 'edge-bc':
      return `Tussen ${b} en ${c}`;
    case 'edge-ca':
      return `Tussen ${c} en ${a}`;
  }
}

/**
 * A small, stable offset for a dot (jitter), from its id: the same story moves the same way
 * on every render. The result stays inside the triangle, so dots at a corner stay visible.
 */
export function jitterTriad(point: TTriadValue & { id: string }, amount: number): TTriadValue {
  let hash = 2166136261;
  for (let i = 0; i < point.id.length; i++) {
    hash ^= point.id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const u = ((hash >>> 0) % 10007) / 10007 - 0.5;
  const v = (((hash >>> 0) / 10007) % 10009) / 10009 - 0.5;
  let a = point.a + u * amount;
  let b = point.b + v * amount;
  let c = 1 - a - b;
  // Pull back into the triangle by clamping and closing.
  a = Math.max(0, a);
  b = Math.max(0, b);
  c = Math.max(0, c);
  const sum = a + b + c;
  return { a: a / sum, b: b / sum, c: c / sum };
}
