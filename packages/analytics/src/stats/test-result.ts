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

/** How a test's statistic is written: U of Mann–Whitney, H of Kruskal–Wallis, and so on. */
export type StatisticName = 'U' | 'H' | 'χ²' | 'ρ' | 'T²' | 'F' | 'J';

/**
 * The statistic of a test as it is reported ("U = 120"), so that a reader of any result can
 * print it without knowing the test. Hotelling's test reports T² (its p comes from the F
 * transform with `df`); MANOVA reports Pillai's F approximation (V is its effect).
 */
export interface TestStatistic {
  readonly name: StatisticName;
  readonly value: number;
}

/** The statistic each test reports; Fisher's exact test has none (its p is exact). */
export const STATISTIC_OF: Readonly<Record<TestName, StatisticName | undefined>> = {
  'mann-whitney': 'U',
  'kruskal-wallis': 'H',
  'chi-square': 'χ²',
  'fisher-exact': undefined,
  spearman: 'ρ',
  'hotelling-t2': 'T²',
  'manova-pillai': 'F',
  'jonckheere-terpstra': 'J',
  'cochran-armitage': 'χ²',
};

/** The named statistic of `test` with this value. */
export function statisticOf(test: TestName, value: number): TestStatistic | undefined {
  const name = STATISTIC_OF[test];
  return name === undefined ? undefined : { name, value };
}

export interface Effect {
  readonly measure: EffectMeasure;
  readonly value: number;
}

/**
 * One hypothesis test. Degenerate data (all values tied, zero variance, a singular
 * covariance, fewer than two non-empty groups after dropping empty ones) never yields a
 * NaN p: the test returns `p = 1`, a statistic of value NaN or 0, and a `note` saying why.
 * Invalid input (a group that must not be empty is empty, non-finite values) throws a
 * RangeError instead.
 */
export interface TestResult {
  readonly test: TestName;
  /** The test's statistic, named; absent for a test that has none (Fisher's exact test). */
  readonly statistic?: TestStatistic;
  /** Degrees of freedom of the distribution p is taken from (χ², t, F), when it has them. */
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
  const statistic = statisticOf(test, Number.NaN);
  return { test, ...(statistic ? { statistic } : {}), p: 1, groupSizes, note };
}

/** Clamps rounding noise so that every p lies in [0, 1]. */
export function clampProbability(p: number): number {
  if (Number.isNaN(p)) return 1;
  return p < 0 ? 0 : Math.min(p, 1);
}
