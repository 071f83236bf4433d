/**
 * Secondary (complementary) cell suppression for a count table published with its row
 * and column totals and grand total.
 *
 * Model: the table with its margins is an (R+1)×(C+1) grid whose every line balances
 * (cells − total = 0). With margins negated, every line sums to zero, so the hidden cells
 * can take another value exactly when a ±1 change can run around a cycle of hidden cells
 * (alternating signs along rows and columns) without leaving what a reader knows of each:
 * a "<5" cell lies in 1..4, an "x" cell is ≥ 5 (else it would show "<5"), and zeros are
 * shown. `isCellProtected` searches such a cycle (a breadth-first search per sign); the
 * greedy plan hides the smallest further cell next to an unprotected one until every
 * hidden cell is protected. The grand total (the overall n) is always published.
 */

export type TCellStatus = 'shown' | 'small' | 'complement';

export interface TSuppressionPlan {
  /** Status per cell of the extended grid: R+1 rows × C+1 columns; margins last. */
  status: TCellStatus[][];
}

/** The table with its margins: row totals in the last column, column totals in the last row. */
export function extendWithTotals(counts: readonly (readonly number[])[]): number[][] {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const grid: number[][] = [];
  const columnTotals = new Array<number>(columns + 1).fill(0);
  for (let r = 0; r < rows; r++) {
    const row = counts[r] ?? [];
    if (row.length !== columns)
      throw new RangeError('Alle rijen van de tabel moeten even lang zijn.');
    let total = 0;
    const line: number[] = [];
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? 0;
      if (!Number.isInteger(value) || value < 0)
        throw new RangeError(`Een aantal moet een heel getal ≥ 0 zijn, niet ${value}.`);
      line.push(value);
      total += value;
      columnTotals[c] = (columnTotals[c] ?? 0) + value;
    }
    line.push(total);
    columnTotals[columns] = (columnTotals[columns] ?? 0) + total;
    grid.push(line);
  }
  grid.push(columnTotals);
  return grid;
}

/** Whether the reader's knowledge of a hidden cell allows a change by `delta` (±1). */
function canMove(value: number, status: TCellStatus, delta: number, minCell: number): boolean {
  if (status === 'shown') return false;
  const next = value + delta;
  return status === 'small' ? next >= 1 && next <= minCell - 1 : next >= minCell;
}

/**
 * Whether hidden cell (row, column) of the extended grid can take another value given
 * everything published: a cycle of hidden cells exists along which alternating ±1 stays
 * within what is known of each cell.
 */
export function isCellProtected(
  grid: readonly (readonly number[])[],
  status: readonly (readonly TCellStatus[])[],
  row: number,
  column: number,
  minCell: number,
): boolean {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const lastRow = rows - 1;
  const lastColumn = columns - 1;
  // Margin cells (one of row/column is the total line, not both) enter negated.
  const sign = (r: number, c: number) => ((r === lastRow) !== (c === lastColumn) ? -1 : 1);
  const can = (r: number, c: number, delta: number) =>
    canMove(grid[r]![c]!, status[r]![c]!, delta * sign(r, c), minCell);
  for (const s of [1, -1]) {
    if (!can(row, column, s)) continue;
    // Nodes 0..rows-1 are rows, rows..rows+columns-1 are columns. Start at the cell's
    // column, reach its row: column→row steps take −s, row→column steps take +s.
    const seen = new Uint8Array(rows + columns);
    const queue = [rows + column];
    seen[rows + column] = 1;
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === row) return true;
      if (node >= rows) {
        const c = node - rows;
        for (let r = 0; r < rows; r++) {
          if ((r === row && c === column) || seen[r] || !can(r, c, -s)) continue;
          seen[r] = 1;
          queue.push(r);
        }
      } else {
        for (let c = 0; c < columns; c++) {
          if ((node === row && c === column) || seen[rows + c] || !can(node, c, s)) continue;
          seen[rows + c] = 1;
          queue.push(rows + c);
        }
      }
    }
  }
  return false;
}

/**
 * Which cells of the extended grid to hide: primary cells (1 ≤ count < minCell, margins
 * included), then complementary cells until each hidden cell is protected. Returns null
 * when no pattern protects the small cells while the grand total is published.
 */
export function planCellSuppression(
  grid: readonly (readonly number[])[],
  minCell: number,
): TSuppressionPlan | null {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const lastRow = rows - 1;
  const lastColumn = columns - 1;
  const status: TCellStatus[][] = grid.map((line, r) =>
    line.map((value, c) =>
      (r !== lastRow || c !== lastColumn) && value >= 1 && value < minCell ? 'small' : 'shown',
    ),
  );
  const isMargin = (r: number, c: number) => r === lastRow || c === lastColumn;
  const hiddenIn = (r: number, c: number) => {
    let n = 0;
    for (let k = 0; k < columns; k++) if (status[r]![k] !== 'shown') n++;
    for (let k = 0; k < rows; k++) if (status[k]![c] !== 'shown') n++;
    return n;
  };
  const candidates = (cells: [number, number][]) =>
    cells.filter(
      ([r, c]) =>
        status[r]![c] === 'shown' && grid[r]![c]! > 0 && !(r === lastRow && c === lastColumn),
    );
  // Cheapest first: an inner cell before a total, a small count before a large one, and a
  // cell whose other line already hides something (it closes a cycle sooner).
  const cheapest = (cells: [number, number][]) =>
    cells.sort(
      ([r1, c1], [r2, c2]) =>
        Number(isMargin(r1, c1)) - Number(isMargin(r2, c2)) ||
        grid[r1]![c1]! - grid[r2]![c2]! ||
        hiddenIn(r2, c2) - hiddenIn(r1, c1) ||
        r1 - r2 ||
        c1 - c2,
    )[0];

  for (let guard = rows * columns; guard >= 0; guard--) {
    let exposed: [number, number] | undefined;
    for (let r = 0; r < rows && !exposed; r++) {
      for (let c = 0; c < columns && !exposed; c++) {
        if (status[r]![c] !== 'shown' && !isCellProtected(grid, status, r, c, minCell)) {
          exposed = [r, c];
        }
      }
    }
    if (!exposed) return { status };
    const [r, c] = exposed;
    const all: [number, number][] = [];
    for (let i = 0; i < rows; i++) for (let k = 0; k < columns; k++) all.push([i, k]);
    const open = candidates(all);
    // Best: one cell that closes a protecting cycle for the exposed cell on its own.
    let next = cheapest(
      open.filter(([i, k]) => {
        status[i]![k] = 'complement';
        const closes = isCellProtected(grid, status, r, c, minCell);
        status[i]![k] = 'shown';
        return closes;
      }),
    );
    // Else grow the cycle: a partner on the exposed cell's lines, else on any line that hides one.
    next ??= cheapest(open.filter(([i, k]) => i === r || k === c));
    next ??= cheapest(open.filter(([i, k]) => hiddenIn(i, k) > 0));
    if (!next) return null;
    status[next[0]]![next[1]] = 'complement';
  }
  return null;
}
