import { fQuantileUpper } from '../stats/distributions.ts';
import { ilrInverse, type Triad, type TriadValues } from './composition.ts';
import {
  ilrSample,
  isSingular,
  meanCovariance,
  type ZeroReplacementOptions,
} from './ilr-sample.ts';
import { countTriadZones, type ZoneCount } from './zones.ts';

/**
 * The centre of triads: the closed geometric mean C(exp mean ln a, exp mean ln b, exp mean ln c)
 * = ilr⁻¹(mean of ilr), after multiplicative zero replacement. Null values are skipped.
 * Throws a RangeError when there is no triad.
 */
export function triadCentre(values: TriadValues, options: ZeroReplacementOptions = {}): Triad {
  const sample = ilrSample(values, options);
  if (sample.n === 0) throw new RangeError('triadCentre needs at least one triad');
  let sum1 = 0;
  let sum2 = 0;
  for (let i = 0; i < sample.n; i++) {
    sum1 += sample.z1[i] as number;
    sum2 += sample.z2[i] as number;
  }
  return ilrInverse(sum1 / sample.n, sum2 / sample.n);
}

export interface DescribeTriadsOptions extends ZeroReplacementOptions {
  /** Confidence level of the centre's region; default 0.95. */
  readonly confidence?: number;
  /** Points on the region's outline; default 72. */
  readonly regionPoints?: number;
}

export interface TriadDescription {
  readonly n: number;
  readonly nNotApplicable: number;
  /** Share of triads with at least one zero part (before replacement). */
  readonly zeroShare: number;
  readonly zeroParts: { readonly a: number; readonly b: number; readonly c: number };
  /** Resolution used for zero replacement (given or inferred). */
  readonly resolution: number;
  /** Closed geometric mean; null when n = 0. */
  readonly centre: Triad | null;
  /** Mean and covariance in ilr coordinates (z1, z2); null when n < 2. */
  readonly ilr: {
    readonly mean: readonly [number, number];
    readonly covariance: readonly [readonly [number, number], readonly [number, number]];
  } | null;
  /**
   * Confidence region of the centre as a closed polygon of triads (first point not
   * repeated); null when it cannot be computed, with `regionNote` saying why.
   */
  readonly region: readonly Triad[] | null;
  readonly regionNote?: string;
  readonly zones: readonly ZoneCount[];
}

/**
 * Descriptives of a triad signifier. The region is Hotelling's T² region for the mean in
 * ilr coordinates, (z − z̄)ᵀ S⁻¹ (z − z̄) ≤ p(n − 1)/(n(n − p)) · F_{p, n−p; conf} with p = 2,
 * drawn as z̄ + r L (cos θ, sin θ) with S = L Lᵀ (Cholesky) and mapped back by ilr⁻¹.
 */
export function describeTriads(
  values: TriadValues,
  options: DescribeTriadsOptions = {},
): TriadDescription {
  const sample = ilrSample(values, options);
  const { n } = sample;
  const zones = countTriadZones(values);
  const base = {
    n,
    nNotApplicable: sample.nNotApplicable,
    zeroShare: n === 0 ? 0 : sample.withZero / n,
    zeroParts: sample.zeroParts,
    resolution: sample.resolution,
    zones,
  };
  if (n === 0) {
    return { ...base, centre: null, ilr: null, region: null, regionNote: 'no triads', zones };
  }
  if (n < 2) {
    const centre = ilrInverse(sample.z1[0] as number, sample.z2[0] as number);
    return { ...base, centre, ilr: null, region: null, regionNote: 'n < 3' };
  }
  const { mean1, mean2, s11, s12, s22 } = meanCovariance(sample.z1, sample.z2);
  const centre = ilrInverse(mean1, mean2);
  const ilr = {
    mean: [mean1, mean2] as const,
    covariance: [
      [s11, s12],
      [s12, s22],
    ] as const,
  };
  if (n < 3) return { ...base, centre, ilr, region: null, regionNote: 'n < 3' };
  if (isSingular(s11, s12, s22)) {
    return {
      ...base,
      centre,
      ilr,
      region: null,
      regionNote: 'covariance is singular (all triads identical or on one line)',
    };
  }
  const confidence = options.confidence ?? 0.95;
  const points = options.regionPoints ?? 72;
  const p = 2;
  const radiusSquared = ((p * (n - 1)) / (n * (n - p))) * fQuantileUpper(1 - confidence, p, n - p);
  const radius = Math.sqrt(radiusSquared);
  const l11 = Math.sqrt(s11);
  const l21 = s12 / l11;
  const l22 = Math.sqrt(s22 - l21 * l21);
  const region: Triad[] = [];
  for (let k = 0; k < points; k++) {
    const theta = (2 * Math.PI * k) / points;
    const u1 = radius * Math.cos(theta);
    const u2 = radius * Math.sin(theta);
    region.push(ilrInverse(mean1 + l11 * u1, mean2 + l21 * u1 + l22 * u2));
  }
  return { ...base, centre, ilr, region };
}
