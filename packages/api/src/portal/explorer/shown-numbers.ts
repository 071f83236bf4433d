import {
  DEFAULT_MIN_GROUP_SIZE,
  prepareOutsideCounts,
  type TOutsideCount,
} from '@duiding/analytics';
import type { TAudience } from '../../permissions';

/*
 * Every number the explorer sends passes here. The research team gets exact counts; anyone
 * outside it gets `prepareOutsideCounts` of analytics: groups under 10 withheld, counts of
 * 1–4 as "<5", secondary suppression, every count rounded to a multiple of 5, and shares
 * derived from the rounded counts (the defence against differencing two filters).
 */

export interface TShownCount {
  value: number | null;
  display: string;
}

export interface TShownCell {
  count: TShownCount;
  share: number | null;
}

export type TShownRow =
  | { kind: 'shown'; cells: TShownCell[]; total: TShownCount }
  | { kind: 'withheld'; reason: string };

export interface TShownTable {
  rows: TShownRow[];
  columnTotals: TShownCount[];
  total: TShownCount;
  /** Set when the table is withheld as a whole. */
  withheld: string | null;
}

const number = new Intl.NumberFormat('nl-NL');

export const exactCount = (value: number): TShownCount => ({
  value,
  display: number.format(value),
});

function fromOutside(cell: TOutsideCount): TShownCell {
  return cell.kind === 'value'
    ? { count: { value: cell.value, display: number.format(cell.value) }, share: cell.share }
    : { count: { value: null, display: cell.display }, share: null };
}

const roundedTotal = (value: number): TShownCount => ({
  value,
  display: `≈ ${number.format(value)}`,
});

/**
 * A count table (rows = groups) as the audience may see it. Shares are of the row total,
 * unless `shareDenominators` gives each row's own n (a multi-select question, whose
 * options sum to more than n).
 */
export function showTable(
  counts: readonly (readonly number[])[],
  audience: TAudience,
): TShownTable {
  const columns = counts[0]?.length ?? 0;
  if (audience === 'team') {
    const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
    const columnTotals = Array.from({ length: columns }, (_, c) =>
      counts.reduce((s, row) => s + (row[c] ?? 0), 0),
    );
    const total = rowTotals.reduce((s, v) => s + v, 0);
    return {
      rows: counts.map((row, r) => ({
        kind: 'shown',
        cells: row.map((value) => ({
          count: exactCount(value),
          share: rowTotals[r] ? value / (rowTotals[r] as number) : null,
        })),
        total: exactCount(rowTotals[r] as number),
      })),
      columnTotals: columnTotals.map(exactCount),
      total: exactCount(total),
      withheld: null,
    };
  }
  const table = prepareOutsideCounts(counts);
  if (table.kind === 'withheld') {
    return {
      rows: counts.map(() => ({ kind: 'withheld', reason: table.reason })),
      columnTotals: Array.from({ length: columns }, () => ({ value: null, display: '–' })),
      total: { value: null, display: '–' },
      withheld: table.reason,
    };
  }
  return {
    rows: table.rows.map((row) =>
      row.kind === 'withheld'
        ? row
        : {
            kind: 'shown',
            cells: row.cells.map(fromOutside),
            total:
              row.total.kind === 'value'
                ? roundedTotal(row.total.value)
                : { value: null, display: row.total.display },
          },
    ),
    columnTotals: table.columnTotals.map((cell) => fromOutside(cell).count),
    total: roundedTotal(table.total.value),
    withheld: null,
  };
}

/** One group size as the audience may see it (outside: ≥ 10, rounded to 5). */
export function showGroupSize(n: number, audience: TAudience): TShownCount {
  if (audience === 'team') return exactCount(n);
  if (n < DEFAULT_MIN_GROUP_SIZE) return { value: null, display: `<${DEFAULT_MIN_GROUP_SIZE}` };
  return roundedTotal(Math.max(DEFAULT_MIN_GROUP_SIZE, 5 * Math.round(n / 5)));
}

/** A statistic of single answers (a centre, a quartile) coarsened for outside viewers. */
export function coarsen(value: number, audience: TAudience, step: number): number {
  return audience === 'team' ? value : Math.round(value / step) * step;
}
