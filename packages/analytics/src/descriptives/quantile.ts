/**
 * Sample quantile of sorted values, R type 7 (the default of R `quantile` and NumPy
 * `quantile(method='linear')`): h = (n − 1) q, linear interpolation between neighbours.
 * NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
  const h = (n - 1) * q;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  const lower = sorted[low] as number;
  return lower + (h - low) * ((sorted[high] as number) - lower);
}

/** Non-null values as a sorted Float64Array, and how many were null. */
export function sortedPresent(values: readonly (number | null)[]): {
  sorted: Float64Array;
  nNotApplicable: number;
} {
  let present = 0;
  for (const value of values) if (value !== null) present++;
  const sorted = new Float64Array(present);
  let k = 0;
  for (const value of values) {
    if (value === null) continue;
    if (!Number.isFinite(value)) throw new RangeError(`values must be finite, got ${value}`);
    sorted[k++] = value;
  }
  sorted.sort();
  return { sorted, nNotApplicable: values.length - present };
}
