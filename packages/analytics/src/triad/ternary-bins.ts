import type { Triad, TriadValues } from './composition.ts';

/**
 * One cell of a triangular grid with `divisions` steps per side (divisions² cells).
 * Grid coordinates: u = a·d, v = b·d; i = ⌊u⌋, j = ⌊v⌋.
 * - An up-pointing cell 'up:i:j' (i + j ≤ d − 1) has corners (a, b) = (i, j), (i+1, j),
 *   (i, j+1) divided by d;
 * - a down-pointing cell 'down:i:j' (i + j ≤ d − 2) has corners (i+1, j), (i, j+1), (i+1, j+1).
 * A point goes to 'down:i:j' when frac(u) + frac(v) ≥ 1, else to 'up:i:j'. Cells are
 * half-open towards larger a and b, and points on the outer sides (a = 1, b = 1 or c = 0)
 * are clamped into the adjacent up cell, so every triad is in exactly one bin.
 */
export interface TernaryBin {
  readonly id: string;
  readonly orientation: 'up' | 'down';
  readonly i: number;
  readonly j: number;
  readonly count: number;
  readonly corners: readonly [Triad, Triad, Triad];
}

/** Index of a triad's bin in the flat layout (i·d + j)·2 + (down ? 1 : 0). */
export function ternaryBinIndex(a: number, b: number, divisions: number): number {
  const d = divisions;
  const u = a * d;
  const v = b * d;
  let i = Math.floor(u);
  let j = Math.floor(v);
  if (i > d - 1) i = d - 1;
  if (j > d - 1) j = d - 1;
  if (i < 0) i = 0;
  if (j < 0) j = 0;
  if (i + j > d - 1) j = d - 1 - i; // on or (by rounding) just past the side c = 0
  const down = u - i + (v - j) >= 1 && i + j <= d - 2;
  return (i * d + j) * 2 + (down ? 1 : 0);
}

function corner(i: number, j: number, d: number): Triad {
  const a = i / d;
  const b = j / d;
  return { a, b, c: Math.max(0, 1 - a - b) };
}

/** Counts per bin, every cell of the grid included (also empty ones, for drawing). */
export function ternaryBins(values: TriadValues, divisions: number): TernaryBin[] {
  if (!Number.isInteger(divisions) || divisions < 1) {
    throw new RangeError(`divisions must be a positive integer, got ${divisions}`);
  }
  const d = divisions;
  const counts = new Uint32Array(d * d * 2);
  for (const value of values) {
    if (value === null) continue;
    const index = ternaryBinIndex(value.a, value.b, d);
    counts[index] = (counts[index] as number) + 1;
  }
  const bins: TernaryBin[] = [];
  for (let i = 0; i < d; i++) {
    for (let j = 0; i + j <= d - 1; j++) {
      bins.push({
        id: `up:${i}:${j}`,
        orientation: 'up',
        i,
        j,
        count: counts[(i * d + j) * 2] as number,
        corners: [corner(i, j, d), corner(i + 1, j, d), corner(i, j + 1, d)],
      });
      if (i + j <= d - 2) {
        bins.push({
          id: `down:${i}:${j}`,
          orientation: 'down',
          i,
          j,
          count: counts[(i * d + j) * 2 + 1] as number,
          corners: [corner(i + 1, j, d), corner(i, j + 1, d), corner(i + 1, j + 1, d)],
        });
      }
    }
  }
  return bins;
}
