import { quantileSorted, sortedPresent } from './quantile.ts';

export interface DyadOptions {
  /**
   * Bin edges in ascending order (k + 1 edges for k bins), or a number of equal-width bins
   * on [0, 1]. Bins are [left, right) except the last, which is closed. Default 10 bins.
   */
  readonly bins?: number | readonly number[];
  /** A value ≤ low counts at the left extreme; default 0.05. */
  readonly low?: number;
  /** A value ≥ high counts at the right extreme; default 0.95. */
  readonly high?: number;
}

export interface DyadDescription {
  readonly n: number;
  readonly nNotApplicable: number;
  readonly histogram: readonly {
    readonly from: number;
    readonly to: number;
    readonly count: number;
  }[];
  /** NaN when n = 0. */
  readonly mean: number;
  /** Quartiles by R type 7 (= NumPy default); NaN when n = 0. */
  readonly quartiles: readonly [number, number, number];
  readonly median: number;
  /** Shares of n at the left (≤ low) and right (≥ high) extremes; 0 when n = 0. */
  readonly lowShare: number;
  readonly highShare: number;
}

function binEdges(bins: number | readonly number[]): readonly number[] {
  if (typeof bins !== 'number') {
    for (let i = 1; i < bins.length; i++) {
      if (!((bins[i] as number) > (bins[i - 1] as number))) {
        throw new RangeError('bin edges must be strictly increasing');
      }
    }
    if (bins.length < 2) throw new RangeError('need at least two bin edges');
    return bins;
  }
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`bins must be a positive integer, got ${bins}`);
  return Array.from({ length: bins + 1 }, (_, i) => i / bins);
}

/** Descriptives of a dyad signifier (values in [0, 1], null = not applicable). */
export function describeDyads(
  values: readonly (number | null)[],
  options: DyadOptions = {},
): DyadDescription {
  const { sorted, nNotApplicable } = sortedPresent(values);
  const n = sorted.length;
  const edges = binEdges(options.bins ?? 10);
  const counts = new Array<number>(edges.length - 1).fill(0);
  const low = options.low ?? 0.05;
  const high = options.high ?? 0.95;
  let sum = 0;
  let lowCount = 0;
  let highCount = 0;
  let bin = 0;
  const last = edges.length - 2;
  for (const value of sorted) {
    sum += value;
    if (value <= low) lowCount++;
    if (value >= high) highCount++;
    // Sorted input: the bin index only moves forward.
    while (bin < last && value >= (edges[bin + 1] as number)) bin++;
    if (value >= (edges[0] as number) && value <= (edges[last + 1] as number)) {
      counts[bin] = (counts[bin] as number) + 1;
    }
  }
  const quartiles = [
    quantileSorted(sorted, 0.25),
    quantileSorted(sorted, 0.5),
    quantileSorted(sorted, 0.75),
  ] as const;
  return {
    n,
    nNotApplicable,
    histogram: counts.map((count, i) => ({
      from: edges[i] as number,
      to: edges[i + 1] as number,
      count,
    })),
    mean: n === 0 ? Number.NaN : sum / n,
    quartiles,
    median: quartiles[1],
    lowShare: n === 0 ? 0 : lowCount / n,
    highShare: n === 0 ? 0 : highCount / n,
  };
}
