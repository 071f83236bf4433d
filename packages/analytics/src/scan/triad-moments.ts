import { clampProbability, degenerateResult, fSf, type TestResult } from '../stats';
import { pillaiFromSscp } from '../triad';
import { isSingular } from '../triad/ilr-sample.ts';

/**
 * Hotelling's T² and MANOVA (Pillai) on triads from per-group sums of ilr coordinates and
 * their cross-products, which the scan computes in one pass over coordinates it derived
 * once per signifier (zero replacement with one resolution for the whole signifier, as
 * `hotellingTwoSample` and `manovaPillai` in `../triad` do for their pooled sample). Same
 * formulas, F transforms and degenerate cases as those; triad-moments.test.ts checks that
 * they agree.
 */

const P = 2;

export interface TIlrMoments {
  n: Float64Array;
  a: Float64Array;
  b: Float64Array;
  aa: Float64Array;
  ab: Float64Array;
  bb: Float64Array;
}

export function ilrMoments(
  z1: Float64Array,
  z2: Float64Array,
  groups: Int32Array,
  groupCount: number,
  included: Uint8Array,
): TIlrMoments {
  const m: TIlrMoments = {
    n: new Float64Array(groupCount),
    a: new Float64Array(groupCount),
    b: new Float64Array(groupCount),
    aa: new Float64Array(groupCount),
    ab: new Float64Array(groupCount),
    bb: new Float64Array(groupCount),
  };
  const { n, a, b, aa, ab, bb } = m;
  for (let i = 0; i < z1.length; i++) {
    const g = groups[i]!;
    const x = z1[i]!;
    if (g < 0 || !included[g] || Number.isNaN(x)) continue;
    const y = z2[i]!;
    n[g]! += 1;
    a[g]! += x;
    b[g]! += y;
    aa[g]! += x * x;
    ab[g]! += x * y;
    bb[g]! += y * y;
  }
  return m;
}

export function hotellingFromMoments(m: TIlrMoments, first: number, second: number): TestResult {
  const n1 = m.n[first]!;
  const n2 = m.n[second]!;
  const n = n1 + n2;
  const sizes = [n1, n2];
  const degenerate = (note: string): TestResult => degenerateResult('hotelling-t2', sizes, note);
  if (n1 === 0 || n2 === 0 || n <= P + 1) {
    return degenerate('too few triads (need n₁, n₂ ≥ 1 and n₁ + n₂ > 3)');
  }
  const m1a = m.a[first]! / n1;
  const m1b = m.b[first]! / n1;
  const m2a = m.a[second]! / n2;
  const m2b = m.b[second]! / n2;
  const df = n - 2;
  const aa = m.aa[first]! + m.aa[second]!;
  const ab = m.ab[first]! + m.ab[second]!;
  const bb = m.bb[first]! + m.bb[second]!;
  const s11 = (aa - n1 * m1a * m1a - n2 * m2a * m2a) / df;
  const s12 = (ab - n1 * m1a * m1b - n2 * m2a * m2b) / df;
  const s22 = (bb - n1 * m1b * m1b - n2 * m2b * m2b) / df;
  if (isSingular(s11, s12, s22)) {
    return degenerate('pooled covariance is singular (identical or collinear triads)');
  }
  const determinant = s11 * s22 - s12 * s12;
  const da = m1a - m2a;
  const db = m1b - m2b;
  const d2 = (s22 * da * da - 2 * s12 * da * db + s11 * db * db) / determinant;
  const t2 = ((n1 * n2) / n) * d2;
  const df2 = n - P - 1;
  const f = (df2 / (P * (n - 2))) * t2;
  return {
    test: 'hotelling-t2',
    statistic: { name: 'T²', value: t2 },
    df: [P, df2],
    p: clampProbability(fSf(f, P, df2)),
    effect: { measure: 'mahalanobis-d2', value: d2 },
    groupSizes: sizes,
    method: 'asymptotic',
  };
}

export function manovaFromMoments(m: TIlrMoments, groups: readonly number[]): TestResult {
  const sizes = groups.map((g) => m.n[g]!);
  const present = groups.filter((g) => m.n[g]! > 0);
  let n = 0;
  let a = 0;
  let b = 0;
  let aa = 0;
  let ab = 0;
  let bb = 0;
  for (const g of present) {
    n += m.n[g]!;
    a += m.a[g]!;
    b += m.b[g]!;
    aa += m.aa[g]!;
    ab += m.ab[g]!;
    bb += m.bb[g]!;
  }
  const dfResidual = n - present.length;
  if (present.length < 2 || dfResidual < P) {
    return degenerateResult(
      'manova-pillai',
      sizes,
      'fewer than two non-empty groups or too few triads',
    );
  }
  const grandA = a / n;
  const grandB = b / n;
  let h11 = 0;
  let h12 = 0;
  let h22 = 0;
  for (const g of present) {
    const size = m.n[g]!;
    const da = m.a[g]! / size - grandA;
    const db = m.b[g]! / size - grandB;
    h11 += size * da * da;
    h12 += size * da * db;
    h22 += size * db * db;
  }
  const t11 = aa - n * grandA * grandA;
  const t12 = ab - n * grandA * grandB;
  const t22 = bb - n * grandB * grandB;
  return pillaiFromSscp({ h11, h12, h22, t11, t12, t22 }, sizes, dfResidual);
}
