/** Placements of one stones signifier: stone id → position in the unit square. */
export type StonesValue = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

export interface StoneDescription {
  readonly stoneId: string;
  readonly placed: number;
  /** Answers (not not-applicable) in which this stone was left unplaced. */
  readonly unplaced: number;
  /** Mean position; NaN when never placed. */
  readonly centre: { readonly x: number; readonly y: number };
  /** Sample standard deviation (n − 1) per axis; NaN when placed fewer than twice. */
  readonly spread: { readonly x: number; readonly y: number };
  /**
   * Counts per quadrant, index = (x ≥ 0.5 ? 1 : 0) + (y ≥ 0.5 ? 2 : 0):
   * [low x low y, high x low y, low x high y, high x high y].
   */
  readonly quadrants: readonly [number, number, number, number];
  /**
   * Counts per cell of a 3 × 3 grid, index = row · 3 + column with column = ⌊3x⌋ and
   * row = ⌊3y⌋ (clamped to 2, so x = 1 is in the last column); row 0 is y < 1/3.
   */
  readonly zones: readonly number[];
}

export interface StonesDescription {
  /** Answers given (null values, i.e. not applicable, left out). */
  readonly n: number;
  readonly nNotApplicable: number;
  readonly stones: readonly StoneDescription[];
}

/** Descriptives per stone of a stones signifier, for the stones defined in the framework. */
export function describeStones(
  values: readonly (StonesValue | null)[],
  stoneIds: readonly string[],
): StonesDescription {
  let n = 0;
  for (const value of values) if (value !== null) n++;
  const stones = stoneIds.map((stoneId) => {
    let placed = 0;
    let sumX = 0;
    let sumY = 0;
    let sumXX = 0;
    let sumYY = 0;
    const quadrants: [number, number, number, number] = [0, 0, 0, 0];
    const zones = new Array<number>(9).fill(0);
    // Shifted sums around the first point keep the variance accurate.
    let shiftX = Number.NaN;
    let shiftY = Number.NaN;
    for (const value of values) {
      const position = value?.[stoneId];
      if (position === undefined) continue;
      const { x, y } = position;
      if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
        throw new RangeError(`stone ${stoneId} outside the unit square: ${x}, ${y}`);
      }
      if (placed === 0) {
        shiftX = x;
        shiftY = y;
      }
      placed++;
      const dx = x - shiftX;
      const dy = y - shiftY;
      sumX += dx;
      sumY += dy;
      sumXX += dx * dx;
      sumYY += dy * dy;
      const quadrant = (x >= 0.5 ? 1 : 0) + (y >= 0.5 ? 2 : 0);
      quadrants[quadrant as 0 | 1 | 2 | 3]++;
      const zone = Math.min(2, Math.floor(3 * y)) * 3 + Math.min(2, Math.floor(3 * x));
      zones[zone] = (zones[zone] as number) + 1;
    }
    const sd = (sum: number, squares: number) =>
      placed < 2
        ? Number.NaN
        : Math.sqrt(Math.max(0, (squares - (sum * sum) / placed) / (placed - 1)));
    return {
      stoneId,
      placed,
      unplaced: n - placed,
      centre: {
        x: placed === 0 ? Number.NaN : shiftX + sumX / placed,
        y: placed === 0 ? Number.NaN : shiftY + sumY / placed,
      },
      spread: { x: sd(sumX, sumXX), y: sd(sumY, sumYY) },
      quadrants,
      zones,
    };
  });
  return { n, nNotApplicable: values.length - n, stones };
}
