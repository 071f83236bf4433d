import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  suppressCrossTable,
  suppressSmallGroup,
  suppressTernaryBins,
  type TPublishedCrossTable,
  type TSuppressedCell,
} from './index';

const outside = { audience: 'outside' as const };
const hiddenMark = (cell: TSuppressedCell) => (cell.kind === 'suppressed' ? cell.display : null);

/**
 * Every table of counts a reader cannot tell apart from the published one: shown numbers
 * equal, "<5" cells in 1..4, "x" cells ≥ 5, zeros only where shown. Returns, per hidden
 * cell (inner, row total, column total), the set of values it takes over those tables.
 */
function valuesConsistentWith(published: TPublishedCrossTable, minCell = 5) {
  const rows = published.cells.length;
  const columns = published.cells[0]!.length;
  const n = published.total;
  const fits = (cell: TSuppressedCell, value: number) =>
    cell.kind === 'value'
      ? cell.value === value
      : cell.display === 'x'
        ? value >= minCell
        : value >= 1 && value < minCell;
  const unknown: [number, number][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      if (published.cells[r]![c]!.kind === 'suppressed') unknown.push([r, c]);
  const table = published.cells.map((line) =>
    line.map((cell) => (cell.kind === 'value' ? cell.value : 0)),
  );
  const seen = new Map<string, Set<number>>();
  const note = (key: string, value: number) => {
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(value);
  };
  const rowSum = (r: number) => table[r]!.reduce((s, v) => s + v, 0);
  const columnSum = (c: number) => table.reduce((s, line) => s + line[c]!, 0);
  const search = (k: number, used: number) => {
    if (k === unknown.length) {
      if (used !== n) return;
      for (let r = 0; r < rows; r++) if (!fits(published.rowTotals[r]!, rowSum(r))) return;
      for (let c = 0; c < columns; c++) if (!fits(published.columnTotals[c]!, columnSum(c))) return;
      for (const [r, c] of unknown) note(`${r},${c}`, table[r]![c]!);
      for (let r = 0; r < rows; r++)
        if (published.rowTotals[r]!.kind === 'suppressed') note(`r${r}`, rowSum(r));
      for (let c = 0; c < columns; c++)
        if (published.columnTotals[c]!.kind === 'suppressed') note(`c${c}`, columnSum(c));
      return;
    }
    const [r, c] = unknown[k]!;
    const cell = published.cells[r]![c]!;
    const low = hiddenMark(cell) === 'x' ? minCell : 1;
    const high = hiddenMark(cell) === 'x' ? n - used : minCell - 1;
    for (let v = low; v <= high && used + v <= n; v++) {
      table[r]![c] = v;
      const rowTotal = published.rowTotals[r]!;
      const columnTotal = published.columnTotals[c]!;
      // Prune on shown totals that are already exceeded.
      if (rowTotal.kind === 'value' && rowSum(r) > rowTotal.value) break;
      if (columnTotal.kind === 'value' && columnSum(c) > columnTotal.value) break;
      search(k + 1, used + v);
    }
    table[r]![c] = 0;
  };
  const shownSum = table.flat().reduce((s, v) => s + v, 0);
  search(0, shownSum);
  return { seen, unknown };
}

function expectNothingDerivable(counts: number[][], published: TPublishedCrossTable) {
  const { seen } = valuesConsistentWith(published);
  const hiddenCount =
    published.cells.flat().filter((c) => c.kind === 'suppressed').length +
    [...published.rowTotals, ...published.columnTotals].filter((c) => c.kind === 'suppressed')
      .length;
  // The true table is among the solutions, so every hidden cell was seen at least once.
  expect(seen.size).toBe(hiddenCount);
  for (const [key, values] of seen)
    expect(values.size, `${key} in ${JSON.stringify(counts)}`).toBeGreaterThan(1);
}

describe('suppressCrossTable', () => {
  it('the brute-force audit itself catches a table that hides only the small cell', () => {
    const naive: TPublishedCrossTable = {
      kind: 'table',
      cells: [
        [
          { kind: 'suppressed', display: '<5' },
          { kind: 'value', value: 20 },
        ],
        [
          { kind: 'value', value: 15 },
          { kind: 'value', value: 12 },
        ],
      ],
      rowTotals: [
        { kind: 'value', value: 23 },
        { kind: 'value', value: 27 },
      ],
      columnTotals: [
        { kind: 'value', value: 18 },
        { kind: 'value', value: 32 },
      ],
      total: 50,
    };
    expect([...valuesConsistentWith(naive).seen.get('0,0')!]).toEqual([3]);
  });

  it('shows the research team every count', () => {
    const table = suppressCrossTable(
      [
        [1, 2],
        [3, 40],
      ],
      { audience: 'research-team' },
    );
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.cells.flat().every((c) => c.kind === 'value')).toBe(true);
    expect(table.total).toBe(46);
  });

  it('withholds a table of fewer than 10 stories outside the research team', () => {
    const small = [
      [3, 2],
      [1, 2],
    ];
    expect(suppressCrossTable(small, outside)).toMatchObject({ kind: 'withheld' });
    const table = [
      [3, 6],
      [6, 7],
    ];
    expect(suppressCrossTable(table, outside)).toMatchObject({ kind: 'table' });
    expect(suppressCrossTable(table, { ...outside, minGroupSize: 30 })).toMatchObject({
      kind: 'withheld',
    });
  });

  it('hides a small cell and the complementary cells of a 2×2, keeping the totals', () => {
    const table = suppressCrossTable(
      [
        [3, 20],
        [15, 12],
      ],
      outside,
    );
    if (table.kind !== 'table') throw new Error('withheld');
    expect(table.cells.map((line) => line.map(hiddenMark))).toEqual([
      ['<5', 'x'],
      ['x', 'x'],
    ]);
    expect(table.rowTotals).toEqual([
      { kind: 'value', value: 23 },
      { kind: 'value', value: 27 },
    ]);
    expectNothingDerivable(
      [
        [3, 20],
        [15, 12],
      ],
      table,
    );
  });

  it('picks the smallest complementary cells and leaves unrelated rows alone', () => {
    const counts = [
      [2, 30, 8, 40],
      [25, 31, 7, 50],
      [60, 70, 80, 90],
    ];
    const table = suppressCrossTable(counts, outside);
    if (table.kind !== 'table') throw new Error('withheld');
    expect(table.cells.map((line) => line.map(hiddenMark))).toEqual([
      ['<5', null, 'x', null],
      ['x', null, 'x', null],
      [null, null, null, null],
    ]);
    expectNothingDerivable(counts, table);
  });

  it('does not let the "<5" bounds give the cells away (all four cells 4)', () => {
    // Totals 8 with two cells of at most 4 would pin both to 4: more must be hidden.
    const table = suppressCrossTable(
      [
        [4, 4, 9],
        [4, 4, 9],
      ],
      outside,
    );
    if (table.kind === 'table')
      expectNothingDerivable(
        [
          [4, 4, 9],
          [4, 4, 9],
        ],
        table,
      );
  });

  it('hides a small row total (and what would reveal it)', () => {
    const counts = [
      [1, 2, 0],
      [10, 20, 30],
      [12, 14, 16],
    ];
    const table = suppressCrossTable(counts, outside);
    if (table.kind !== 'table') throw new Error('withheld');
    expect(hiddenMark(table.rowTotals[0]!)).toBe('<5');
    expect(table.cells[0]![2]).toEqual({ kind: 'value', value: 0 });
    expectNothingDerivable(counts, table);
  });

  it('protects a one-row table through its column totals, and a one-column table fully', () => {
    const row = suppressCrossTable([[3, 9]], outside);
    if (row.kind !== 'table') throw new Error('withheld');
    expect(row.cells[0]!.map(hiddenMark)).toEqual(['<5', 'x']);
    expect(row.columnTotals.map(hiddenMark)).toEqual(['<5', 'x']);
    expectNothingDerivable([[3, 9]], row);
    const column = suppressCrossTable([[12], [3]], outside);
    if (column.kind !== 'table') throw new Error('withheld');
    expect(
      [...column.cells.flat(), ...column.rowTotals].every((c) => c.kind === 'suppressed'),
    ).toBe(true);
    expect(column.total).toBe(15);
  });

  it('rejects counts that are not whole numbers ≥ 0 and ragged rows', () => {
    expect(() => suppressCrossTable([[1.5, 2]], outside)).toThrow(/heel getal/);
    expect(() => suppressCrossTable([[1, 2], [3]], outside)).toThrow(/even lang/);
  });

  it('property: every line has no or at least two hidden cells, and no hidden cell is derivable', () => {
    const tables = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 3 }))
      .chain(([rows, columns]) =>
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 9 })), {
            minLength: columns,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(tables, (counts) => {
        const table = suppressCrossTable(counts, outside);
        if (table.kind !== 'table') return;
        // Lines of the table with its totals: each row with its total, each column with its total.
        const lines = [
          ...table.cells.map((line, r) => [...line, table.rowTotals[r]!]),
          ...table.columnTotals.map((total, c) => [...table.cells.map((line) => line[c]!), total]),
          [...table.columnTotals],
          [...table.rowTotals],
        ];
        for (const line of lines) {
          const hidden = line.filter((cell) => cell.kind === 'suppressed').length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
        expectNothingDerivable(counts, table);
      }),
      { numRuns: 300, seed: 20251126 },
    );
  });
});

describe('suppressTernaryBins', () => {
  const bins = (counts: number[]) => counts.map((count, i) => ({ id: `b${i}`, count }));
  const marks = (published: ReturnType<typeof suppressTernaryBins>) =>
    published.kind === 'bins'
      ? published.bins.map((b) => hiddenMark(b.count) ?? (b.count as { value: number }).value)
      : published.kind;

  it('hides small bins, and one more when a single hidden bin would follow from n', () => {
    expect(marks(suppressTernaryBins(bins([3, 10, 20, 0]), outside))).toEqual(['<5', 'x', 20, 0]);
    expect(marks(suppressTernaryBins(bins([3, 2, 20, 30]), outside))).toEqual(['<5', '<5', 20, 30]);
  });

  it('hides more when the hidden total pins the small bins (two bins holding 2: both 1)', () => {
    expect(marks(suppressTernaryBins(bins([1, 1, 20, 30]), outside))).toEqual([
      '<5',
      '<5',
      'x',
      30,
    ]);
    expect(marks(suppressTernaryBins(bins([4, 4, 20, 30]), outside))).toEqual([
      '<5',
      '<5',
      'x',
      30,
    ]);
  });

  it('rounds the published n when bins are hidden, so the hidden total is not known', () => {
    const hiddenSome = suppressTernaryBins(bins([3, 2, 20, 33]), outside);
    expect(hiddenSome).toMatchObject({ total: { kind: 'rounded', value: 60, display: '≈ 60' } });
    const hiddenNone = suppressTernaryBins(bins([13, 12, 20, 33]), outside);
    expect(hiddenNone).toMatchObject({ total: { kind: 'value', value: 78 } });
  });

  it('shows everything to the research team and withholds n < 10 outside', () => {
    expect(marks(suppressTernaryBins(bins([1, 2, 3]), { audience: 'research-team' }))).toEqual([
      1, 2, 3,
    ]);
    expect(marks(suppressTernaryBins(bins([1, 2, 3]), outside))).toBe('withheld');
  });

  it('property: no hidden bin can be derived from n and the shown bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 7 }),
        (counts) => {
          const published = suppressTernaryBins(bins(counts), outside);
          if (published.kind !== 'bins') return;
          const hidden = published.bins.flatMap((b, i) =>
            b.count.kind === 'suppressed' ? [i] : [],
          );
          if (hidden.length === 0) return;
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          const rest =
            // The worst case: the exact n is known from elsewhere.
            counts.reduce((s, v) => s + v, 0) -
            counts.reduce((s, v, i) => (hidden.includes(i) ? s : s + v), 0);
          // Enumerate the hidden bins' possible counts.
          const options = hidden.map((i) => {
            const mark = hiddenMark(published.bins[i]!.count);
            return mark === 'x' ? [5, rest] : [1, 4];
          });
          const values = hidden.map(() => new Set<number>());
          const current: number[] = [];
          const walk = (k: number, left: number) => {
            if (k === hidden.length) {
              if (left === 0) {
                for (const [j, v] of current.entries()) values[j]!.add(v);
              }
              return;
            }
            const [low, high] = options[k]!;
            for (let v = low!; v <= Math.min(high!, left); v++) {
              current[k] = v;
              walk(k + 1, left - v);
            }
          };
          walk(0, rest);
          for (const set of values) expect(set.size).toBeGreaterThan(1);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('suppressSmallGroup', () => {
  it('withholds a group under 10 outside the research team, without its exact n', () => {
    const result = suppressSmallGroup(7, { median: 0.4 }, outside);
    expect(result).toMatchObject({ kind: 'withheld' });
    expect(JSON.stringify(result)).not.toMatch(/\b7\b/);
    expect(suppressSmallGroup(10, { median: 0.4 }, outside)).toMatchObject({
      kind: 'shown',
      n: 10,
    });
    expect(suppressSmallGroup(3, 'x', { audience: 'research-team' })).toMatchObject({
      kind: 'shown',
    });
    expect(suppressSmallGroup(12, 'x', { ...outside, minGroupSize: 15 })).toMatchObject({
      kind: 'withheld',
    });
  });
});
