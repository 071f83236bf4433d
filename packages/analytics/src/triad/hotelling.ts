import { fSf } from '../stats/distributions.ts';
import { createRandom } from '../stats/random.ts';
import { clampProbability, degenerateResult, type TestResult } from '../stats/test-result.ts';
import type { Triad } from './composition.ts';
import { ilrSample, isSingular, type ZeroReplacementOptions } from './ilr-sample.ts';

const P = 2; // a triad has 3 parts, so 2 ilr coordinates

export interface PermutationOptions {
  readonly permutations: number;
  readonly seed: number;
}

/** Pooled ilr sample of several groups, zeros replaced with one resolution for all. */
function pooledIlr(
  groups: readonly (readonly (Triad | null)[])[],
  options: ZeroReplacementOptions,
) {
  const all = groups.flat();
  const sample = ilrSample(all, options);
  const sizes = groups.map((group) => group.reduce((n, value) => n + (value === null ? 0 : 1), 0));
  return { z1: sample.z1, z2: sample.z2, sizes, n: sample.n };
}

/** T² = n₁n₂/(n₁+n₂) · dᵀ S_pooled⁻¹ d from sums, for reuse under permutation. */
function hotellingFromSums(
  n1: number,
  n2: number,
  sum1: readonly [number, number],
  total: readonly [number, number],
  crossProducts: readonly [number, number, number],
): { t2: number; d2: number; singular: boolean } {
  const m1a = sum1[0] / n1;
  const m1b = sum1[1] / n1;
  const m2a = (total[0] - sum1[0]) / n2;
  const m2b = (total[1] - sum1[1]) / n2;
  // Within-groups scatter W = Σzzᵀ − n₁m₁m₁ᵀ − n₂m₂m₂ᵀ; S_pooled = W / (n − 2).
  const df = n1 + n2 - 2;
  const s11 = (crossProducts[0] - n1 * m1a * m1a - n2 * m2a * m2a) / df;
  const s12 = (crossProducts[1] - n1 * m1a * m1b - n2 * m2a * m2b) / df;
  const s22 = (crossProducts[2] - n1 * m1b * m1b - n2 * m2b * m2b) / df;
  if (isSingular(s11, s12, s22)) return { t2: Number.NaN, d2: Number.NaN, singular: true };
  const determinant = s11 * s22 - s12 * s12;
  const da = m1a - m2a;
  const db = m1b - m2b;
  const d2 = (s22 * da * da - 2 * s12 * da * db + s11 * db * db) / determinant;
  return { t2: ((n1 * n2) / (n1 + n2)) * d2, d2, singular: false };
}

function sums(z1: Float64Array, z2: Float64Array, from: number, to: number) {
  let a = 0;
  let b = 0;
  let aa = 0;
  let ab = 0;
  let bb = 0;
  for (let i = from; i < to; i++) {
    const x = z1[i] as number;
    const y = z2[i] as number;
    a += x;
    b += y;
    aa += x * x;
    ab += x * y;
    bb += y * y;
  }
  return { a, b, aa, ab, bb };
}

/**
 * Two-sample Hotelling's T² on ilr coordinates of two groups of triads (pooled covariance):
 * F = (n₁ + n₂ − p − 1) / (p (n₁ + n₂ − 2)) · T² ~ F(p, n₁ + n₂ − p − 1), p = 2. The result
 * reports T² as its statistic, with the df of that F.
 * Effect: Mahalanobis D² between the group centres. Null values are skipped. With
 * `permutations`, p is the permutation p (1 + #{T²_perm ≥ T²_obs}) / (B + 1) instead, with
 * group labels shuffled by a seeded generator. Too few triads (n₁ + n₂ ≤ p + 1, or an empty
 * group) or a singular pooled covariance give p = 1 with a note.
 */
export function hotellingTwoSample(
  x: readonly (Triad | null)[],
  y: readonly (Triad | null)[],
  options: ZeroReplacementOptions & { readonly permutations?: PermutationOptions } = {},
): TestResult {
  const { z1, z2, sizes } = pooledIlr([x, y], options);
  const n1 = sizes[0] as number;
  const n2 = sizes[1] as number;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0 || n <= P + 1) {
    return degenerateResult(
      'hotelling-t2',
      sizes,
      'too few triads (need n₁, n₂ ≥ 1 and n₁ + n₂ > 3)',
    );
  }
  const first = sums(z1, z2, 0, n1);
  const all = sums(z1, z2, 0, n);
  const total = [all.a, all.b] as const;
  const crossProducts = [all.aa, all.ab, all.bb] as const;
  const observed = hotellingFromSums(n1, n2, [first.a, first.b], total, crossProducts);
  if (observed.singular) {
    return degenerateResult(
      'hotelling-t2',
      sizes,
      'pooled covariance is singular (identical or collinear triads)',
    );
  }
  const df2 = n - P - 1;
  const f = (df2 / (P * (n - 2))) * observed.t2;
  const effect = { measure: 'mahalanobis-d2' as const, value: observed.d2 };
  if (options.permutations === undefined) {
    return {
      test: 'hotelling-t2',
      statistic: { name: 'T²', value: observed.t2 },
      df: [P, df2],
      p: clampProbability(fSf(f, P, df2)),
      effect,
      groupSizes: sizes,
      method: 'asymptotic',
    };
  }
  const { permutations, seed } = options.permutations;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  }
  const random = createRandom(seed);
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  const threshold = (1 - 64 * Number.EPSILON) * observed.t2;
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    // Partial Fisher–Yates: the first n₁ slots become group 1.
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < n1; i++) {
      const j = i + Math.floor(random() * (n - i));
      const chosen = index[j] as number;
      index[j] = index[i] as number;
      index[i] = chosen;
      sumA += z1[chosen] as number;
      sumB += z2[chosen] as number;
    }
    const permuted = hotellingFromSums(n1, n2, [sumA, sumB], total, crossProducts);
    if (!permuted.singular && permuted.t2 >= threshold) atLeast++;
  }
  return {
    test: 'hotelling-t2',
    statistic: { name: 'T²', value: observed.t2 },
    df: [P, df2],
    p: (1 + atLeast) / (permutations + 1),
    effect,
    groupSizes: sizes,
    method: 'permutation',
  };
}

/**
 * One-way MANOVA of triads (ilr coordinates) across k ≥ 2 groups with Pillai's trace
 * V = tr(H (H + E)⁻¹) and the F approximation of R `summary(manova(...), test = "Pillai")`:
 * s = min(p, q), m = (|p − q| − 1)/2, nn = (df_res − p − 1)/2,
 * F = ((2nn + s + 1)/(2m + s + 1)) · V/(s − V), df = (s(2m + s + 1), s(2nn + s + 1)),
 * with q = k − 1 and df_res = N − k. Empty groups are left out. Effect: Pillai's V.
 */
export function manovaPillai(
  groups: readonly (readonly (Triad | null)[])[],
  options: ZeroReplacementOptions = {},
): TestResult {
  const { z1, z2, sizes, n } = pooledIlr(groups, options);
  const present = sizes.filter((size) => size > 0).length;
  const dfResidual = n - present;
  if (present < 2 || dfResidual < P) {
    return degenerateResult(
      'manova-pillai',
      sizes,
      'fewer than two non-empty groups or too few triads',
    );
  }
  const all = sums(z1, z2, 0, n);
  const grandA = all.a / n;
  const grandB = all.b / n;
  // Between-groups H and within-groups E (sums of squares and cross-products).
  let h11 = 0;
  let h12 = 0;
  let h22 = 0;
  let offset = 0;
  for (const size of sizes) {
    if (size === 0) continue;
    const group = sums(z1, z2, offset, offset + size);
    const da = group.a / size - grandA;
    const db = group.b / size - grandB;
    h11 += size * da * da;
    h12 += size * da * db;
    h22 += size * db * db;
    offset += size;
  }
  const t11 = all.aa - n * grandA * grandA;
  const t12 = all.ab - n * grandA * grandB;
  const t22 = all.bb - n * grandB * grandB;
  return pillaiFromSscp({ h11, h12, h22, t11, t12, t22 }, sizes, dfResidual);
}

/** Hypothesis (H) and total (T = H + E) sums of squares and cross-products in 2-D ilr space. */
export interface TriadSscp {
  h11: number;
  h12: number;
  h22: number;
  t11: number;
  t12: number;
  t22: number;
}

/**
 * Pillai's trace V = tr(H T⁻¹) and its F approximation, as R's summary.manova(test = "Pillai"):
 * s = min(p, q), m = (|p − q| − 1)/2, n = (dfE − p − 1)/2, F = ((2n+s+1)/(2m+s+1)) V/(s − V).
 */
export function pillaiFromSscp(sscp: TriadSscp, sizes: number[], dfResidual: number): TestResult {
  const { h11, h12, h22, t11, t12, t22 } = sscp;
  if (isSingular(t11 - h11, t12 - h12, t22 - h22)) {
    return degenerateResult(
      'manova-pillai',
      sizes,
      'residual covariance is singular (identical or collinear triads)',
    );
  }
  const determinant = t11 * t22 - t12 * t12;
  const pillai = (h11 * t22 - 2 * h12 * t12 + h22 * t11) / determinant;
  const q = sizes.filter((size) => size > 0).length - 1;
  const s = Math.min(P, q);
  const m = (Math.abs(P - q) - 1) / 2;
  const nn = (dfResidual - P - 1) / 2;
  const df1 = s * (2 * m + s + 1);
  const df2 = s * (2 * nn + s + 1);
  const f = (((2 * nn + s + 1) / (2 * m + s + 1)) * pillai) / (s - pillai);
  return {
    test: 'manova-pillai',
    statistic: { name: 'F', value: f },
    df: [df1, df2],
    p: clampProbability(fSf(f, df1, df2)),
    effect: { measure: 'pillai-trace', value: pillai },
    groupSizes: sizes,
    method: 'asymptotic',
  };
}
