import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  codebook,
  duidingJson,
  readDuidingJson,
  readSensemakerData,
  readSensemakerDefinition,
  sensemakerCsv,
  sensemakerDefinition,
  spssExport,
  type TExportInput,
  type TExportStory,
} from '../src';

const demo = generateDemoStories({ framework: zhzJeugdhulp, count: 60, seed: 7 });
const stories: TExportStory[] = demo.stories.map((s) => ({
  ...s,
  participantKey: s.participantId,
  status: 'approved',
}));
const input: TExportInput = {
  framework: zhzJeugdhulp,
  collection: { id: 'c1', slug: 'zhz-2025', title: 'ZHZ 2025' },
  stories,
  withParticipantAnswers: true,
  exportedAt: new Date('2026-12-02T08:00:00Z'),
};

/** Same answers: equal up to the float noise of writing numbers as decimal text. */
function expectSameAnswers(actual: unknown, expected: unknown) {
  if (typeof expected === 'number') {
    expect(actual).toBeCloseTo(expected, 6);
  } else if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected))
      expectSameAnswers((actual as Record<string, unknown>)[k], v);
  } else {
    expect(actual).toEqual(expected);
  }
}

function expectSameStories(back: ReturnType<typeof readDuidingJson>) {
  expect(back.problems).toEqual([]);
  expect(back.stories).toHaveLength(stories.length);
  back.stories.forEach((s, i) => {
    const original = stories[i]!;
    expect(s.sourceId).toBe(original.id);
    expect({
      title: s.title,
      text: s.text,
      promptId: s.promptId,
      createdOn: s.createdOn,
      language: s.language,
    }).toEqual({
      title: original.title,
      text: original.text,
      promptId: original.promptId,
      createdOn: original.createdOn,
      language: original.language,
    });
    expect(s.participantKey).toBe(original.participantKey);
    expectSameAnswers(s.answers, original.answers);
    expectSameAnswers(s.participantAnswers, original.participantAnswers);
  });
}

describe('round trip: export, then import gives the same stories and answers', () => {
  it('through JSON', () => {
    const back = readDuidingJson(duidingJson(input));
    expect(back.framework).toEqual(zhzJeugdhulp);
    expectSameStories(back);
  });

  it('through the SenseMaker CSV and its definition', () => {
    const definition = readSensemakerDefinition(
      JSON.parse(JSON.stringify(sensemakerDefinition(input))),
    );
    const back = readSensemakerData(definition, sensemakerCsv(input), { today: '2026-12-02' });
    expect(back.framework).toEqual(zhzJeugdhulp);
    expectSameStories(back);
  });

  it('keeps a story text that starts like a formula, and its multi-line text', () => {
    const hostile = {
      ...stories[0]!,
      title: '=HYPERLINK("http://x")',
      text: '@SUM(1)\nen verder "quote", komma',
    };
    const one = { ...input, stories: [hostile] };
    const back = readSensemakerData(
      readSensemakerDefinition(sensemakerDefinition(one)),
      sensemakerCsv(one),
      { today: '2026-12-02' },
    );
    expect(back.stories[0]!.title).toBe(hostile.title);
    expect(back.stories[0]!.text).toBe(hostile.text);
  });
});

describe('SenseMaker CSV export', () => {
  const csv = sensemakerCsv(input);
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];

  it('has SenseMaker columns: triad X, Y, a percentage per corner and _NA; dyad X, percentages, _NA; stones XRight/YTop; one column per option of a multi-select', () => {
    const triad = zhzJeugdhulp.signifiers.find((q) => q.kind === 'triad')!;
    if (triad.kind !== 'triad') throw new Error('no triad');
    const at = header!.indexOf(`${triad.id}X`);
    expect(header!.slice(at, at + 6)).toEqual([
      `${triad.id}X`,
      `${triad.id}Y`,
      ...triad.corners.map((c) => `${triad.id}_${c.id}`),
      `${triad.id}_NA`,
    ]);
    const dyad = zhzJeugdhulp.signifiers.find((q) => q.kind === 'dyad')!;
    expect(header).toEqual(
      expect.arrayContaining([
        `${dyad.id}X`,
        `${dyad.id}_left`,
        `${dyad.id}_right`,
        `${dyad.id}_NA`,
      ]),
    );
    const stones = zhzJeugdhulp.signifiers.find((q) => q.kind === 'stones')!;
    if (stones.kind !== 'stones') throw new Error('no stones');
    expect(header).toEqual(
      expect.arrayContaining(
        stones.stones.flatMap((s) => [`${stones.id}_${s.id}XRight`, `${stones.id}_${s.id}YTop`]),
      ),
    );
    const multi = [...zhzJeugdhulp.signifiers, ...zhzJeugdhulp.participantQuestions].find(
      (q) => q.kind === 'choice' && q.multiple,
    );
    if (multi?.kind === 'choice')
      expect(header).toEqual(
        expect.arrayContaining(multi.options.map((o) => `${multi.id}_${o.id}`)),
      );
    expect(rows).toHaveLength(60);
  });

  it('writes a triad as SenseMaker does: X = c + a/2, Y = a·√3/2, percentages summing to 100', () => {
    const triad = zhzJeugdhulp.signifiers.find((q) => q.kind === 'triad')!;
    if (triad.kind !== 'triad') throw new Error('no triad');
    const story = stories.find((s) => typeof s.answers[triad.id] === 'object')!;
    const t = story.answers[triad.id] as { a: number; b: number; c: number };
    const row = rows[stories.indexOf(story)]!;
    const cell = (name: string) => Number(row[header!.indexOf(name)]);
    expect(cell(`${triad.id}X`)).toBeCloseTo(t.c + t.a / 2, 9);
    expect(cell(`${triad.id}Y`)).toBeCloseTo((t.a * Math.sqrt(3)) / 2, 9);
    const sum = triad.corners.reduce((n, c) => n + cell(`${triad.id}_${c.id}`), 0);
    expect(sum).toBeCloseTo(100, 4);
  });

  it('neutralises cells that start like a formula (OWASP CSV injection)', () => {
    for (const start of ['=', '+', '-', '@']) {
      const one = { ...input, stories: [{ ...stories[0]!, title: `${start}cmd|' /C calc'!A0` }] };
      const [h, r] = parse(sensemakerCsv(one), { bom: true }) as string[][];
      expect(r![h!.indexOf('StoryTitle')]).toBe(`'${start}cmd|' /C calc'!A0`);
    }
  });

  it('leaves participant answers out for outside viewers', () => {
    const outside = sensemakerCsv({
      ...input,
      withParticipantAnswers: false,
      stories: stories.map((s) => ({ ...s, participantAnswers: null })),
    });
    const [h] = parse(outside, { bom: true }) as string[][];
    for (const q of zhzJeugdhulp.participantQuestions)
      expect(h!.some((c) => c.startsWith(q.id))).toBe(false);
    expect(
      JSON.parse(duidingJson({ ...input, withParticipantAnswers: false })).framework.definition
        .participantQuestions,
    ).toEqual([]);
  });
});

describe('SPSS export', () => {
  const { csv, syntax } = spssExport(input, 'zhz-2025.csv');
  const lines = syntax.split('\r\n');

  it('names every variable by SPSS rules: ≤ 64 bytes, a letter first, no reserved word, unique', () => {
    const [header] = parse(csv) as string[][];
    const upper = new Set<string>();
    for (const name of header!) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_.]*$/);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(64);
      expect(name.endsWith('.')).toBe(false);
      expect([
        'ALL',
        'AND',
        'BY',
        'EQ',
        'GE',
        'GT',
        'LE',
        'LT',
        'NE',
        'NOT',
        'OR',
        'TO',
        'WITH',
      ]).not.toContain(name.toUpperCase());
      expect(upper.has(name.toUpperCase())).toBe(false);
      upper.add(name.toUpperCase());
    }
  });

  it('writes valid syntax: lines ≤ 80, balanced apostrophes, VARIABLE LABELS and VALUE LABELS ending in a period', () => {
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(80);
      // Outside comments, every line has whole literals: an even number of apostrophes.
      if (!line.startsWith('*')) expect((line.match(/'/g) ?? []).length % 2).toBe(0);
    }
    const labels = lines.indexOf('VARIABLE LABELS');
    const values = lines.indexOf('VALUE LABELS');
    expect(labels).toBeGreaterThan(0);
    expect(values).toBeGreaterThan(labels);
    expect(lines[values - 1]).toBe('.');
    expect(lines.at(-2)).toBe('EXECUTE.');
    // A choice gets its options as value labels.
    const single = zhzJeugdhulp.signifiers.find((q) => q.kind === 'choice' && !q.multiple)!;
    if (single.kind !== 'choice') throw new Error('no choice');
    const at = lines.indexOf(`  ${single.id}`, values);
    expect(lines[at + 1]).toBe(`    '${single.options[0]!.id}'`);
    expect(syntax).toContain(`'${single.options[0]!.label.nl.replace(/'/g, "''")}'`);
  });

  it('doubles an apostrophe inside a label and splits a long label over lines', () => {
    const long = {
      ...zhzJeugdhulp,
      signifiers: zhzJeugdhulp.signifiers.map((q, i) =>
        i === 0
          ? { ...q, label: { nl: `Wat vond je van 't ${'heel '.repeat(40)}lange verhaal?` } }
          : q,
      ),
    };
    const { syntax: s } = spssExport({ ...input, framework: long }, 'x.csv');
    expect(s).toContain("van ''t heel");
    expect(s).toMatch(/' \+\r\n {4}'/);
  });

  it('keeps one case per line: line breaks in text become spaces', () => {
    const one = {
      ...input,
      stories: [{ ...stories[0]!, text: 'regel een\nregel twee\r\nregel drie' }],
    };
    const { csv: c } = spssExport(one, 'x.csv');
    expect(c.trimEnd().split('\r\n')).toHaveLength(2);
    expect(c).toContain('regel een regel twee regel drie');
  });
});

describe('codebook', () => {
  it('lists every column with its question text and the labels of its values', () => {
    const book = codebook(input);
    const [header] = parse(sensemakerCsv(input), { bom: true }) as string[][];
    expect(book.map((r) => r.column)).toEqual(header);
    const single = zhzJeugdhulp.signifiers.find((q) => q.kind === 'choice' && !q.multiple)!;
    if (single.kind !== 'choice') throw new Error('no choice');
    const row = book.find((r) => r.column === single.id)!;
    expect(row.questionText).toBe(single.label.nl);
    expect(row.values).toEqual(single.options.map((o) => ({ value: o.id, label: o.label.nl })));
  });
});
