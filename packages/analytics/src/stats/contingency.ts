import { chiSquareSf, logChoose } from './distributions.ts';
import { createRandom } from './random.ts';
import { clampProbability, type TestResult } from './test-result.ts';

export interface MonteCarloOptions {
  readonly replicates: number;
  readonly seed: number;
}

export interface ChiSquareOptions {
  /** Monte-Carlo p as R `chisq.test(simulate.p.value = TRUE, B = replicates)`. */
  readonly monteCarlo?: MonteCarloOptions;
  /** Yates' correction for 2×2 tables, as R's default `correct = TRUE`. Off by default. */
  readonly continuityCorrection?: boolean;
}

export interface ChiSquareResult extends TestResult {
  /** Expected counts under independence, same shape as the input (0 for empty margins). */
  readonly expected: number[][];
  /**
   * Adjusted standardized residuals, R `chisq.test()$stdres`:
   * (O − E) / sqrt(E (1 − rowTotal/n)(1 − colTotal/n)); approximately N(0, 1) per cell.
   */
  readonly standardizedResiduals: number[][];
  /**
   * Cramér's V = sqrt(χ² / (n (min(r, c) − 1))). Biased upward in small samples (it is
   * never 0 under the null); compare it between tables only at similar n.
   */
  readonly cramersV: number;
  /** The Pearson statistic's own asymptotic p, kept when `p` is Monte-Carlo. */
  readonly asymptoticP: number;
}

function validateTable(table: readonly (readonly number[])[]): void {
  const columns = table[0]?.length ?? 0;
  for (const row of table) {
    if (row.length !== columns) throw new RangeError('contingency table rows differ in length');
    for (const count of row) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`contingency counts must be non-negative integers, got ${count}`);
      }
    }
  }
}

function margins(table: readonly (readonly number[])[]): {
  rowTotals: number[];
  columnTotals: number[];
  total: number;
} {
  const columns = table[0]?.length ?? 0;
  const rowTotals = table.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = new Array<number>(columns).fill(0);
  for (const row of table) {
    for (let j = 0; j < columns; j++)
      columnTotals[j] = (columnTotals[j] as number) + (row[j] as number);
  }
  const total = rowTotals.reduce((sum, count) => sum + count, 0);
  return { rowTotals, columnTotals, total };
}

/**
 * A random r×c table with the given margins, drawn from the null distribution of
 * independence given the margins (the multiple hypergeometric), as R `r2dtable`
 * (Patefield 1981, AS 159). Each cell is drawn from its conditional hypergeometric
 * distribution, searching outward from the mode, so a draw costs O(sd) not O(n).
 * `logFactorials` must hold ln k! for k = 0..n.
 */
export function randomTableWithMargins(
  rowTotals: readonly number[],
  columnTotals: readonly number[],
  random: () => number,
  logFactorials: Float64Array = logFactorialTable(rowTotals.reduce((s, t) => s + t, 0)),
  into?: Int32Array,
): Int32Array {
  const rows = rowTotals.length;
  const columns = columnTotals.length;
  const table = into ?? new Int32Array(rows * columns);
  const columnRemaining = Int32Array.from(columnTotals);
  let poolRemaining = columnTotals.reduce((s, t) => s + t, 0);
  for (let i = 0; i < rows - 1; i++) {
    let rowRemaining = rowTotals[i] as number;
    let population = poolRemaining;
    for (let j = 0; j < columns - 1; j++) {
      const successes = columnRemaining[j] as number;
      const draw = sampleHypergeometric(population, successes, rowRemaining, logFactorials, random);
      table[i * columns + j] = draw;
      population -= successes;
      rowRemaining -= draw;
      columnRemaining[j] = successes - draw;
    }
    table[i * columns + columns - 1] = rowRemaining;
    columnRemaining[columns - 1] = (columnRemaining[columns - 1] as number) - rowRemaining;
    poolRemaining -= rowTotals[i] as number;
  }
  for (let j = 0; j < columns; j++) table[(rows - 1) * columns + j] = columnRemaining[j] as number;
  return table;
}

export function logFactorialTable(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/** Inversion from the mode outward; a fixed enumeration order keeps it an exact sampler. */
function sampleHypergeometric(
  population: number,
  successes: number,
  draws: number,
  lf: Float64Array,
  random: () => number,
): number {
  if (draws === 0 || successes === 0) return 0;
  const failures = population - successes;
  if (failures === 0) return draws;
  const lower = Math.max(0, draws - failures);
  const upper = Math.min(draws, successes);
  if (lower === upper) return lower;
  const mode = Math.min(
    upper,
    Math.max(lower, Math.floor(((draws + 1) * (successes + 1)) / (population + 2))),
  );
  const modeProbability = Math.exp(
    (lf[successes] as number) -
      (lf[mode] as number) -
      (lf[successes - mode] as number) +
      (lf[failures] as number) -
      (lf[draws - mode] as number) -
      (lf[failures - draws + mode] as number) -
      (lf[population] as number) +
      (lf[draws] as number) +
      (lf[population - draws] as number),
  );
  let u = random();
  for (;;) {
    let cumulative = modeProbability;
    if (u <= cumulative) return mode;
    let high = mode;
    let low = mode;
    let highProbability = modeProbability;
    let lowProbability = modeProbability;
    while (high < upper || low > lower) {
      if (high < upper) {
        highProbability *=
          ((successes - high) * (draws - high)) / ((high + 1) * (failures - draws + high + 1));
        high++;
        cumulative += highProbability;
        if (u <= cumulative) return high;
      }
      if (low > lower) {
        lowProbability *=
          (low * (failures - draws + low)) / ((successes - low + 1) * (draws - low + 1));
        low--;
        cumulative += lowProbability;
        if (u <= cumulative) return low;
      }
    }
    // Rounding left the total just below u: rescale, as AS 159 does.
    u = cumulative * random();
  }
}

/**
 * Pearson's chi-square test of independence on an r×c table of counts.
 * Rows or columns with a zero total are left out of the test (R would give NaN); a table
 * with fewer than two non-empty rows or columns gives p = 1 with a note.
 */
export function chiSquareIndependence(
  table: readonly (readonly number[])[],
  options: ChiSquareOptions = {},
): ChiSquareResult {
  validateTable(table);
  const { rowTotals, columnTotals, total } = margins(table);
  const keptRows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const keptColumns = columnTotals.flatMap((t, j) => (t > 0 ? [j] : []));
  const expected = table.map((row, i) =>
    row.map((_, j) => ((rowTotals[i] as number) * (columnTotals[j] as number)) / (total || 1)),
  );
  const standardizedResiduals = table.map((row, i) =>
    row.map((count, j) => {
      const r = rowTotals[i] as number;
      const c = columnTotals[j] as number;
      const variance = (r * c * (total - r) * (total - c)) / (total * total * total);
      return variance > 0 ? (count - (expected[i]?.[j] as number)) / Math.sqrt(variance) : 0;
    }),
  );
  const groupSizes = rowTotals;
  if (keptRows.length < 2 || keptColumns.length < 2) {
    return {
      test: 'chi-square',
      statistic: { name: 'χ²', value: 0 },
      p: 1,
      groupSizes,
      expected,
      standardizedResiduals,
      cramersV: 0,
      asymptoticP: 1,
      note: 'fewer than two non-empty rows or columns',
    };
  }
  const yates =
    options.continuityCorrection === true &&
    keptRows.length === 2 &&
    keptColumns.length === 2 &&
    options.monteCarlo === undefined;
  let statistic = 0;
  for (const i of keptRows) {
    for (const j of keptColumns) {
      const e = expected[i]?.[j] as number;
      const deviation = Math.abs((table[i]?.[j] as number) - e);
      // R: YATES <- min(0.5, abs(x - E)), applied per cell.
      const corrected = yates ? deviation - Math.min(0.5, deviation) : deviation;
      statistic += (corrected * corrected) / e;
    }
  }
  const df = (keptRows.length - 1) * (keptColumns.length - 1);
  const asymptoticP = clampProbability(chiSquareSf(statistic, df));
  const cramersV = Math.sqrt(
    statistic / (total * (Math.min(keptRows.length, keptColumns.length) - 1)),
  );
  const base = {
    test: 'chi-square' as const,
    statistic: { name: 'χ²' as const, value: statistic },
    df: [df],
    effect: { measure: 'cramers-v' as const, value: cramersV },
    groupSizes,
    expected,
    standardizedResiduals,
    cramersV,
    asymptoticP,
  };
  if (options.monteCarlo === undefined) {
    return { ...base, p: asymptoticP, method: 'asymptotic' };
  }
  const p = monteCarloP(
    keptRows.map((i) => rowTotals[i] as number),
    keptColumns.map((j) => columnTotals[j] as number),
    statistic,
    total,
    options.monteCarlo,
  );
  return { ...base, p, method: 'monte-carlo' };
}

/** R: (1 + #{simulated ≥ (1 − 64ε) · observed}) / (B + 1). */
function monteCarloP(
  rowTotals: readonly number[],
  columnTotals: readonly number[],
  observed: number,
  total: number,
  { replicates, seed }: MonteCarloOptions,
): number {
  if (!Number.isInteger(replicates) || replicates < 1) {
    throw new RangeError(`Monte-Carlo replicates must be a positive integer, got ${replicates}`);
  }
  const random = createRandom(seed);
  const logFactorials = logFactorialTable(total);
  const rows = rowTotals.length;
  const columns = columnTotals.length;
  const inverseExpected = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      inverseExpected[i * columns + j] =
        total / ((rowTotals[i] as number) * (columnTotals[j] as number));
    }
  }
  const threshold = (1 - 64 * Number.EPSILON) * observed;
  const simulated = new Int32Array(rows * columns);
  let atLeast = 0;
  for (let b = 0; b < replicates; b++) {
    randomTableWithMargins(rowTotals, columnTotals, random, logFactorials, simulated);
    // Σ (O − E)² / E = Σ O² / E − n
    let sum = 0;
    for (let k = 0; k < simulated.length; k++) {
      const o = simulated[k] as number;
      sum += o * o * (inverseExpected[k] as number);
    }
    if (sum - total >= threshold) atLeast++;
  }
  return (1 + atLeast) / (replicates + 1);
}

export interface FisherResult extends TestResult {
  /** Conditional maximum-likelihood odds ratio, as R `fisher.test()$estimate`. */
  readonly oddsRatio: number;
  /** Sample (unconditional) odds ratio ad / bc; Infinity or NaN when a cell is 0. */
  readonly sampleOddsRatio: number;
}

/**
 * Fisher's exact test on a 2×2 table, two-sided as R `fisher.test`: the sum of the
 * probabilities of all tables with the observed margins that are no more probable than the
 * observed one, with R's relative tolerance 1e-7.
 */
export function fisherExact2x2(table: readonly (readonly number[])[]): FisherResult {
  validateTable(table);
  if (table.length !== 2 || table[0]?.length !== 2) {
    throw new RangeError('fisherExact2x2 needs a 2×2 table');
  }
  const a = table[0]?.[0] as number;
  const b = table[0]?.[1] as number;
  const c = table[1]?.[0] as number;
  const d = table[1]?.[1] as number;
  // R's parametrisation: x = a ~ Hypergeometric(m = a + c, n = b + d, k = a + b).
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const lower = Math.max(0, k - n);
  const upper = Math.min(k, m);
  const support = upper - lower + 1;
  const logDensity = new Float64Array(support);
  for (let s = 0; s < support; s++) {
    const x = lower + s;
    logDensity[s] = logChoose(m, x) + logChoose(n, k - x) - logChoose(m + n, k);
  }
  const sampleOddsRatio = (a * d) / (b * c);
  const groupSizes = [a + b, c + d];
  if (support === 1) {
    return {
      test: 'fisher-exact',
      p: 1,
      groupSizes,
      method: 'exact',
      oddsRatio: Number.NaN,
      sampleOddsRatio,
      note: 'a margin is zero: only one table is possible',
    };
  }
  const observed = Math.exp(logDensity[a - lower] as number) * (1 + 1e-7);
  let p = 0;
  for (let s = 0; s < support; s++) {
    const density = Math.exp(logDensity[s] as number);
    if (density <= observed) p += density;
  }
  const oddsRatio = conditionalOddsRatio(a, lower, upper, logDensity);
  return {
    test: 'fisher-exact',
    p: clampProbability(p),
    effect: { measure: 'odds-ratio', value: oddsRatio },
    groupSizes,
    method: 'exact',
    oddsRatio,
    sampleOddsRatio,
  };
}

/** Mean of the noncentral hypergeometric with log odds ratio θ (R's mnhyper). */
function noncentralMean(
  theta: number,
  lower: number,
  logDensity: Float64Array,
): {
  mean: number;
  variance: number;
} {
  let maximum = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < logDensity.length; s++) {
    maximum = Math.max(maximum, (logDensity[s] as number) + theta * (lower + s));
  }
  let weight = 0;
  let first = 0;
  let second = 0;
  for (let s = 0; s < logDensity.length; s++) {
    const x = lower + s;
    const w = Math.exp((logDensity[s] as number) + theta * x - maximum);
    weight += w;
    first += w * x;
    second += w * x * x;
  }
  const mean = first / weight;
  return { mean, variance: second / weight - mean * mean };
}

/** Solves E[X | ψ] = x for ψ (R's fisher.test mle), by safeguarded Newton on θ = ln ψ. */
function conditionalOddsRatio(
  x: number,
  lower: number,
  upper: number,
  logDensity: Float64Array,
): number {
  if (x === lower) return 0;
  if (x === upper) return Number.POSITIVE_INFINITY;
  let low = -1;
  let high = 1;
  while (noncentralMean(low, lower, logDensity).mean > x) low *= 2;
  while (noncentralMean(high, lower, logDensity).mean < x) high *= 2;
  let theta = 0;
  for (let i = 0; i < 200; i++) {
    const { mean, variance } = noncentralMean(theta, lower, logDensity);
    if (mean < x) low = theta;
    else high = theta;
    let next = theta - (mean - x) / variance;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - theta) < 1e-14) {
      theta = next;
      break;
    }
    theta = next;
  }
  return Math.exp(theta);
}

export interface CategoricalTestOptions {
  /** Replicates and seed for the Monte-Carlo p of sparse tables. Default 2000, seed 1. */
  readonly monteCarlo?: MonteCarloOptions;
}

/**
 * Picks the test for an r×c table of counts (rows = groups, columns = options):
 * - 2×2 (after dropping empty rows/columns) with any expected count < 5: Fisher's exact test;
 * - larger tables with more than 20 % of expected counts < 5 (Cochran's rule): chi-square
 *   with a Monte-Carlo p;
 * - otherwise the asymptotic chi-square test.
 * The effect is always Cramér's V so that patterns rank on one scale; the Fisher result
 * keeps its odds ratios besides.
 */
export function testCategoricalAssociation(
  table: readonly (readonly number[])[],
  options: CategoricalTestOptions = {},
): ChiSquareResult | (FisherResult & { readonly cramersV: number }) {
  const chiSquare = chiSquareIndependence(table);
  const { rowTotals, columnTotals } = margins(table);
  const keptRows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const keptColumns = columnTotals.flatMap((t, j) => (t > 0 ? [j] : []));
  if (keptRows.length < 2 || keptColumns.length < 2) return chiSquare;
  let small = 0;
  for (const i of keptRows) {
    for (const j of keptColumns) if ((chiSquare.expected[i]?.[j] as number) < 5) small++;
  }
  const cells = keptRows.length * keptColumns.length;
  if (cells === 4 && small > 0) {
    const reduced = keptRows.map((i) => keptColumns.map((j) => table[i]?.[j] as number));
    const fisher = fisherExact2x2(reduced);
    return {
      ...fisher,
      groupSizes: rowTotals,
      effect: { measure: 'cramers-v', value: chiSquare.cramersV },
      cramersV: chiSquare.cramersV,
    };
  }
  if (small / cells > 0.2) {
    return chiSquareIndependence(table, {
      monteCarlo: options.monteCarlo ?? { replicates: 2000, seed: 1 },
    });
  }
  return chiSquare;
}
