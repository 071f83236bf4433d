import type { TTriadValue } from '@duiding/survey';
import { clampUnit, largestRemainder, stepsInUnit } from './unit-rounding';
import type { TPoint } from './values';

/*
 * Coordinate system of the triangle: an equilateral triangle with side 1 in SVG
 * orientation (y grows downwards). Corner a is at the top, b bottom left, c bottom right,
 * as the framework orders them. Scale it to pixels by multiplying both coordinates.
 */

/** Height of the triangle with side 1. */
export const TRIANGLE_HEIGHT = Math.sqrt(3) / 2;

/** Corner points in the order a (top), b (bottom left), c (bottom right). */
export const TRIAD_CORNERS: readonly [TPoint, TPoint, TPoint] = [
  { x: 0.5, y: 0 },
  { x: 0, y: TRIANGLE_HEIGHT },
  { x: 1, y: TRIANGLE_HEIGHT },
];

/** The centre, where all three parts are equal. */
export const TRIAD_CENTRE: TTriadValue = { a: 1 / 3, b: 1 / 3, c: 1 / 3 };

/** The finest step a triad input stores; validation allows 1e-6 around a sum of 1. */
export const TRIAD_RESOLUTION = 0.0001;

/** Where a triad lies in the triangle. */
export function triadToPoint({ a, b, c }: TTriadValue): TPoint {
  const [A, B, C] = TRIAD_CORNERS;
  return { x: a * A.x + b * B.x + c * C.x, y: a * A.y + b * B.y + c * C.y };
}

/**
 * The triad of a point. A point outside the triangle (a finger slipping past the edge)
 * counts as the nearest point of the triangle, on its edge or a corner.
 */
export function triadFromPoint(x: number, y: number): TTriadValue {
  const p = { x, y };
  const [A, B, C] = TRIAD_CORNERS;
  if (!isInside(p, A, B, C)) return nearestOnEdge(p);
  const a = 1 - y / TRIANGLE_HEIGHT;
  const c = x - a / 2;
  // A point on an edge gives a part of exactly 0, not float noise of 1e-17 that a filter
  // "c = 0" would miss.
  return clampTriad({ a: onEdge(a), b: onEdge(1 - a - c), c: onEdge(c) });
}

/** Parts closer to 0 than a double's noise at 1 lie on the edge. */
function onEdge(part: number): number {
  return Math.abs(part) < 1e-12 ? 0 : part;
}

/**
 * Parts in [0,1] summing to 1: negatives become 0, then the parts are rescaled. Float
 * noise of a value already on the triangle is removed; a value of all zeros is the centre.
 */
export function clampTriad({ a, b, c }: TTriadValue): TTriadValue {
  if (![a, b, c].every(Number.isFinite)) throw new RangeError('Een driehoekwaarde is geen getal');
  const [ca, cb, cc] = [a, b, c].map((v) => Math.max(0, v)) as [number, number, number];
  const sum = ca + cb + cc;
  if (sum === 0) return { ...TRIAD_CENTRE };
  const na = clampUnit(ca / sum);
  const nb = clampUnit(cb / sum);
  // The last part takes what is left, so the sum is 1 up to one rounding of a double.
  return { a: na, b: nb, c: clampUnit(1 - na - nb) };
}

/**
 * Rounds to multiples of `step` (0.01 for whole percentages) by largest remainder: the
 * parts stay in [0,1], sum to exactly `1/step` steps, and none moves a whole step or more.
 */
export function roundTriad(value: TTriadValue, step: number): TTriadValue {
  const units = stepsInUnit(step);
  const { a, b, c } = clampTriad(value);
  const [ra, rb, rc] = largestRemainder([a, b, c], units) as [number, number, number];
  return { a: ra / units, b: rb / units, c: rc / units };
}

/** Whole percentages of a, b and c that add up to 100, for display only. */
export function triadToPercentages(value: TTriadValue): [number, number, number] {
  const { a, b, c } = clampTriad(value);
  return largestRemainder([a, b, c], 100) as [number, number, number];
}

export type TNudgeDirection = 'up' | 'down' | 'left' | 'right';

const directionVectors: Record<TNudgeDirection, TPoint> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * Moves the point by `step` (in units of the triangle's side) as an arrow key does, then
 * takes the nearest point of the triangle: at an edge the point slides along it or stays.
 * Not rounded, so repeated presses do not drift; round when storing.
 */
export function nudgeTriad(
  value: TTriadValue,
  direction: TNudgeDirection,
  step: number,
): TTriadValue {
  const p = triadToPoint(clampTriad(value));
  const d = directionVectors[direction];
  return triadFromPoint(p.x + d.x * step, p.y + d.y * step);
}

/** The triad of the nearest point on the edges: the third part is exactly 0. */
function nearestOnEdge(p: TPoint): TTriadValue {
  const [A, B, C] = TRIAD_CORNERS;
  const edges = [
    { from: A, to: B, parts: (t: number) => ({ a: 1 - t, b: t, c: 0 }) },
    { from: B, to: C, parts: (t: number) => ({ a: 0, b: 1 - t, c: t }) },
    { from: C, to: A, parts: (t: number) => ({ a: t, b: 0, c: 1 - t }) },
  ];
  let best = { d2: Number.POSITIVE_INFINITY, triad: TRIAD_CENTRE };
  for (const edge of edges) {
    const t = segmentParameter(p, edge.from, edge.to);
    const d2 = distanceSquared(p, lerp(edge.from, edge.to, t));
    if (d2 < best.d2) best = { d2, triad: edge.parts(t) };
  }
  return best.triad;
}

function isInside(p: TPoint, A: TPoint, B: TPoint, C: TPoint): boolean {
  const s1 = cross(A, B, p);
  const s2 = cross(B, C, p);
  const s3 = cross(C, A, p);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function cross(o: TPoint, a: TPoint, b: TPoint): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function segmentParameter(p: TPoint, a: TPoint, b: TPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return clampUnit(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy));
}

function lerp(a: TPoint, b: TPoint, t: number): TPoint {
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

function distanceSquared(p: TPoint, q: TPoint): number {
  return (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
}
