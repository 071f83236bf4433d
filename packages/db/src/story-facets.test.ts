import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openWithCollection } from '../test/fixtures';
import type { TDatabase } from './database';
import { insertStoryOnce } from './stories';

let database: TDatabase | undefined;
afterEach(() => database?.close());

type TFacetRow = {
  source: string;
  question_id: string;
  facet: string | null;
  value: number | null;
};
const order = (rows: TFacetRow[]) =>
  rows.map((r) => JSON.stringify([r.source, r.question_id, r.facet, r.value])).sort();

// Answers of every shape the canonical encoding has, and some it has not.
const number = fc.oneof(
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, 0.5, 0.2, 0.6, 0.199999999, 0.599999999, 1),
);
const text = fc.oneof(
  fc.constantFrom('positief', 'jeugd_ggz', 'na', 'dk', 'A', '', 'met spatie', '9x', 'x'.repeat(65)),
  fc.string({ maxLength: 8 }),
);
const part = fc.oneof(
  text,
  number,
  fc.boolean(),
  fc.constant(null),
  fc.record({ x: number, y: number }),
  fc.record({ x: number }),
);
const answer = fc.oneof(
  text,
  number,
  fc.boolean(),
  fc.constant(null),
  fc.array(part, { maxLength: 4 }),
  fc.record({ a: number, b: number, c: number }),
  fc.record({ a: number, b: text, c: number }),
  fc.dictionary(fc.constantFrom('s1', 's2', 'a', 'x'), part, { maxKeys: 3 }),
  fc.record({
    selected: fc.oneof(fc.array(part, { maxLength: 3 }), text, fc.constant(null)),
    other: text,
  }),
);
const answers = fc.dictionary(fc.constantFrom('q1', 'q2', 'gevoel', 'hulp', 'stenen'), answer, {
  maxKeys: 5,
});

describe('insertStoryOnce: answer facets', () => {
  it('indexes a new story as the view story_answer_facet_rows reads its answers', () => {
    const opened = openWithCollection();
    database = opened.database;
    const db = opened.database.orm;
    let n = 0;
    fc.assert(
      fc.property(answers, answers, fc.boolean(), (story, participant, again) => {
        n++;
        // A second story of the same participant: their first answers are the ones stored.
        const participantClientId = again && n > 1 ? `deelnemer-${n - 1}` : `deelnemer-${n}`;
        const { storyId } = insertStoryOnce(db, {
          clientId: `verhaal-${n}`,
          collectionId: opened.collectionId,
          participant: { clientId: participantClientId, answers: participant },
          promptId: 'moment',
          title: `Verhaal ${n}`,
          text: 'Een verhaal.',
          language: 'nl',
          channel: 'web',
          answers: story,
          createdOn: '2026-11-01',
        });
        const stored = db.all<TFacetRow>(sql`
          SELECT f.source, f.question_id, f.facet, f.value FROM story_answer_facets f
          JOIN story_search_keys k ON k.key = f.story_key WHERE k.story_id = ${storyId}`);
        const viewed = db.all<TFacetRow>(sql`
          SELECT source, question_id, facet, value FROM story_answer_facet_rows
          WHERE story_id = ${storyId}`);
        expect(order(stored)).toEqual(order(viewed));
      }),
      { numRuns: 300 },
    );
    // The property above saw facets at all: options, zones, quadrants and numbers.
    const kinds = db.get<{ n: number }>(
      sql`SELECT count(DISTINCT CASE WHEN value IS NOT NULL THEN 'value' WHEN facet GLOB '*:[0-3]' THEN 'stone' WHEN facet GLOB 'corner-*' OR facet GLOB 'edge-*' OR facet = 'centre' THEN 'zone' ELSE 'option' END) AS n FROM story_answer_facets`,
    );
    expect(kinds?.n).toBe(4);
  });
});
