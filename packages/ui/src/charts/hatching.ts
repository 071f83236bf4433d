/*
 * A group's hatching (stripes, dots, cross-hatch, rows, columns) drawn as plain vector
 * shapes cut to the shape it fills, not as an SVG <pattern>. Chromium prints a pattern fill
 * as an image of the whole page area, once per filled shape: a report's PDF with its bars,
 * histograms and hidden heat-map cells grew to about 31 MB, its hatching blurred. These
 * shapes print as a few kB of paths. They lie on the same 8-unit grid from the SVG's origin
 * as the patterns did, so the bars of one group line up and look as before on screen.
 */

export type TPoint = { x: number; y: number };

/** Hatchings per group index (the eight colours repeat the first two of the six). */
export const GROUP_HATCHES = ['none', 'stripes', 'dots', 'cross', 'rows', 'columns'] as const;
export type THatch = (typeof GROUP_HATCHES)[number] | 'hidden';

export function groupHatch(index: number): THatch {
  return GROUP_HATCHES[index % GROUP_HATCHES.length] as THatch;
}

/** Parallel bands: unit normal (nx, ny), centres every `period` along it from `phase`. */
type TBands = { nx: number; ny: number; period: number; phase: number; half: number };

const DIAGONAL = Math.SQRT1_2;
const TILE = 8;

function bandsOf(hatch: THatch): TBands[] {
  switch (hatch) {
    case 'stripes': // M0,8L8,0 in an 8-unit tile, 1.6 wide: the lines x + y = 8k
      return [{ nx: DIAGONAL, ny: DIAGONAL, period: TILE * DIAGONAL, phase: 0, half: 0.8 }];
    case 'cross': // both diagonals, 1.2 wide
      return [
        { nx: DIAGONAL, ny: DIAGONAL, period: TILE * DIAGONAL, phase: 0, half: 0.6 },
        { nx: DIAGONAL, ny: -DIAGONAL, period: TILE * DIAGONAL, phase: 0, half: 0.6 },
      ];
    case 'rows': // y = 4 + 8k
      return [{ nx: 0, ny: 1, period: TILE, phase: TILE / 2, half: 0.8 }];
    case 'columns': // x = 4 + 8k
      return [{ nx: 1, ny: 0, period: TILE, phase: TILE / 2, half: 0.8 }];
    case 'hidden': // a hidden count: thin grey lines x + y = 6k
      return [{ nx: DIAGONAL, ny: DIAGONAL, period: 6 * DIAGONAL, phase: 0, half: 0.5 }];
    default:
      return [];
  }
}

/** The part of a polygon where n·p ≥ c (Sutherland–Hodgman against one half-plane). */
function keepAbove(polygon: TPoint[], nx: number, ny: number, c: number): TPoint[] {
  const out: TPoint[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as TPoint;
    const b = polygon[(i + 1) % polygon.length] as TPoint;
    const da = a.x * nx + a.y * ny - c;
    const db = b.x * nx + b.y * ny - c;
    if (da >= 0) out.push(a);
    if (da >= 0 !== db >= 0) {
      const t = da / (da - db);
      out.push({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) });
    }
  }
  return out;
}

function area(polygon: TPoint[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as TPoint;
    const b = polygon[(i + 1) % polygon.length] as TPoint;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/** A coordinate to 0.01, without trailing zeros (a report holds thousands of them). */
const f = (v: number) => {
  const s = String(Math.round(v * 100) / 100);
  return s === '-0' ? '0' : s;
};

function toPath(polygon: TPoint[]): string {
  return `M${polygon.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z`;
}

/** A convex polygon cut to another convex polygon (the clip's every edge as a half-plane). */
function clipConvex(subject: TPoint[], clip: TPoint[]): TPoint[] {
  const sign = area(clip) >= 0 ? 1 : -1;
  let out = subject;
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const a = clip[i] as TPoint;
    const b = clip[(i + 1) % clip.length] as TPoint;
    // Inside lies left of a→b for a positive (counter-clockwise in y-up) polygon.
    const nx = -(b.y - a.y) * sign;
    const ny = (b.x - a.x) * sign;
    out = keepAbove(out, nx, ny, nx * a.x + ny * a.y);
  }
  return out;
}

const DOT_RADIUS = 1.6;
const DOT_SIDES = 16;

function dotsIn(polygon: TPoint[], box: { x0: number; y0: number; x1: number; y1: number }) {
  const parts: string[] = [];
  const first = (v: number) => Math.floor((v - DOT_RADIUS - TILE / 2) / TILE);
  for (let i = first(box.x0); TILE * i + TILE / 2 - DOT_RADIUS <= box.x1; i++) {
    for (let j = first(box.y0); TILE * j + TILE / 2 - DOT_RADIUS <= box.y1; j++) {
      const cx = TILE * i + TILE / 2;
      const cy = TILE * j + TILE / 2;
      const disc = Array.from({ length: DOT_SIDES }, (_, k) => ({
        x: cx + DOT_RADIUS * Math.cos((2 * Math.PI * k) / DOT_SIDES),
        y: cy + DOT_RADIUS * Math.sin((2 * Math.PI * k) / DOT_SIDES),
      }));
      const cut = clipConvex(disc, polygon);
      if (cut.length < 3 || Math.abs(area(cut)) < 0.01) continue;
      if (cut.length === DOT_SIDES && Math.abs(area(cut) - area(disc)) < 1e-6) {
        // Whole: a true circle, as the pattern drew it.
        const r = f(DOT_RADIUS);
        parts.push(
          `M${f(cx - DOT_RADIUS)},${f(cy)}a${r},${r} 0 1,0 ${f(2 * DOT_RADIUS)},0a${r},${r} 0 1,0 ${f(-2 * DOT_RADIUS)},0Z`,
        );
      } else {
        parts.push(toPath(cut));
      }
    }
  }
  return parts;
}

/**
 * The path of a hatching's marks inside a convex polygon (a bar, a heat-map cell), in the
 * polygon's own coordinates; '' for a plain fill. Fill it (white on a group's colour, grey on
 * white for a hidden count); the marks never reach outside the polygon.
 */
export function hatchPath(hatch: THatch, polygon: readonly TPoint[]): string {
  if (hatch === 'none' || polygon.length < 3) return '';
  const points = [...polygon];
  const box = {
    x0: Math.min(...points.map((p) => p.x)),
    y0: Math.min(...points.map((p) => p.y)),
    x1: Math.max(...points.map((p) => p.x)),
    y1: Math.max(...points.map((p) => p.y)),
  };
  if (box.x1 - box.x0 <= 0 || box.y1 - box.y0 <= 0) return '';
  if (hatch === 'dots') return dotsIn(points, box).join('');
  // Every band keeps the polygon's winding, so crossing bands add up under nonzero.
  const parts: string[] = [];
  for (const { nx, ny, period, phase, half } of bandsOf(hatch)) {
    const along = points.map((p) => p.x * nx + p.y * ny);
    const lo = Math.min(...along);
    const hi = Math.max(...along);
    for (let k = Math.ceil((lo - half - phase) / period); phase + k * period - half < hi; k++) {
      const c = phase + k * period;
      const band = keepAbove(keepAbove(points, -nx, -ny, -(c + half)), nx, ny, c - half);
      if (band.length >= 3 && Math.abs(area(band)) > 0.001) parts.push(toPath(band));
    }
  }
  return parts.join('');
}

/** A rectangle's corners, for hatchPath. */
export function rectangle(x: number, y: number, width: number, height: number): TPoint[] {
  return [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + height },
    { x, y: y + height },
  ];
}
