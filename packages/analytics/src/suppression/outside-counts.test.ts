import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareOutsideCounts, type TOutsideCount, type TOutsideTable } from './index';

const shown = (result: ReturnType<typeof prepareOutsideCounts>): TOutsideTable => {
  if (result.kind !== 'table') throw new Error(`withheld: ${result.reason}`);
  return result;
};
const display = (cell: TOutsideCount) => (cell.kind === 'value' ? cell.value : cell.display);

describe('prepareOutsideCounts', () => {
  it('rounds counts to a multiple of 5 and derives shares from the rounded counts', () => {
    const table = shown(prepareOutsideCounts([[23, 48, 11]]));
    const row = table.rows[0]!;
    expect(row.kind).toBe('shown');
    if (row.kind !== 'shown') return;
    expect(row.cells.map(display)).toEqual([25, 50, 10]);
    // 82 stories round to 80; shares are of the rounded total, not 23/82.
    expect(display(row.total)).toBe(80);
    expect(row.cells.map((c) => (c.kind === 'value' ? c.share : null))).toEqual([
      25 / 80,
      50 / 80,
      10 / 80,
    ]);
    expect(table.total).toEqual({ kind: 'value', value: 80, display: '≈ 80' });
  });

  it('never rounds a count of 5 or more down to "<5" or 0, and keeps zeros', () => {
    const row = shown(prepareOutsideCounts([[5, 6, 7, 0, 20]])).rows[0]!;
    if (row.kind !== 'shown') throw new Error('row withheld');
    expect(row.cells.map(display)).toEqual([5, 5, 5, 0, 20]);
  });

  it('hides a group under 10 stories and leaves it out of every total', () => {
    const table = shown(
      prepareOutsideCounts([
        [20, 30],
        [4, 5],
        [15, 15],
      ]),
    );
    expect(table.rows[1]).toMatchObject({ kind: 'withheld' });
    expect(table.rows[1]).not.toHaveProperty('cells');
    expect(table.columnTotals.map(display)).toEqual([35, 45]);
    expect(table.total.value).toBe(80);
  });

  it('shows cells of 1 to 4 as "<5", with secondary suppression so that they cannot be derived', () => {
    const table = shown(
      prepareOutsideCounts([
        [3, 40],
        [30, 30],
      ]),
    );
    const cells = table.rows.map((row) => (row.kind === 'shown' ? row.cells.map(display) : []));
    expect(cells[0]![0]).toBe('<5');
    // A lone hidden cell in a row with a shown total would follow from it: more is hidden.
    const hidden = cells.flat().filter((v) => v === '<5' || v === 'x').length;
    expect(hidden).toBeGreaterThanOrEqual(4);
  });

  it('withholds a table of fewer than 10 stories, and validates counts', () => {
    expect(prepareOutsideCounts([[3, 4]]).kind).toBe('withheld');
    expect(() => prepareOutsideCounts([[1.5]])).toThrow(RangeError);
    expect(() => prepareOutsideCounts([[1, 2], [3]])).toThrow(RangeError);
    expect(() => prepareOutsideCounts([[10]], { roundTo: 0 })).toThrow(RangeError);
  });
});

/**
 * What a one-story difference can change: the level (0, "<5", or rounded to 5) of the
 * story's own cell, of its group's n (including whether the group is shown at all), of its
 * option's total over the shown groups, and of the grand total. The published table is a
 * function of those levels only, so when none of them changes, the two tables are equal.
 */
function levelsAround(counts: number[][], r: number, c: number) {
  const level = (n: number) => (n === 0 ? 0 : n < 5 ? 'small' : Math.max(5, Math.round(n / 5) * 5));
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const shownRows = counts.filter((_, i) => rowTotals[i]! >= 10);
  const columnTotal = shownRows.reduce((s, row) => s + row[c]!, 0);
  const total = shownRows.reduce((s, row) => s + row.reduce((a, v) => a + v, 0), 0);
  return JSON.stringify([
    level(counts[r]![c]!),
    rowTotals[r]! >= 10 ? level(rowTotals[r]!) : 'hidden',
    level(columnTotal),
    total >= 10 ? level(total) : 'withheld',
  ]);
}

function oneLess(counts: number[][], r: number, c: number): number[][] {
  return counts.map((row, i) => row.map((v, j) => (i === r && j === c ? v - 1 : v)));
}

describe('differencing: two filters that differ by one story', () => {
  it('reveal nothing about that story unless a level steps (exhaustive, 2×2 tables of 0..9)', () => {
    let pairs = 0;
    let equal = 0;
    for (let a = 0; a <= 9; a++)
      for (let b = 0; b <= 9; b++)
        for (let c = 0; c <= 9; c++)
          for (let d = 0; d <= 9; d++) {
            const counts = [
              [a, b],
              [c, d],
            ];
            const published = JSON.stringify(prepareOutsideCounts(counts));
            for (let r = 0; r < 2; r++)
              for (let k = 0; k < 2; k++) {
                if (counts[r]![k] === 0) continue;
                const without = oneLess(counts, r, k);
                const same = JSON.stringify(prepareOutsideCounts(without)) === published;
                pairs++;
                if (same) equal++;
                if (levelsAround(counts, r, k) === levelsAround(without, r, k)) {
                  expect(same, JSON.stringify({ counts, r, k })).toBe(true);
                }
              }
          }
    // Most pairs show nothing at all (small tables are often withheld as a whole, too).
    expect(equal / pairs).toBeGreaterThan(0.5);
  }, 60_000);

  it('publish the same bar chart in about 2 of 3 cases once every bar holds 10 or more', () => {
    let pairs = 0;
    let equal = 0;
    for (let a = 10; a <= 60; a++)
      for (let b = 10; b <= 60; b++)
        for (let c = 10; c <= 60; c += 7) {
          const counts = [[a, b, c]];
          const published = JSON.stringify(prepareOutsideCounts(counts));
          for (let k = 0; k < 3; k++) {
            pairs++;
            if (JSON.stringify(prepareOutsideCounts(oneLess(counts, 0, k))) === published) equal++;
          }
        }
    // The story's bar steps in 1 case of 5, and so does the total: (4/5)² ≈ 0,64 show nothing.
    expect(equal / pairs).toBeGreaterThan(0.6);
  }, 60_000);

  it('property: on larger tables, the published table changes only when a level steps', () => {
    const table = fc.array(
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 3 }),
      {
        minLength: 2,
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(table, fc.nat(), (counts, pick) => {
        const filled = counts.flatMap((row, r) => row.flatMap((v, c) => (v > 0 ? [[r, c]] : [])));
        if (filled.length === 0) return;
        const [r, c] = filled[pick % filled.length]! as [number, number];
        const without = oneLess(counts, r, c);
        if (levelsAround(counts, r, c) !== levelsAround(without, r, c)) return;
        expect(prepareOutsideCounts(without)).toEqual(prepareOutsideCounts(counts));
      }),
      { numRuns: 500 },
    );
  });

  it('a group count: "A" and "A and not B" (B one story) both show 45', () => {
    // 47 stories match A, 46 match A and not B: the difference of one does not show.
    expect(prepareOutsideCounts([[47]])).toEqual(prepareOutsideCounts([[46]]));
  });
});
