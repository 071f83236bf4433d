import { extendWithTotals, planCellSuppression, type TCellStatus } from './cell-suppression';
import {
  DEFAULT_MIN_CELL_SIZE,
  DEFAULT_MIN_GROUP_SIZE,
  type TSuppressedCell,
  type TSuppressionOptions,
  type TWithheld,
} from './types';

/** A cross table as published: cells, totals, and the overall n (always shown). */
export interface TPublishedCrossTable {
  kind: 'table';
  cells: TSuppressedCell[][];
  rowTotals: TSuppressedCell[];
  columnTotals: TSuppressedCell[];
  total: number;
}

function publish(value: number, status: TCellStatus, minCell: number): TSuppressedCell {
  if (status === 'shown') return { kind: 'value', value };
  return status === 'small'
    ? { kind: 'suppressed', display: `<${minCell}` }
    : { kind: 'suppressed', display: 'x' };
}

/**
 * A count table (rows × columns) ready to show. The research team sees every count.
 * Outside it: withheld when the overall n is under `minGroupSize`; otherwise counts of
 * 1 to minCellSize − 1 show as "<5", and further cells ("x") are hidden so that no small
 * count can be worked out from the totals, the other cells, or what "<5" and "x" reveal.
 */
export function suppressCrossTable(
  counts: readonly (readonly number[])[],
  options: TSuppressionOptions,
): TPublishedCrossTable | TWithheld {
  const minCell = options.minCellSize ?? DEFAULT_MIN_CELL_SIZE;
  const minGroup = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const grid = extendWithTotals(counts);
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const total = grid[rows]![columns]!;
  const shown = (status: TCellStatus[][]): TPublishedCrossTable => ({
    kind: 'table',
    cells: counts.map((_, r) =>
      Array.from({ length: columns }, (_, c) => publish(grid[r]![c]!, status[r]![c]!, minCell)),
    ),
    rowTotals: counts.map((_, r) => publish(grid[r]![columns]!, status[r]![columns]!, minCell)),
    columnTotals: Array.from({ length: columns }, (_, c) =>
      publish(grid[rows]![c]!, status[rows]![c]!, minCell),
    ),
    total,
  });
  if (options.audience === 'research-team') {
    return shown(grid.map((line) => line.map((): TCellStatus => 'shown')));
  }
  if (total < minGroup) {
    return {
      kind: 'withheld',
      reason: `Minder dan ${minGroup} verhalen; deze tabel tonen we alleen aan het onderzoeksteam.`,
    };
  }
  const plan = planCellSuppression(grid, minCell);
  if (!plan) {
    return {
      kind: 'withheld',
      reason:
        'Deze tabel heeft kleine aantallen die ook met verborgen cellen te herleiden zijn; we tonen hem alleen aan het onderzoeksteam.',
    };
  }
  return shown(plan.status);
}
