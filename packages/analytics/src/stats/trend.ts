import { chiSquareSf, normalSf } from './distributions.ts';
import { clampProbability, degenerateResult, type TestResult } from './test-result.ts';

/**
 * Jonckheere–Terpstra test for a monotone trend of ordinal or numeric values across
 * ordered groups (years, panel waves), two-sided, normal approximation with the exact
 * null variance under ties (Hollander & Wolfe 1999, §6.2; Lehmann 1975).
 *
 * Why JT rather than Spearman with the wave index: it treats waves as ordered but not
 * equally spaced, it is the sum of the pairwise Mann–Whitney U's that the group comparisons
 * already report (so its effect size is a pooled Cliff's δ), and its tie-corrected variance
 * is exact under permutation, which matters for 5- or 7-point scales where nearly all
 * values are tied. Spearman with the wave index treats the massive ties in the index as
 * ranks and its t-based p is only approximate.
 *
 * The statistic is J = Σ_{i<j} #{(x in group i, y in group j): x < y} + ½ #{x = y};
 * effect 'jt-delta' = (2J − Σ_{i<j} nᵢnⱼ) / Σ_{i<j} nᵢnⱼ in [−1, 1], positive for an
 * increasing trend.
 */
export function jonckheereTerpstra(groups: readonly (readonly number[])[]): TestResult & {
  readonly z: number;
  readonly variance: number;
} {
  const groupSizes = groups.map((group) => group.length);
  const k = groups.length;
  let n = 0;
  for (const size of groupSizes) n += size;
  const nonEmpty = groupSizes.filter((size) => size > 0).length;
  if (nonEmpty < 2) {
    return {
      ...degenerateResult('jonckheere-terpstra', groupSizes, 'fewer than two non-empty groups'),
      z: Number.NaN,
      variance: 0,
    };
  }
  const values = new Float64Array(n);
  const labels = new Int32Array(n);
  let offset = 0;
  for (let g = 0; g < k; g++) {
    const group = groups[g] as readonly number[];
    for (const value of group) {
      if (!Number.isFinite(value))
        throw new RangeError(`trend values must be finite, got ${value}`);
      values[offset] = value;
      labels[offset] = g;
      offset++;
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((left, right) => (values[left] as number) - (values[right] as number));
  // One sweep over tied blocks: for a value in group j, the values below it in earlier
  // groups count 1, tied ones ½.
  const belowCount = new Float64Array(k);
  const tiedCount = new Float64Array(k);
  let j2 = 0;
  let tieTerm1 = 0; // Σ t(t − 1)(2t + 5)
  let tieTerm2 = 0; // Σ t(t − 1)(t − 2)
  let tieTerm3 = 0; // Σ t(t − 1)
  let start = 0;
  while (start < n) {
    const value = values[order[start] as number] as number;
    let end = start + 1;
    while (end < n && values[order[end] as number] === value) end++;
    tiedCount.fill(0);
    for (let s = start; s < end; s++) {
      const g = labels[order[s] as number] as number;
      tiedCount[g] = (tiedCount[g] as number) + 1;
    }
    let belowBefore = 0;
    let tiedBefore = 0;
    for (let g = 0; g < k; g++) {
      const tied = tiedCount[g] as number;
      j2 += tied * (2 * belowBefore + tiedBefore);
      belowBefore += belowCount[g] as number;
      tiedBefore += tied;
      belowCount[g] = (belowCount[g] as number) + tied;
    }
    const t = end - start;
    tieTerm1 += t * (t - 1) * (2 * t + 5);
    tieTerm2 += t * (t - 1) * (t - 2);
    tieTerm3 += t * (t - 1);
    start = end;
  }
  const statistic = j2 / 2;
  let pairs = 0;
  let groupTerm1 = 0; // Σ nᵢ(nᵢ − 1)(2nᵢ + 5)
  let groupTerm2 = 0; // Σ nᵢ(nᵢ − 1)(nᵢ − 2)
  let groupTerm3 = 0; // Σ nᵢ(nᵢ − 1)
  let seen = 0;
  for (const size of groupSizes) {
    pairs += seen * size;
    seen += size;
    groupTerm1 += size * (size - 1) * (2 * size + 5);
    groupTerm2 += size * (size - 1) * (size - 2);
    groupTerm3 += size * (size - 1);
  }
  const mean = pairs / 2;
  const variance =
    (n * (n - 1) * (2 * n + 5) - groupTerm1 - tieTerm1) / 72 +
    (groupTerm2 * tieTerm2) / (36 * n * (n - 1) * (n - 2)) +
    (groupTerm3 * tieTerm3) / (8 * n * (n - 1));
  const effect = { measure: 'jt-delta' as const, value: (2 * statistic - pairs) / pairs };
  if (!(variance > 1e-12)) {
    return {
      test: 'jonckheere-terpstra',
      statistic: { name: 'J', value: statistic },
      p: 1,
      effect,
      groupSizes,
      note: 'all values are tied',
      z: 0,
      variance: 0,
    };
  }
  const z = (statistic - mean) / Math.sqrt(variance);
  return {
    test: 'jonckheere-terpstra',
    statistic: { name: 'J', value: statistic },
    p: clampProbability(2 * normalSf(Math.abs(z))),
    effect,
    groupSizes,
    method: 'asymptotic',
    z,
    variance,
  };
}

/**
 * Cochran–Armitage test for a trend in proportions across ordered groups, identical to R
 * `prop.trend.test(successes, totals, score)`: χ² = [Σ sᵢ(xᵢ − nᵢp̄)]² / (p̄(1 − p̄) Σ nᵢ(sᵢ − s̄)²)
 * with s̄ weighted by nᵢ, 1 df. Default scores 1..k. `slope` is the weighted least-squares
 * slope of the proportion on the score (its sign gives the direction).
 */
export function cochranArmitage(
  successes: readonly number[],
  totals: readonly number[],
  scores: readonly number[] = successes.map((_, i) => i + 1),
): TestResult & { readonly slope: number } {
  if (successes.length !== totals.length || scores.length !== totals.length) {
    throw new RangeError('cochranArmitage needs successes, totals and scores of equal length');
  }
  let sumN = 0;
  let sumX = 0;
  let sumNS = 0;
  for (let i = 0; i < totals.length; i++) {
    const x = successes[i] as number;
    const size = totals[i] as number;
    if (!(x >= 0 && x <= size))
      throw new RangeError(`need 0 ≤ successes ≤ total, got ${x}/${size}`);
    sumN += size;
    sumX += x;
    sumNS += size * (scores[i] as number);
  }
  const groupSizes = [...totals];
  const proportion = sumX / sumN;
  const meanScore = sumNS / sumN;
  let numerator = 0;
  let scoreSpread = 0;
  for (let i = 0; i < totals.length; i++) {
    const size = totals[i] as number;
    const centred = (scores[i] as number) - meanScore;
    numerator += centred * ((successes[i] as number) - size * proportion);
    scoreSpread += size * centred * centred;
  }
  if (!(sumN > 0) || proportion === 0 || proportion === 1 || scoreSpread === 0) {
    return {
      ...degenerateResult(
        'cochran-armitage',
        groupSizes,
        'no variation in the outcome or in the scores of non-empty groups',
      ),
      slope: 0,
    };
  }
  const statistic = (numerator * numerator) / (proportion * (1 - proportion) * scoreSpread);
  const slope = numerator / scoreSpread;
  return {
    test: 'cochran-armitage',
    statistic: { name: 'χ²', value: statistic },
    df: [1],
    p: clampProbability(chiSquareSf(statistic, 1)),
    effect: { measure: 'proportion-slope', value: slope },
    groupSizes,
    method: 'asymptotic',
    slope,
  };
}
