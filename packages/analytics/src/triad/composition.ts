/** A triad answer: three parts in [0, 1] summing to 1, corners as ordered in the framework. */
export interface Triad {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/** Isometric log-ratio coordinates of a 3-part composition. */
export interface IlrCoordinates {
  readonly z1: number;
  readonly z2: number;
}

const SQRT_HALF = Math.SQRT1_2;
const SQRT_TWO_THIRDS = Math.sqrt(2 / 3);

/** Closure: rescales positive parts to sum 1. */
export function closeTriad(a: number, b: number, c: number): Triad {
  const sum = a + b + c;
  if (!(sum > 0) || !(a >= 0 && b >= 0 && c >= 0)) {
    throw new RangeError(
      `a triad needs non-negative parts with a positive sum, got ${a}, ${b}, ${c}`,
    );
  }
  return { a: a / sum, b: b / sum, c: c / sum };
}

/**
 * ilr with the balance basis of Egozcue et al. (2003) for parts (a, b, c):
 * z1 = √(1/2) ln(a/b), z2 = √(2/3) ln(√(ab)/c). Parts must be positive (replace zeros first).
 */
export function ilr(triad: Triad): IlrCoordinates {
  const la = Math.log(triad.a);
  const lb = Math.log(triad.b);
  const lc = Math.log(triad.c);
  return { z1: SQRT_HALF * (la - lb), z2: SQRT_TWO_THIRDS * ((la + lb) / 2 - lc) };
}

/** Inverse of `ilr`: ln a − ln b = √2 z1, (ln a + ln b)/2 − ln c = √(3/2) z2, closed. */
export function ilrInverse(z1: number, z2: number): Triad {
  const half = Math.SQRT2 * z1 * 0.5;
  const mid = Math.sqrt(1.5) * z2; // (ln a + ln b)/2 with ln c = 0
  const la = mid + half;
  const lb = mid - half;
  // Subtract the largest log before exponentiating, for extreme coordinates.
  const top = Math.max(la, lb, 0);
  return closeTriad(Math.exp(la - top), Math.exp(lb - top), Math.exp(-top));
}

/** Perturbation x ⊕ y = C(x_a y_a, x_b y_b, x_c y_c): the Aitchison "addition". */
export function perturb(x: Triad, y: Triad): Triad {
  return closeTriad(x.a * y.a, x.b * y.b, x.c * y.c);
}

/** x ⊖ y = C(x_a / y_a, …): the perturbation that takes y to x. */
export function perturbationDifference(x: Triad, y: Triad): Triad {
  return closeTriad(x.a / y.a, x.b / y.b, x.c / y.c);
}

/** Aitchison distance = Euclidean distance of ilr coordinates. */
export function aitchisonDistance(x: Triad, y: Triad): number {
  const zx = ilr(x);
  const zy = ilr(y);
  return Math.hypot(zx.z1 - zy.z1, zx.z2 - zy.z2);
}

const RESOLUTION_CANDIDATES = [0.1, 0.05, 0.01, 0.005, 0.001, 0.0001] as const;
const GRID_TOLERANCE = 1e-9;

function onGrid(value: number, resolution: number): boolean {
  const steps = value / resolution;
  return Math.abs(steps - Math.round(steps)) < GRID_TOLERANCE * Math.max(1, steps);
}

/**
 * A part this small in size (relative to its triad's sum, of either sign) is a floating-point leftover of a zero
 * (1 − 0.7 − 0.3 = 5.6e-17), not an answer: no triad input records a billionth. It counts
 * as a zero, both for the resolution and for zero replacement; taken as a value, one such
 * part would become the detection limit of the whole sample and its log an extreme outlier.
 */
export const LEFTOVER_LIMIT = 1e-9;

/**
 * Triads (null: not applicable) as the descriptives read them: an array, or any sequence that
 * can be iterated more than once (the explorer reads its stories' triads from typed columns
 * that way, so that 100 000 triad objects need not be held at once).
 */
export type TriadValues = Iterable<Triad | null>;

/** Share of parts that may lie off a grid that is still taken as the input's resolution. */
const OFF_GRID_SHARE = 0.01;

/**
 * The input's resolution (smallest step the instrument records), inferred robustly as the
 * coarsest of 0.1, 0.05, 0.01, 0.005, 0.001, 0.0001 on which all but at most 1 % of the parts
 * lie and below which no part lies; for data on none of these grids (continuous sliders),
 * the smallest positive part seen, capped at 0.01. Leftovers of zeros (parts ≤ 1e-9 of
 * their triad's sum) count as zeros.
 */
export function inferTriadResolution(triads: TriadValues): number {
  let answered = 0;
  for (const triad of triads) if (triad !== null) answered++;
  const parts = 3 * answered;
  // A grid with more parts off it than this can no longer be the one: those parts need
  // not be looked at for it.
  const allowed = OFF_GRID_SHARE * parts;
  let smallestPositive = Number.POSITIVE_INFINITY;
  const offGrid = RESOLUTION_CANDIDATES.map(() => 0);
  for (const triad of triads) {
    if (triad === null) continue;
    const sum = triad.a + triad.b + triad.c;
    for (const part of [triad.a, triad.b, triad.c]) {
      if (part <= LEFTOVER_LIMIT * sum) continue;
      if (part < smallestPositive) smallestPositive = part;
      // Each grid lies on every finer one: a part on one is on all after it.
      for (let r = 0; r < RESOLUTION_CANDIDATES.length; r++) {
        if ((offGrid[r] as number) > allowed) continue;
        if (onGrid(part, RESOLUTION_CANDIDATES[r] as number)) break;
        offGrid[r] = (offGrid[r] as number) + 1;
      }
    }
  }
  for (let r = 0; r < RESOLUTION_CANDIDATES.length; r++) {
    const candidate = RESOLUTION_CANDIDATES[r] as number;
    if ((offGrid[r] as number) <= allowed && smallestPositive >= candidate * (1 - GRID_TOLERANCE)) {
      return candidate;
    }
  }
  return Math.min(0.01, smallestPositive);
}

/** Martín-Fernández et al. (2003): δ = 0.65 × the detection limit. */
export const ZERO_REPLACEMENT_FACTOR = 0.65;

/**
 * Multiplicative zero replacement (Martín-Fernández, Barceló-Vidal & Pawlowsky-Glahn 2003):
 * each zero part becomes δ = 0.65 × resolution, each non-zero part x becomes x (1 − Σδ), so
 * the composition still sums to 1 and ratios among non-zero parts are kept. The input is
 * closed first; parts ≤ 1e-9 of the sum count as zeros. Returns the input itself when it has
 * no zero.
 */
export function replaceZeros(triad: Triad, resolution: number): Triad {
  const sum = triad.a + triad.b + triad.c;
  if (!(sum > 0)) throw new RangeError('a triad needs a positive sum (all parts were zero)');
  // Leftovers of zeros (either sign) are zeros (see LEFTOVER_LIMIT).
  const part = (x: number) => {
    if (Math.abs(x) <= LEFTOVER_LIMIT * sum) return 0;
    if (!(x > 0)) throw new RangeError(`a triad part cannot be negative, got ${x}`);
    return x / sum;
  };
  const a = part(triad.a);
  const b = part(triad.b);
  const c = part(triad.c);
  if (a > 0 && b > 0 && c > 0) return sum === 1 ? triad : { a, b, c };
  const delta = ZERO_REPLACEMENT_FACTOR * resolution;
  const zeros = (a === 0 ? 1 : 0) + (b === 0 ? 1 : 0) + (c === 0 ? 1 : 0);
  if (zeros === 3) throw new RangeError('a triad cannot have three zero parts');
  const scale = 1 - zeros * delta;
  return {
    a: a === 0 ? delta : a * scale,
    b: b === 0 ? delta : b * scale,
    c: c === 0 ? delta : c * scale,
  };
}

/** Throws a RangeError unless the triad's parts are in [0, 1] and sum to 1 (± 1e-6). */
export function assertTriad(triad: Triad): void {
  const { a, b, c } = triad;
  if (!(a >= 0 && b >= 0 && c >= 0 && Math.abs(a + b + c - 1) < 1e-6)) {
    throw new RangeError(`not a triad (parts in [0,1] summing to 1): ${a}, ${b}, ${c}`);
  }
}
