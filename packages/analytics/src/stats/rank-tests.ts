import { chiSquareSf, normalSf } from './distributions.ts';
import { averageRanks } from './ranking.ts';
import { clampProbability, degenerateResult, type TestResult } from './test-result.ts';

export interface MannWhitneyOptions {
  /**
   * 'auto' follows R `wilcox.test(x, y, correct = TRUE)`: exact when both samples have
   * fewer than 50 values and there are no ties, otherwise the normal approximation with
   * tie correction and continuity correction. (SciPy's `mannwhitneyu(method='auto')`
   * switches to exact only at n ≤ 8; its 'exact' and 'asymptotic' methods give the same
   * numbers as R's.)
   */
  readonly method?: 'auto' | 'exact' | 'asymptotic';
}

const EXACT_LIMIT = 50;

/**
 * Number of ways to reach each U = 0..m·n when m of m+n distinct ranks go to x: the
 * coefficients of the Gaussian binomial [m+n choose m]_q = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i).
 * Low-order coefficients are built only from low-order ones, so the lower tail is exact.
 */
function mannWhitneyExactCounts(m: number, n: number): Float64Array {
  const maximum = m * n;
  const counts = new Float64Array(maximum + 1);
  counts[0] = 1;
  for (let i = 1; i <= m; i++) {
    const shift = n + i;
    for (let k = maximum; k >= shift; k--)
      counts[k] = (counts[k] as number) - (counts[k - shift] as number);
    for (let k = i; k <= maximum; k++)
      counts[k] = (counts[k] as number) + (counts[k - i] as number);
  }
  return counts;
}

/** P(U ≤ u) under the null, exact, for samples of sizes m and n without ties. */
export function mannWhitneyExactCdf(u: number, m: number, n: number): number {
  const counts = mannWhitneyExactCounts(Math.min(m, n), Math.max(m, n));
  let below = 0;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const count = counts[k] as number;
    total += count;
    if (k <= u) below += count;
  }
  return below / total;
}

/**
 * Two-sided Mann–Whitney U (Wilcoxon rank-sum) test of x against y.
 * The statistic is U for x (R's W): the number of pairs with x > y, ties counting ½.
 * Effect: Cliff's δ = P(X > Y) − P(X < Y) = 2U / (n₁n₂) − 1, positive when x tends higher.
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  options: MannWhitneyOptions = {},
): TestResult {
  const n1 = x.length;
  const n2 = y.length;
  const groupSizes = [n1, n2];
  if (n1 === 0 || n2 === 0) return degenerateResult('mann-whitney', groupSizes, 'a group is empty');
  const pooled = new Float64Array(n1 + n2);
  pooled.set(x);
  pooled.set(y, n1);
  const { ranks, tieSum, hasTies } = averageRanks(pooled);
  let rankSumX = 0;
  for (let i = 0; i < n1; i++) rankSumX += ranks[i] as number;
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const product = n1 * n2;
  const effect = { measure: 'cliffs-delta' as const, value: (2 * u) / product - 1 };
  const n = n1 + n2;
  if (tieSum === n * n * n - n) {
    return {
      test: 'mann-whitney',
      statistic: { name: 'U', value: u },
      p: 1,
      effect,
      groupSizes,
      note: 'all values are tied',
    };
  }
  const method = options.method ?? 'auto';
  const exact =
    method === 'exact' || (method === 'auto' && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT && !hasTies);
  if (exact) {
    // R: P(W ≥ w) when w is above the mean, else P(W ≤ w); doubled, capped at 1.
    // Upper tail by symmetry: P(U ≥ u) = P(U ≤ n₁n₂ − u).
    const tail =
      u > product / 2 ? mannWhitneyExactCdf(product - u, n1, n2) : mannWhitneyExactCdf(u, n1, n2);
    return {
      test: 'mann-whitney',
      statistic: { name: 'U', value: u },
      p: clampProbability(2 * tail),
      effect,
      groupSizes,
      method: 'exact',
      ...(hasTies ? { note: 'exact p computed as if there were no ties' } : {}),
    };
  }
  const deviation = u - product / 2;
  const sigma = Math.sqrt((product / 12) * (n + 1 - tieSum / (n * (n - 1))));
  // U moves in steps of ½, so |U − mean| − ½ is never negative except at U = mean (R: z = 0).
  const z = Math.max(Math.abs(deviation) - 0.5, 0) / sigma;
  return {
    test: 'mann-whitney',
    statistic: { name: 'U', value: u },
    p: clampProbability(2 * normalSf(z)),
    effect,
    groupSizes,
    method: 'asymptotic',
  };
}

/**
 * Kruskal–Wallis H test with tie correction (as R `kruskal.test` and SciPy `kruskal`),
 * chi-square with k − 1 df. Empty groups are left out (and reported in `groupSizes` as 0).
 * Effect: ε² = H / ((n² − 1)/(n + 1)) = H / (n − 1) (Tomczak & Tomczak 2014).
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): TestResult {
  const groupSizes = groups.map((group) => group.length);
  const present = groups.filter((group) => group.length > 0);
  if (present.length < 2) {
    return degenerateResult('kruskal-wallis', groupSizes, 'fewer than two non-empty groups');
  }
  let n = 0;
  for (const group of present) n += group.length;
  const pooled = new Float64Array(n);
  let offset = 0;
  for (const group of present) {
    pooled.set(group, offset);
    offset += group.length;
  }
  const { ranks, tieSum } = averageRanks(pooled);
  if (tieSum === n * n * n - n) {
    return {
      ...degenerateResult('kruskal-wallis', groupSizes, 'all values are tied'),
      statistic: { name: 'H', value: 0 },
    };
  }
  let sum = 0;
  offset = 0;
  for (const group of present) {
    let rankSum = 0;
    for (let i = 0; i < group.length; i++) rankSum += ranks[offset + i] as number;
    sum += (rankSum * rankSum) / group.length;
    offset += group.length;
  }
  const uncorrected = (12 / (n * (n + 1))) * sum - 3 * (n + 1);
  const h = uncorrected / (1 - tieSum / (n * n * n - n));
  const df = present.length - 1;
  return {
    test: 'kruskal-wallis',
    statistic: { name: 'H', value: h },
    df: [df],
    p: clampProbability(chiSquareSf(h, df)),
    effect: { measure: 'epsilon-squared', value: h / (n - 1) },
    groupSizes,
    method: 'asymptotic',
    ...(present.length < groups.length ? { note: 'empty groups left out' } : {}),
  };
}
