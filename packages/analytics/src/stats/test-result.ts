/** The tests this package runs; the pattern scan reports them by this name. */
export type TestName =
  | 'mann-whitney'
  | 'kruskal-wallis'
  | 'chi-square'
  | 'fisher-exact'
  | 'spearman'
  | 'hotelling-t2'
  | 'manova-pillai'
  | 'jonckheere-terpstra'
  | 'cochran-armitage';

export type EffectMeasure =
  | 'cliffs-delta'
  | 'epsilon-squared'
  | 'cramers-v'
  | 'odds-ratio'
  | 'rho'
  | 'pillai-trace'
  | 'mahalanobis-d2'
  | 'jt-delta'
  | 'proportion-slope';

export interface Effect {
  readonly measure: EffectMeasure;
  readonly value: number;
}

/**
 * One hypothesis test. Degenerate data (all values tied, zero variance, a singular
 * covariance, fewer than two non-empty groups after dropping empty ones) never yields a
 * NaN p: the test returns `p = 1`, `statistic` NaN or 0, and a `note` saying why.
 * Invalid input (a group that must not be empty is empty, non-finite values) throws a
 * RangeError instead.
 */
export interface TestResult {
  readonly test: TestName;
  readonly statistic: number;
  /** Degrees of freedom, when the reference distribution has them. */
  readonly df?: readonly number[];
  /** Two-sided p-value, always in [0, 1]. */
  readonly p: number;
  readonly effect?: Effect;
  readonly groupSizes: readonly number[];
  readonly method?: 'exact' | 'asymptotic' | 'monte-carlo' | 'permutation';
  /** Why the result is degenerate (p = 1 by convention), or what was adjusted. */
  readonly note?: string;
}

/** The result for data on which the test is undefined: p = 1 and a reason. */
export function degenerateResult(
  test: TestName,
  groupSizes: readonly number[],
  note: string,
): TestResult {
  return { test, statistic: Number.NaN, p: 1, groupSizes, note };
}

/** Clamps rounding noise so that every p lies in [0, 1]. */
export function clampProbability(p: number): number {
  if (Number.isNaN(p)) return 1;
  return p < 0 ? 0 : Math.min(p, 1);
}
