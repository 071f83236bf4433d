import { planCellSuppression, type TCellStatus } from './cell-suppression';
import { DEFAULT_MIN_CELL_SIZE, DEFAULT_MIN_GROUP_SIZE, type TWithheld } from './types';

/**
 * Counts and shares for anyone outside the research team (interpreters, public reports,
 * panel members), with a defence against differencing.
 *
 * The attack: the count for filter "A" minus the count for "A and not B" is a group of
 * one when B holds one story, and the table of the two shows that story's answer. The
 * defence: what is published depends on the counts only through their *levels*:
 *
 *   0 → 0,   1 … minCell − 1 → "<5",   otherwise → rounded to the nearest multiple of 5,
 *
 * and a group (row) is shown only when its n ≥ minGroupSize. Shares are derived from the
 * rounded counts, never from the exact ones. Secondary suppression ("x", as
 * `planCellSuppression` does for exact tables) is planned on the levels too: a small count
 * stands in as 2, a shown count as its rounded value, so the plan cannot change with an
 * exact count that the rounding hides.
 *
 * So two filters differing by one story publish the same table unless that story's own
 * cell, its group's n, its option's total or the grand total crosses a level step (about
 * one case in five for counts of 10 and more: 7 → 8 rounds 5 → 10). Rounding cannot do
 * better than that (every function of the counts steps somewhere); what it guarantees is
 * that a difference, when there is one, is 5 and not 1, and mostly there is none.
 */

export const DEFAULT_ROUNDING_BASE = 5;

export type TOutsideCount =
  /** A rounded count (a multiple of 5, or 0), and its share of the row (or of the total). */
  | { kind: 'value'; value: number; share: number | null }
  | { kind: 'suppressed'; display: `<${number}` | 'x' };

export interface TOutsideRow {
  kind: 'shown';
  cells: TOutsideCount[];
  total: TOutsideCount;
}

export interface TOutsideTable {
  kind: 'table';
  /** One entry per input row, in order: shown, or withheld (a group under minGroupSize). */
  rows: (TOutsideRow | TWithheld)[];
  /** Per column, over the shown rows. */
  columnTotals: TOutsideCount[];
  /** The rounded n of the shown rows. */
  total: { kind: 'value'; value: number; display: string };
}

export interface TOutsideCountOptions {
  minGroupSize?: number;
  minCellSize?: number;
  /** Counts are rounded to a multiple of this. Default 5. */
  roundTo?: number;
}

type TLevel = { kind: 'zero' } | { kind: 'small' } | { kind: 'rounded'; value: number };

function levelOf(count: number, minCell: number, base: number): TLevel {
  if (count === 0) return { kind: 'zero' };
  if (count < minCell) return { kind: 'small' };
  // Never round a count ≥ minCell down below it: 5, 6, 7 show as 5, not as 0 or "<5".
  return { kind: 'rounded', value: Math.max(base * Math.round(count / base), minCell) };
}

/** The value a level stands in for when planning secondary suppression. */
function standIn(level: TLevel): number {
  return level.kind === 'zero' ? 0 : level.kind === 'small' ? 2 : level.value;
}

function validate(counts: readonly (readonly number[])[]): number {
  const columns = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== columns)
      throw new RangeError('Alle rijen van de tabel moeten even lang zijn.');
    for (const value of row) {
      if (!Number.isInteger(value) || value < 0) {
        throw new RangeError(`Een aantal moet een heel getal ≥ 0 zijn, niet ${value}.`);
      }
    }
  }
  return columns;
}

/**
 * A count table (rows = groups, columns = options or bins; one row for a bar chart) as
 * shown outside the research team. Withheld as a whole when the shown groups together hold
 * fewer than minGroupSize stories, or when no suppression pattern protects the small cells.
 */
export function prepareOutsideCounts(
  counts: readonly (readonly number[])[],
  options: TOutsideCountOptions = {},
): TOutsideTable | TWithheld {
  const minGroup = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const minCell = options.minCellSize ?? DEFAULT_MIN_CELL_SIZE;
  const base = options.roundTo ?? DEFAULT_ROUNDING_BASE;
  if (!(Number.isInteger(base) && base >= 1)) {
    throw new RangeError(`Afronden kan alleen op een heel getal ≥ 1, niet ${base}.`);
  }
  const columns = validate(counts);
  const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const shownRows = counts.flatMap((_, r) => ((rowTotals[r] as number) >= minGroup ? [r] : []));
  const columnTotals = new Array<number>(columns).fill(0);
  for (const r of shownRows) {
    for (let c = 0; c < columns; c++) {
      columnTotals[c] = (columnTotals[c] as number) + (counts[r]?.[c] as number);
    }
  }
  const total = columnTotals.reduce((sum, value) => sum + value, 0);
  if (total < minGroup || shownRows.length === 0) {
    return {
      kind: 'withheld',
      reason: `Minder dan ${minGroup} verhalen; dit tonen we alleen aan het onderzoeksteam.`,
    };
  }
  const level = (count: number) => levelOf(count, minCell, base);
  // The grid of levels (inner cells, then row totals; column totals in the last row).
  const levels: TLevel[][] = shownRows.map((r) => [
    ...(counts[r] as readonly number[]).map(level),
    level(rowTotals[r] as number),
  ]);
  levels.push([...columnTotals.map(level), level(total)]);
  const plan = planCellSuppression(
    levels.map((line) => line.map(standIn)),
    minCell,
  );
  if (!plan) {
    return {
      kind: 'withheld',
      reason:
        'Deze tabel heeft kleine aantallen die ook met verborgen cellen te herleiden zijn; we tonen hem alleen aan het onderzoeksteam.',
    };
  }
  const roundedTotal = standIn(levels[shownRows.length]?.[columns] as TLevel);
  const publish = (cell: TLevel, status: TCellStatus, of: number | null): TOutsideCount => {
    if (status === 'complement') return { kind: 'suppressed', display: 'x' };
    if (cell.kind === 'small' || status === 'small')
      return { kind: 'suppressed', display: `<${minCell}` };
    const value = cell.kind === 'zero' ? 0 : cell.value;
    return { kind: 'value', value, share: of === null || of === 0 ? null : value / of };
  };
  /** The denominator of shares in a line: its rounded total, when that is shown. */
  const shownTotal = (cell: TLevel, status: TCellStatus) =>
    status === 'shown' && cell.kind !== 'small' ? standIn(cell) : null;
  const rows: (TOutsideRow | TWithheld)[] = counts.map(() => ({
    kind: 'withheld',
    reason: `Minder dan ${minGroup} verhalen in deze groep; dit tonen we alleen aan het onderzoeksteam.`,
  }));
  shownRows.forEach((r, i) => {
    const line = levels[i] as TLevel[];
    const status = plan.status[i] as TCellStatus[];
    const rowTotal = shownTotal(line[columns] as TLevel, status[columns] as TCellStatus);
    rows[r] = {
      kind: 'shown',
      cells: line
        .slice(0, columns)
        .map((cell, c) => publish(cell, status[c] as TCellStatus, rowTotal)),
      total: publish(line[columns] as TLevel, status[columns] as TCellStatus, roundedTotal),
    };
  });
  const last = levels[shownRows.length] as TLevel[];
  const lastStatus = plan.status[shownRows.length] as TCellStatus[];
  return {
    kind: 'table',
    rows,
    columnTotals: last
      .slice(0, columns)
      .map((cell, c) => publish(cell, lastStatus[c] as TCellStatus, roundedTotal)),
    total: { kind: 'value', value: roundedTotal, display: `≈ ${roundedTotal}` },
  };
}
