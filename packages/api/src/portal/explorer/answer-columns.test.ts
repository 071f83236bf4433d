import type { TDbExecutor, TExplorerStoryRow } from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { columnOf, datasetOf, filterRows } from './explorer-data';

/*
 * The dataset keeps typed columns, not the answers: each answer read back from them must be
 * the answer as stored, also the odd ones a validator would refuse.
 */
const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 600, seed: 12 });
const rows: TExplorerStoryRow[] = stories.map((story, i) => {
  const answers: Record<string, unknown> = JSON.parse(JSON.stringify(story.answers));
  const participantAnswers: Record<string, unknown> = JSON.parse(
    JSON.stringify(story.participantAnswers),
  );
  const odd: [Record<string, unknown>, string, unknown][] = [
    [answers, 'gevoel', null],
    [answers, 'gevoel', 'onbekend'],
    [answers, 'gevoel', { selected: 'positief', other: 'ja' }],
    [answers, 'hulp', 'dk'],
    [answers, 'hulp', { a: 0.5, b: 0.5, c: 0, d: 1 }],
    [answers, 'hulp', { a: '0.5', b: 0.5, c: 0 }],
    [answers, 'tempo', 'onzin'],
    [answers, 'tempo', null],
    [answers, 'plekken', {}],
    [answers, 'plekken', []],
    [answers, 'plekken', { onbekend: { x: 0.1, y: 0.2 } }],
    [answers, 'fase', ['tijdens_de_hulp', 'hulp_zoeken']],
    [answers, 'fase', ['hulp_zoeken', 'hulp_zoeken']],
    [answers, 'fase', []],
    [answers, 'fase', 'hulp_zoeken'],
    [participantAnswers, 'rol', { selected: 'grootouder', other: 'Oom' }],
    [participantAnswers, 'gemeente', 'na'],
  ];
  const change = odd[i % 40];
  if (change) change[0][change[1]] = change[2];
  return {
    id: story.id,
    collectionId: i % 2 ? 'b' : 'a',
    channel: story.channel,
    status: i % 3 ? 'approved' : 'pending',
    createdOn: story.createdOn,
    answers,
    participantAnswers,
  };
});
const dataset = datasetOf({
  fingerprint: 'test',
  framework: zhzJeugdhulp,
  frameworks: [{ id: 'zhz', title: 'ZHZ' }],
  collections: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
  rows,
});

describe("the dataset's answer columns", () => {
  it('give back every answer as it was stored, the odd ones too', () => {
    let compared = 0;
    for (const question of dataset.questions.values()) {
      if (question.question.kind === 'text') continue;
      const column = columnOf(dataset, question);
      rows.forEach((row, i) => {
        const stored = (question.scope === 'story' ? row.answers : row.participantAnswers)[
          question.question.id
        ];
        expect(column.at(i), `${question.question.id} of story ${i}`).toStrictEqual(stored);
        compared++;
      });
    }
    expect(compared).toBe(600 * 14);
  });

  it('keep the stories in order with their collection, year and status', () => {
    expect(dataset.rowIds).toEqual(rows.map((r) => r.id));
    expect([...dataset.collectionIndex]).toEqual(rows.map((r) => (r.collectionId === 'b' ? 1 : 0)));
    expect([...dataset.years]).toEqual(rows.map((r) => Number(r.createdOn.slice(0, 4))));
    expect([...dataset.approved]).toEqual(rows.map((r) => (r.status === 'approved' ? 1 : 0)));
  });
});

describe('a filter on options', () => {
  const db = null as unknown as TDbExecutor;
  it('is refused on a question without options (it failed with a server error on a triad)', () => {
    for (const question of ['hulp', 'tempo', 'boodschap']) {
      const refused = (() => {
        try {
          filterRows(db, 'p', dataset, [{ kind: 'choice', question, options: ['x'] }], 'team');
        } catch (error) {
          return error;
        }
      })();
      expect(refused, question).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'BAD_INPUT' });
    }
  });

  it('finds the stories whose answer has one of the options, also in odd answers', () => {
    const found = filterRows(
      db,
      'p',
      dataset,
      [{ kind: 'choice', question: 'rol', options: ['grootouder'] }],
      'team',
    );
    const expected = rows.flatMap((row, i) => {
      const rol = row.participantAnswers.rol;
      const chosen = typeof rol === 'string' ? rol : (rol as { selected?: string })?.selected;
      return chosen === 'grootouder' ? [i] : [];
    });
    expect(expected.length).toBeGreaterThan(10);
    expect([...found]).toEqual(expected);
  });
});
