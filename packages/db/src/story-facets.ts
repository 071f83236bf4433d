import type { TDbExecutor } from './database';
import { preparedStatement } from './prepared';

/**
 * The search facets of one set of answers: the rows `story_answer_facets` holds for them.
 *
 * The same rules as the view `story_answer_facet_rows` (migration 0007, still used when a
 * story's answers change), on the answers before they are written, so a new story does not
 * have SQLite take its JSON apart with json_each (120-200 µs a story in the writer):
 * - a top-level id-shaped string (an option, 'na', 'dk'): that facet;
 * - a top-level number: its value;
 * - a top-level triad `{ a, b, c }`: its zone, as analytics' triadZone (1e-9 for rounding);
 * - inside an array, or an object (its `selected` when it has one): every string, and each
 *   placed stone `{ x, y }` as `key:quadrant`, quadrant (x >= 0.5) + 2 (y >= 0.5).
 * Values are read as the JSON that is stored (JSON.stringify): no non-finite numbers.
 * A test checks these rows against the view's for generated answers.
 */
export type TAnswerFacet = [questionId: string, facet: string | null, value: number | null];

const ID_SHAPED = /^[a-z][a-z0-9_]{0,63}$/;
const CORNER = 0.599999999;
const EDGE = 0.199999999;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Anything JSON.stringify would write differently from how it is held (a Date, a Map). */
const asStored = (value: unknown): unknown =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? JSON.parse(JSON.stringify(value))
    : value;

function triadZone(t: Record<string, unknown>): string | null {
  const { a, b, c } = t;
  if (!isNumber(a) || !isNumber(b) || !isNumber(c)) return null;
  if (a >= CORNER) return 'corner-a';
  if (b >= CORNER) return 'corner-b';
  if (c >= CORNER) return 'corner-c';
  if (c < EDGE) return 'edge-ab';
  if (a < EDGE) return 'edge-bc';
  if (b < EDGE) return 'edge-ca';
  return 'centre';
}

function partFacet(key: string | number, part: unknown): string | null {
  if (typeof part === 'string') return part;
  if (isObject(part)) {
    const { x, y } = part;
    if (isNumber(x) && isNumber(y)) return `${key}:${(x >= 0.5 ? 1 : 0) + (y >= 0.5 ? 2 : 0)}`;
  }
  return null;
}

export function answerFacets(answers: unknown): TAnswerFacet[] {
  const rows: TAnswerFacet[] = [];
  const parts: TAnswerFacet[] = [];
  answers = asStored(answers);
  if (!isObject(answers)) return rows;
  for (const questionId of Object.keys(answers)) {
    const answer = asStored(answers[questionId]);
    if (typeof answer === 'string') {
      if (ID_SHAPED.test(answer)) rows.push([questionId, answer, null]);
    } else if (typeof answer === 'number') {
      if (Number.isFinite(answer)) rows.push([questionId, null, answer]);
    } else if (Array.isArray(answer)) {
      for (let i = 0; i < answer.length; i++) {
        const facet = partFacet(i, asStored(answer[i]));
        if (facet !== null) parts.push([questionId, facet, null]);
      }
    } else if (isObject(answer)) {
      const zone = triadZone(answer);
      if (zone !== null) rows.push([questionId, zone, null]);
      const selected = Object.hasOwn(answer, 'selected') ? asStored(answer.selected) : undefined;
      // An object with `selected` (even null) is read there; a lone string there is one option.
      const inside = selected === undefined ? answer : selected;
      if (typeof inside === 'string') parts.push([questionId, inside, null]);
      else if (Array.isArray(inside)) {
        for (let i = 0; i < inside.length; i++) {
          const facet = partFacet(i, asStored(inside[i]));
          if (facet !== null) parts.push([questionId, facet, null]);
        }
      } else if (isObject(inside)) {
        for (const key of Object.keys(inside)) {
          const value = asStored(inside[key]);
          if (value === undefined) continue;
          const facet = partFacet(key, value);
          if (facet !== null) parts.push([questionId, facet, null]);
        }
      }
    }
  }
  return rows.concat(parts);
}

/**
 * Indexes a just-inserted story's answers and its participant's for the answer filters (the
 * insert trigger fills the search keys and the text index; a withdrawn story gets none).
 */
export function insertStoryFacets(
  db: TDbExecutor,
  story: { id: string; status: string; answers: unknown; participantAnswers: unknown },
): void {
  if (story.status === 'withdrawn') return;
  const storyFacets = answerFacets(story.answers);
  const participantFacets = answerFacets(story.participantAnswers);
  if (storyFacets.length === 0 && participantFacets.length === 0) return;
  const { key } = preparedStatement(
    db,
    'storySearchKey',
    'SELECT key FROM story_search_keys WHERE story_id = ?',
  ).get(story.id) as { key: number };
  // A statement per row: one statement reading all rows from a JSON array took twice as long.
  const insert = preparedStatement(
    db,
    'insertStoryFacet',
    `INSERT INTO story_answer_facets (story_key, source, question_id, facet, value)
      VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [questionId, facet, value] of storyFacets) {
    insert.run(key, 'story', questionId, facet, value);
  }
  for (const [questionId, facet, value] of participantFacets) {
    insert.run(key, 'participant', questionId, facet, value);
  }
}
