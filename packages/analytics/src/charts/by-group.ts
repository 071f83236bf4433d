import {
  type ChoiceDescription,
  type ChoiceValue,
  describeChoice,
} from '../descriptives/choice.ts';
import { type DyadDescription, type DyadOptions, describeDyads } from '../descriptives/dyads.ts';
import { quantileSorted } from '../descriptives/quantile.ts';
import type { StonesValue } from '../descriptives/stones.ts';
import { type ChiSquareResult, chiSquareIndependence } from '../stats/contingency.ts';
import { inferTriadResolution, type Triad, type TriadValues } from '../triad/composition.ts';
import { describeTriads, type TriadDescription } from '../triad/descriptives.ts';
import { type TernaryBin, ternaryBins } from '../triad/ternary-bins.ts';

/**
 * Aggregations for the explorer's charts, one per chart, each split by a grouping: the
 * values of one question per story, and beside them each story's group (an option id, a
 * collection id; null when the story is in none). Stories whose group is not in `groupIds`
 * are left out; groups come back in the order of `groupIds`.
 */

/** Positions of the stories per group, in the order of `groupIds`. */
function indicesByGroup(
  groups: readonly (string | null)[],
  groupIds: readonly string[],
): Int32Array[] {
  const index = new Map(groupIds.map((id, g) => [id, g]));
  const sizes = new Int32Array(groupIds.length);
  const codes = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const id = groups[i];
    const g = id === null || id === undefined ? undefined : index.get(id);
    codes[i] = g ?? -1;
    if (g !== undefined) sizes[g] = (sizes[g] as number) + 1;
  }
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(groupIds.length);
  for (let i = 0; i < codes.length; i++) {
    const g = codes[i] as number;
    if (g < 0) continue;
    (lists[g] as Int32Array)[filled[g] as number] = i;
    filled[g] = (filled[g] as number) + 1;
  }
  return lists;
}

function pick<T>(values: readonly T[], indices: Int32Array): T[] {
  const out = new Array<T>(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = values[indices[k] as number] as T;
  return out;
}

function checkLengths(values: { length: number }, groups: { length: number }): void {
  if (values.length !== groups.length) {
    throw new RangeError(
      `one group per value needed: ${values.length} values, ${groups.length} groups`,
    );
  }
}

export interface TTernaryGroup {
  group: string;
  description: TriadDescription;
  bins: TernaryBin[];
}

/**
 * Triads by position: an array, or a reader of stored answers that makes each triad when it
 * is asked for (`at(k)` may give a new object each time; null or undefined: none).
 */
export interface TIndexedTriads {
  readonly length: number;
  at(index: number): Triad | null | undefined;
}

/** The triads at these positions, as a sequence read again on each pass. */
function triadsAt(triads: TIndexedTriads, indices: Int32Array | null): TriadValues {
  return {
    *[Symbol.iterator]() {
      const n = indices ? indices.length : triads.length;
      for (let k = 0; k < n; k++) yield triads.at(indices ? indices[k]! : k) ?? null;
    },
  };
}

/**
 * The ternary plot per group: centre, 95 % region, zones, N/A and zero counts
 * (`describeTriads`) and heat-map bins. One resolution for all groups (given, or inferred
 * from every triad), so that zero replacement does not differ between the groups compared.
 * The triads are read per pass, not gathered: a reader over typed columns then keeps no
 * triad object longer than its step.
 */
export function ternaryByGroup(
  triads: TIndexedTriads,
  groups: readonly (string | null)[],
  groupIds: readonly string[],
  options: { divisions?: number; confidence?: number; resolution?: number } = {},
): TTernaryGroup[] {
  checkLengths(triads, groups);
  const resolution = options.resolution ?? inferTriadResolution(triadsAt(triads, null));
  return indicesByGroup(groups, groupIds).map((indices, g) => {
    const values = triadsAt(triads, indices);
    return {
      group: groupIds[g] as string,
      description: describeTriads(values, {
        resolution,
        confidence: options.confidence ?? 0.95,
      }),
      bins: ternaryBins(values, options.divisions ?? 10),
    };
  });
}

/** The dyad histogram with median and quartiles (R type 7), per group. */
export function dyadHistogramByGroup(
  values: readonly (number | null)[],
  groups: readonly (string | null)[],
  groupIds: readonly string[],
  options: DyadOptions = {},
): { group: string; description: DyadDescription }[] {
  checkLengths(values, groups);
  return indicesByGroup(groups, groupIds).map((indices, g) => ({
    group: groupIds[g] as string,
    description: describeDyads(pick(values, indices), options),
  }));
}

/** Bars of a choice question per group: counts and shares per option. */
export function choiceBarsByGroup(
  values: readonly (ChoiceValue | null)[],
  optionIds: readonly string[],
  groups: readonly (string | null)[],
  groupIds: readonly string[],
): { group: string; description: ChoiceDescription }[] {
  checkLengths(values, groups);
  return indicesByGroup(groups, groupIds).map((indices, g) => ({
    group: groupIds[g] as string,
    description: describeChoice(pick(values, indices), optionIds),
  }));
}

export interface TStoneCloud {
  stoneId: string;
  placed: number;
  /** Mean position; NaN when never placed. */
  centre: { x: number; y: number };
  /**
   * The cloud as counts on a grid × grid raster of the unit square, row-major with row
   * k where k/grid ≤ y < (k+1)/grid and column likewise for x (1 goes to the last cell), as
   * NumPy `histogram2d(x, y, bins=[edges, edges])` with edges k/grid (its [x][y] transposed).
   */
  density: number[];
}

/** The cell k with k/grid ≤ value < (k+1)/grid (1 in the last), exact at the edges. */
function cellOf(value: number, grid: number): number {
  let k = Math.floor(value * grid);
  // value · grid may round across an edge; the edges themselves are k / grid.
  if (k / grid > value) k--;
  else if ((k + 1) / grid <= value) k++;
  return Math.max(0, Math.min(grid - 1, k));
}

/** Each stone's cloud (a density raster) and centre, for a stones field. */
export function stoneClouds(
  values: readonly (StonesValue | null)[],
  stoneIds: readonly string[],
  grid = 20,
): TStoneCloud[] {
  if (!Number.isInteger(grid) || grid < 1) {
    throw new RangeError(`grid must be a positive integer, got ${grid}`);
  }
  const k = stoneIds.length;
  const indexOf = new Map(stoneIds.map((id, s) => [id, s]));
  const density = stoneIds.map(() => new Array<number>(grid * grid).fill(0));
  const placed = new Array<number>(k).fill(0);
  const sumX = new Array<number>(k).fill(0);
  const sumY = new Array<number>(k).fill(0);
  // One pass over the answers, over the stones each one placed (not a lookup per stone).
  for (const value of values) {
    if (value === null) continue;
    for (const id in value) {
      const s = indexOf.get(id);
      if (s === undefined) continue;
      const { x, y } = value[id] as { x: number; y: number };
      if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
        throw new RangeError(`stone ${id} outside the unit square: ${x}, ${y}`);
      }
      placed[s] = (placed[s] as number) + 1;
      sumX[s] = (sumX[s] as number) + x;
      sumY[s] = (sumY[s] as number) + y;
      const cell = cellOf(y, grid) * grid + cellOf(x, grid);
      const raster = density[s] as number[];
      raster[cell] = (raster[cell] as number) + 1;
    }
  }
  return stoneIds.map((stoneId, s) => {
    const n = placed[s] as number;
    return {
      stoneId,
      placed: n,
      centre: {
        x: n === 0 ? Number.NaN : (sumX[s] as number) / n,
        y: n === 0 ? Number.NaN : (sumY[s] as number) / n,
      },
      density: density[s] as number[],
    };
  });
}

export interface TContingencyTable {
  rowIds: readonly string[];
  columnIds: readonly string[];
  /** counts[r][c]: stories in row r (a group) with answer c. */
  counts: number[][];
  /** χ² test of independence with expected counts and adjusted standardized residuals. */
  test: ChiSquareResult;
}

/**
 * The cross table of two one-choice answers (rows = groups, columns = options), with the
 * adjusted standardized residuals of R `chisq.test()$stdres` for a heat map. A story
 * without both answers (or with an id not in the lists) is left out.
 */
export function contingencyTable(
  rows: readonly (string | null)[],
  columns: readonly (string | null)[],
  rowIds: readonly string[],
  columnIds: readonly string[],
): TContingencyTable {
  checkLengths(rows, columns);
  const rowIndex = new Map(rowIds.map((id, r) => [id, r]));
  const columnIndex = new Map(columnIds.map((id, c) => [id, c]));
  const counts = rowIds.map(() => new Array<number>(columnIds.length).fill(0));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const column = columns[i];
    if (row === null || row === undefined || column === null || column === undefined) continue;
    const r = rowIndex.get(row);
    const c = columnIndex.get(column);
    if (r === undefined || c === undefined) continue;
    const line = counts[r] as number[];
    line[c] = (line[c] as number) + 1;
  }
  return { rowIds, columnIds, counts, test: chiSquareIndependence(counts) };
}

export interface TTrendPoint {
  collection: string;
  n: number;
  /** NaN when n = 0, as the quartiles (R type 7). */
  mean: number;
  quartiles: [number, number, number];
}

/**
 * A numeric answer (dyad, scale, number) over collections in the given order (years,
 * waves): per collection n, mean and quartiles, for a trend line with a band.
 */
export function trendOverCollections(
  values: readonly (number | null)[],
  collections: readonly (string | null)[],
  collectionOrder: readonly string[],
): TTrendPoint[] {
  checkLengths(values, collections);
  return indicesByGroup(collections, collectionOrder).map((indices, g) => {
    let n = 0;
    for (let k = 0; k < indices.length; k++) {
      const value = values[indices[k] as number];
      if (value !== null && value !== undefined) n++;
    }
    const sorted = new Float64Array(n);
    let sum = 0;
    let filled = 0;
    for (let k = 0; k < indices.length; k++) {
      const value = values[indices[k] as number];
      if (value === null || value === undefined) continue;
      if (!Number.isFinite(value)) throw new RangeError(`values must be finite, got ${value}`);
      sorted[filled++] = value;
      sum += value;
    }
    sorted.sort();
    return {
      collection: collectionOrder[g] as string,
      n,
      mean: n === 0 ? Number.NaN : sum / n,
      quartiles: [
        quantileSorted(sorted, 0.25),
        quantileSorted(sorted, 0.5),
        quantileSorted(sorted, 0.75),
      ],
    };
  });
}
