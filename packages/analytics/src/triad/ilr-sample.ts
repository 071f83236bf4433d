import {
  inferTriadResolution,
  LEFTOVER_LIMIT,
  type TriadValues,
  ZERO_REPLACEMENT_FACTOR,
} from './composition.ts';

/** Triads in ilr coordinates after zero replacement, as flat arrays for fast passes. */
export interface IlrSample {
  readonly z1: Float64Array;
  readonly z2: Float64Array;
  /** Number of triads (not-applicable values left out). */
  readonly n: number;
  readonly nNotApplicable: number;
  /** Triads with at least one zero part. */
  readonly withZero: number;
  /** Per corner, how many triads had a zero there. */
  readonly zeroParts: { readonly a: number; readonly b: number; readonly c: number };
  readonly resolution: number;
}

export interface ZeroReplacementOptions {
  /** The input's resolution (0.01 for whole percentages); inferred when left out. */
  readonly resolution?: number;
}

const SQRT_HALF = Math.SQRT1_2;
const SQRT_TWO_THIRDS = Math.sqrt(2 / 3);

/**
 * The ilr coordinates of one triad, written to z1[k] and z2[k], after its leftovers of
 * zeros (±1e-9 of the sum) are taken as zeros and zeros replaced multiplicatively by
 * δ = `delta`. Returns which parts were zero as bits (1 a, 2 b, 4 c). Shared by `ilrSample`
 * and the scan's columns, so both give the same coordinates to the last bit.
 */
export function ilrInto(
  rawA: number,
  rawB: number,
  rawC: number,
  delta: number,
  z1: Float64Array,
  z2: Float64Array,
  k: number,
): number {
  let a = rawA;
  let b = rawB;
  let c = rawC;
  const sum = a + b + c;
  // A leftover of a zero (±1e-9 of the sum) is a zero, as in inferTriadResolution.
  const leftover = LEFTOVER_LIMIT * sum;
  if (a <= leftover && a >= -leftover) a = 0;
  if (b <= leftover && b >= -leftover) b = 0;
  if (c <= leftover && c >= -leftover) c = 0;
  if (!(a >= 0 && b >= 0 && c >= 0) || !(sum > 0)) {
    throw new RangeError(`not a triad: ${rawA}, ${rawB}, ${rawC}`);
  }
  let zeros = 0;
  if (a === 0 || b === 0 || c === 0) {
    const count = (a === 0 ? 1 : 0) + (b === 0 ? 1 : 0) + (c === 0 ? 1 : 0);
    const scale = (1 - count * delta) / sum;
    if (a === 0) {
      zeros |= 1;
      a = delta;
    } else a *= scale;
    if (b === 0) {
      zeros |= 2;
      b = delta;
    } else b *= scale;
    if (c === 0) {
      zeros |= 4;
      c = delta;
    } else c *= scale;
  }
  // Closure does not change log-ratios, so a sum slightly off 1 needs no division here.
  const la = Math.log(a);
  const lb = Math.log(b);
  z1[k] = SQRT_HALF * (la - lb);
  z2[k] = SQRT_TWO_THIRDS * ((la + lb) / 2 - Math.log(c));
  return zeros;
}

/**
 * One pass: closure, multiplicative zero replacement (δ = 0.65 × resolution; leftovers of
 * zeros, parts ≤ 1e-9 of the sum, count as zeros) and
 * z1 = √(1/2) ln(a/b), z2 = √(2/3) ln(√(ab)/c), inlined to avoid an object per triad.
 */
export function ilrSample(values: TriadValues, options: ZeroReplacementOptions = {}): IlrSample {
  const resolution = options.resolution ?? inferTriadResolution(values);
  if (!(resolution > 0 && resolution < 1 / 3)) {
    throw new RangeError(`triad resolution must be in (0, 1/3), got ${resolution}`);
  }
  const delta = ZERO_REPLACEMENT_FACTOR * resolution;
  let n = 0;
  let count = 0;
  for (const value of values) {
    count++;
    if (value !== null) n++;
  }
  const z1 = new Float64Array(n);
  const z2 = new Float64Array(n);
  let withZero = 0;
  let zeroA = 0;
  let zeroB = 0;
  let zeroC = 0;
  let k = 0;
  for (const value of values) {
    if (value === null) continue;
    const zeros = ilrInto(value.a, value.b, value.c, delta, z1, z2, k);
    if (zeros !== 0) {
      withZero++;
      if (zeros & 1) zeroA++;
      if (zeros & 2) zeroB++;
      if (zeros & 4) zeroC++;
    }
    k++;
  }
  return {
    z1,
    z2,
    n,
    nNotApplicable: count - n,
    withZero,
    zeroParts: { a: zeroA, b: zeroB, c: zeroC },
    resolution,
  };
}

/** Mean and (n − 1)-denominator covariance of 2-D points. */
export interface MeanCovariance {
  readonly mean1: number;
  readonly mean2: number;
  readonly s11: number;
  readonly s12: number;
  readonly s22: number;
}

export function meanCovariance(
  z1: Float64Array,
  z2: Float64Array,
  from = 0,
  to = z1.length,
): MeanCovariance {
  const n = to - from;
  let mean1 = 0;
  let mean2 = 0;
  for (let i = from; i < to; i++) {
    mean1 += z1[i] as number;
    mean2 += z2[i] as number;
  }
  mean1 /= n;
  mean2 /= n;
  let s11 = 0;
  let s12 = 0;
  let s22 = 0;
  for (let i = from; i < to; i++) {
    const d1 = (z1[i] as number) - mean1;
    const d2 = (z2[i] as number) - mean2;
    s11 += d1 * d1;
    s12 += d1 * d2;
    s22 += d2 * d2;
  }
  const denominator = n - 1;
  return { mean1, mean2, s11: s11 / denominator, s12: s12 / denominator, s22: s22 / denominator };
}

/**
 * Whether a 2×2 covariance is (numerically) singular: zero variance, or all points on a
 * line. Relative test, so it does not depend on the scale of the data.
 */
export function isSingular(s11: number, s12: number, s22: number): boolean {
  const trace = s11 + s22;
  return !(trace > 0) || s11 * s22 - s12 * s12 <= 1e-12 * trace * trace;
}
