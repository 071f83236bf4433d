/**
 * How many steps make 1, for a step like 0.01 or 0.0001. Steps that do not divide 1 would
 * leave a remainder that no rounding can place, so they are refused.
 */
export function stepsInUnit(step: number): number {
  const units = Math.round(1 / step);
  if (!(step > 0) || units < 1 || Math.abs(units * step - 1) > 1e-9) {
    throw new RangeError(`Stapgrootte ${step} deelt 1 niet in gelijke stappen`);
  }
  return units;
}

/**
 * Largest-remainder (Hamilton) rounding of shares that sum to 1 into whole counts that sum
 * to `units`. Ties go to the earlier part, so the result is deterministic.
 */
export function largestRemainder(shares: readonly number[], units: number): number[] {
  // Scaled values are cleaned of float noise first: 0.29 * 100 is 28.999999999999996.
  const scaled = shares.map((s) => Math.round(s * units * 1e6) / 1e6);
  const counts = scaled.map(Math.floor);
  let left = units - counts.reduce((sum, n) => sum + n, 0);
  const order = scaled
    .map((v, i) => ({ i, rest: v - Math.floor(v) }))
    .sort((p, q) => q.rest - p.rest || p.i - q.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

export function clampUnit(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** Rounds a value in [0,1] to the nearest multiple of `step`, without float noise. */
export function roundUnit(value: number, step: number): number {
  const units = stepsInUnit(step);
  return Math.round(clampUnit(value) * units) / units;
}
