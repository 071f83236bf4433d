import type { TTriadValue } from '@duiding/survey';

/*
 * Triangle geometry for the triad input, in SVG coordinates (y grows downwards) on a
 * triangle with side 1: a = top, b = bottom left, c = bottom right, as in the framework.
 * Kept local until @duiding/signification exports its geometry.
 */
export const TRIANGLE_HEIGHT = Math.sqrt(3) / 2;

export interface TPoint {
  x: number;
  y: number;
}

export const TRIAD_CORNERS: readonly [TPoint, TPoint, TPoint] = [
  { x: 0.5, y: 0 },
  { x: 0, y: TRIANGLE_HEIGHT },
  { x: 1, y: TRIANGLE_HEIGHT },
];

export const TRIAD_CENTRE: TTriadValue = { a: 1 / 3, b: 1 / 3, c: 1 / 3 };

/** Triads are stored to 1e-4; the last part takes the rounding so the sum stays 1. */
function roundTriad(a: number, b: number): TTriadValue {
  const ra = Math.round(a * 10_000) / 10_000;
  const rb = Math.round(b * 10_000) / 10_000;
  const rc = Math.round((1 - ra - rb) * 10_000) / 10_000;
  return { a: ra, b: rb, c: Math.max(0, rc) };
}

export function pointFromTriad({ a, b, c }: TTriadValue): TPoint {
  const [A, B, C] = TRIAD_CORNERS;
  return { x: a * A.x + b * B.x + c * C.x, y: a * A.y + b * B.y + c * C.y };
}

/** The triad of the point, or of the nearest point of the triangle when it lies outside. */
export function triadFromPoint(point: TPoint): TTriadValue {
  const { x, y } = closestPointInTriangle(point);
  const a = 1 - y / TRIANGLE_HEIGHT;
  const c = x - 0.5 * a;
  const b = 1 - a - c;
  return roundTriad(clampUnit(a), clampUnit(b));
}

/** Moves the point by (dx, dy) in triangle units and projects it back onto the triangle. */
export function nudgeTriad(value: TTriadValue, dx: number, dy: number): TTriadValue {
  const p = pointFromTriad(value);
  return triadFromPoint({ x: p.x + dx, y: p.y + dy });
}

/** Whole percentages that add up to 100 (largest remainder), for display only. */
export function triadToPercentages({ a, b, c }: TTriadValue): [number, number, number] {
  const raw = [a, b, c].map((v) => v * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((s, v) => s + v, 0);
  const order = raw.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((p, q) => q.rest - p.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return [floors[0] ?? 0, floors[1] ?? 0, floors[2] ?? 0];
}

function clampUnit(n: number) {
  return Math.min(1, Math.max(0, n));
}

function closestPointInTriangle(p: TPoint): TPoint {
  const [A, B, C] = TRIAD_CORNERS;
  if (inside(p, A, B, C)) return p;
  const candidates = [
    closestOnSegment(p, A, B),
    closestOnSegment(p, B, C),
    closestOnSegment(p, C, A),
  ];
  let best = candidates[0]!;
  for (const q of candidates) if (distance2(p, q) < distance2(p, best)) best = q;
  return best;
}

function inside(p: TPoint, A: TPoint, B: TPoint, C: TPoint) {
  const s1 = cross(A, B, p);
  const s2 = cross(B, C, p);
  const s3 = cross(C, A, p);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function cross(o: TPoint, a: TPoint, b: TPoint) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function closestOnSegment(p: TPoint, a: TPoint, b: TPoint): TPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = clampUnit(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

function distance2(p: TPoint, q: TPoint) {
  return (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
}
