/**
 * Benjamini–Hochberg adjusted p-values (q-values), identical to R
 * `p.adjust(p, method = "BH")`: q_(i) = min_{j ≥ i} min(1, m / j · p_(j)). NaN entries stay
 * NaN and do not count in m, as R does with NA.
 */
export function adjustBenjaminiHochberg(p: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const value = p[i] as number;
    if (!Number.isNaN(value)) {
      if (value < 0 || value > 1) throw new RangeError(`p-value out of [0, 1]: ${value}`);
      order.push(i);
    }
  }
  const m = order.length;
  order.sort((left, right) => (p[right] as number) - (p[left] as number));
  const adjusted = new Array<number>(p.length).fill(Number.NaN);
  let runningMinimum = 1;
  for (let position = 0; position < m; position++) {
    const index = order[position] as number;
    const rank = m - position;
    runningMinimum = Math.min(runningMinimum, ((p[index] as number) * m) / rank);
    adjusted[index] = runningMinimum;
  }
  return adjusted;
}
