import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ExchangeFormatError,
  readSensemakerData,
  readSensemakerDefinition,
  type TImportPlan,
} from '../src';
import { readFixture } from './fixtures';

/*
 * Every SenseMaker export in ../shared/fixtures imports completely: each row becomes a
 * story, and each answer equals what the CSV holds, read here straight from the cells
 * (with Python's csv module as second reader for the counts: 129, 129, 4 and 8 records).
 */

type TRecord = Record<string, string>;
const records = (file: string): TRecord[] =>
  parse(readFixture(file), { bom: true, columns: true, relax_column_count: true }) as TRecord[];

interface TCase {
  name: string;
  definition: string;
  data: string;
  rows: number;
  idColumn: 'FragmentID' | 'id';
  raw: boolean;
}

const CASES: TCase[] = [
  {
    name: 'ADemo (processed)',
    definition: 'sensemaker/framework_definition.json',
    data: 'sensemaker/ADemoData.csv',
    rows: 129,
    idColumn: 'FragmentID',
    raw: false,
  },
  {
    name: 'ADemo, sectioned definition',
    definition: 'sensemaker/ADemoDefinition.json',
    data: 'sensemaker/ADemoData.csv',
    rows: 129,
    idColumn: 'FragmentID',
    raw: false,
  },
  {
    name: 'ADemo raw API layout',
    definition: 'sensemaker/framework_definition.json',
    data: 'sensemaker/more/ademo_raw_export/data.csv',
    rows: 129,
    idColumn: 'id',
    raw: true,
  },
  {
    name: 'workbench (one of every type)',
    definition: 'sensemaker/more/workbench_testthat/framework_definition.json',
    data: 'sensemaker/more/workbench_testthat/data.csv',
    rows: 4,
    idColumn: 'FragmentID',
    raw: false,
  },
  {
    name: 'Genba (7 linked sub-frameworks)',
    definition: 'sensemaker/more/genba_demo_linked/framework_definition.json',
    data: 'sensemaker/more/genba_demo_linked/data.csv',
    rows: 8,
    idColumn: 'FragmentID',
    raw: false,
  },
];

function load(c: TCase): {
  plan: TImportPlan;
  sources: ReturnType<typeof readSensemakerDefinition>;
} {
  const sources = readSensemakerDefinition(JSON.parse(readFixture(c.definition)));
  return {
    plan: readSensemakerData(sources, readFixture(c.data), { today: '2026-12-02' }),
    sources,
  };
}

describe.each(CASES)('SenseMaker import: $name', (c) => {
  const { plan, sources } = load(c);
  const csv = records(c.data);
  const byId = new Map(plan.stories.map((s) => [s.sourceId, s]));

  it('reads every row, with no problem', () => {
    expect(csv).toHaveLength(c.rows);
    expect(plan.problems).toEqual([]);
    expect(plan.stories).toHaveLength(c.rows);
    expect(new Set(plan.stories.map((s) => s.sourceId))).toEqual(
      new Set(csv.map((r) => r[c.idColumn])),
    );
  });

  it('keeps every answer the CSV holds, with its value', () => {
    let checked = 0;
    for (const row of csv) {
      const story = byId.get(row[c.idColumn]!)!;
      expect(story.text).toBe((row[sources.textSourceId!] ?? '').trim());
      for (const q of plan.framework.signifiers) {
        const src = sources.sources[q.id]!;
        const id = src.sourceId;
        const answer = story.answers[q.id];
        if (q.kind === 'triad') {
          const cells = q.corners.map((k) => row[`${id}_${src.parts[k.id]}`] ?? '');
          if (cells.every((v) => v === '')) {
            expect(answer).toBe(row[`${id}_NA`] === '1' ? 'na' : undefined);
            continue;
          }
          const whole = c.raw ? 1 : 100;
          const shares = cells.map((v) => Math.max(0, Number(v) / whole));
          const sum = shares.reduce((a, b) => a + b, 0);
          const t = answer as { a: number; b: number; c: number };
          expect(t.a).toBeCloseTo(shares[0]! / sum, 6);
          expect(t.b).toBeCloseTo(shares[1]! / sum, 6);
          expect(t.c).toBeCloseTo(shares[2]! / sum, 6);
          checked++;
        } else if (q.kind === 'dyad') {
          const x = row[c.raw ? `${id}_percentX` : `${id}X`] ?? '';
          if (x === '') expect(answer).toBe(row[`${id}_NA`] === '1' ? 'na' : undefined);
          else {
            expect(answer).toBe(Number(x));
            checked++;
          }
        } else if (q.kind === 'stones') {
          for (const s of q.stones) {
            const stem = `${id}_${src.parts[s.id]}`;
            const x = row[c.raw ? `${stem}_percentX` : `${stem}XRight`] ?? '';
            const at = (answer as Record<string, { x: number; y: number }> | undefined)?.[s.id];
            if (x === '') expect(at).toBeUndefined();
            else {
              expect(at).toEqual({
                x: Number(x),
                y: Number(row[c.raw ? `${stem}_percentY` : `${stem}YTop`]),
              });
              checked++;
            }
          }
        } else if (q.kind === 'choice') {
          if (q.multiple) {
            const chosen = q.options
              .filter((o) => row[`${id}_${src.parts[o.id]}`] === '1')
              .map((o) => o.id);
            expect(answer ?? []).toEqual(chosen);
          } else {
            const v = row[id] ?? '';
            const option = q.options.find((o) => src.parts[o.id] === v);
            expect(answer).toBe(option?.id);
            // The one value no option has: the warning says so.
            if (v && !option) expect(plan.warnings.some((w) => w.reason.includes(v))).toBe(true);
          }
          if (answer !== undefined) checked++;
        } else if (q.kind === 'text') {
          const v = (row[id] ?? '').trim();
          expect(answer).toBe(v === '' ? undefined : v);
          if (v) checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(c.rows);
  });
});

describe('SenseMaker import: counts and shapes', () => {
  it('finds the signifiers of every type, also inside linked sub-frameworks', () => {
    const genba = load(CASES[4]!).plan.framework;
    expect(genba.signifiers.filter((q) => q.kind === 'triad')).toHaveLength(36);
    expect(genba.signifiers.filter((q) => q.kind === 'dyad')).toHaveLength(9);
    expect(genba.sections).toHaveLength(7);
    const workbench = load(CASES[3]!).plan.framework;
    const kinds = workbench.signifiers.map((q) => q.kind);
    expect(kinds.filter((k) => k === 'triad')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'stones')).toHaveLength(1);
    const multi = workbench.signifiers.find((q) => q.kind === 'choice' && q.multiple);
    expect(multi && multi.kind === 'choice' && multi.max).toBe(3);
  });

  it('reads the same answers from the processed and the raw layout', () => {
    const processed = load(CASES[0]!).plan;
    const raw = load(CASES[2]!).plan;
    const count = (p: TImportPlan) =>
      p.stories.reduce((n, s) => n + Object.keys(s.answers).length, 0);
    expect(count(processed)).toBe(2054);
    // The raw file has one list value no version of the definition has (see the warning).
    expect(count(raw)).toBe(2054);
    const first = processed.stories[0]!;
    const same = raw.stories.find((s) => s.sourceId === first.sourceId)!;
    for (const [k, v] of Object.entries(first.answers)) {
      if (typeof v === 'object' && v && 'a' in v) {
        const w = same.answers[k] as { a: number };
        expect(w.a).toBeCloseTo((v as { a: number }).a, 4);
      }
    }
  });

  it('refuses data of another version of the framework, naming a column', () => {
    const v9 = readSensemakerDefinition(
      JSON.parse(readFixture('sensemaker/more/workbench_testthat/framework_definition_v9.json')),
    );
    expect(() =>
      readSensemakerData(v9, readFixture('sensemaker/more/workbench_testthat/data.csv'), {
        today: '2026-12-02',
      }),
    ).toThrow(/c7b61d39-51d6-445e-a5e3-2212ae8046ee/);
    const v39 = readSensemakerDefinition(
      JSON.parse(readFixture('sensemaker/more/genba_demo_linked/framework_definition_v39.json')),
    );
    expect(() =>
      readSensemakerData(v39, readFixture('sensemaker/more/genba_demo_linked/data.csv'), {
        today: '2026-12-02',
      }),
    ).toThrow(ExchangeFormatError);
  });

  it('keeps the day of the upload, in Amsterdam', () => {
    const plan = load(CASES[0]!).plan;
    // 1438121139568 ms = 2015-07-28 22:05:39 UTC = 2015-07-29 00:05 in Amsterdam.
    expect(
      plan.stories.find((s) => s.sourceId === 'c9a49500-806b-11eb-81ea-0242ac110003')?.createdOn,
    ).toBe('2015-07-29');
  });

  it('says which row it could not read, and why', () => {
    const sources = readSensemakerDefinition(
      JSON.parse(readFixture('sensemaker/framework_definition.json')),
    );
    const csv = readFixture('sensemaker/ADemoData.csv');
    const bad = csv.replace('54.42477876106195', 'veel');
    const plan = readSensemakerData(sources, bad, { today: '2026-12-02' });
    expect(plan.problems).toEqual([{ row: 2, reason: expect.stringMatching(/geen getal/) }]);
    expect(() => readSensemakerDefinition({ hello: 1 })).toThrow(ExchangeFormatError);
    expect(() => readSensemakerData(sources, 'a,b\n1,2\n', { today: '2026-12-02' })).toThrow(
      /FragmentID/,
    );
  });
});
