export interface ScaleDescription {
  /** Answers on the scale (not 'don't know'). */
  readonly n: number;
  /** 'Don't know' / not applicable, passed as null, counted apart. */
  readonly dontKnow: number;
  /** counts[i] and shares[i] are for the value i + 1; shares over n. */
  readonly counts: readonly number[];
  readonly shares: readonly number[];
  /** NaN when n = 0. */
  readonly mean: number;
  /** R type 7, so it may fall halfway between two categories; NaN when n = 0. */
  readonly median: number;
  /** Share of n in the top two categories (k − 1 and k); 0 when n = 0. */
  readonly shareAgreeing: number;
}

/** Descriptives of a scale (Likert) signifier with values 1..k. */
export function describeScale(values: readonly (number | null)[], k: number): ScaleDescription {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`a scale needs k ≥ 2 points, got ${k}`);
  const counts = new Array<number>(k).fill(0);
  let dontKnow = 0;
  let sum = 0;
  for (const value of values) {
    if (value === null) {
      dontKnow++;
      continue;
    }
    if (!Number.isInteger(value) || value < 1 || value > k) {
      throw new RangeError(`scale values must be integers 1..${k}, got ${value}`);
    }
    counts[value - 1] = (counts[value - 1] as number) + 1;
    sum += value;
  }
  const n = values.length - dontKnow;
  // The counts are the sorted sample: the value at 0-based position r is the first
  // category whose cumulative count exceeds r. R type 7 median interpolates two positions.
  const valueAt = (position: number): number => {
    let cumulative = 0;
    for (let i = 0; i < k; i++) {
      cumulative += counts[i] as number;
      if (cumulative > position) return i + 1;
    }
    return k;
  };
  const h = (n - 1) / 2;
  const median =
    n === 0
      ? Number.NaN
      : valueAt(Math.floor(h)) + (h % 1) * (valueAt(Math.ceil(h)) - valueAt(Math.floor(h)));
  return {
    n,
    dontKnow,
    counts,
    shares: counts.map((count) => (n === 0 ? 0 : count / n)),
    mean: n === 0 ? Number.NaN : sum / n,
    median,
    shareAgreeing: n === 0 ? 0 : ((counts[k - 1] as number) + (counts[k - 2] as number)) / n,
  };
}
