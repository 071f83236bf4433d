/** Ranks of pooled values, with the tie information rank tests need. */
export interface Ranking {
  /** Average (mid) ranks, 1-based, in the input order. */
  readonly ranks: Float64Array;
  /** Σ (t³ − t) over groups of tied values. */
  readonly tieSum: number;
  /** Whether any value occurs more than once. */
  readonly hasTies: boolean;
}

/** Average ranks via one sort of an index array; ties share the mean of their ranks. */
export function averageRanks(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) throw new RangeError(`rank input must be finite, got ${value}`);
    order[i] = i;
  }
  order.sort((left, right) => (values[left] as number) - (values[right] as number));
  const ranks = new Float64Array(n);
  let tieSum = 0;
  let start = 0;
  while (start < n) {
    const value = values[order[start] as number] as number;
    let end = start + 1;
    while (end < n && values[order[end] as number] === value) end++;
    const tied = end - start;
    const rank = (start + end + 1) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    if (tied > 1) tieSum += tied * tied * tied - tied;
    start = end;
  }
  return { ranks, tieSum, hasTies: tieSum > 0 };
}
