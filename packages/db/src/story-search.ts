import { type SQL, sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import type { TStoryChannel, TStoryLanguage, TStoryStatus } from './schema';
import { parseStorySearch } from './story-search-query';

/*
 * The stories table of the portal: filtered, searched, sorted and paged in SQLite. Full
 * text runs on `story_fts`, answers on `story_answer_facets`; both are kept in step with
 * `stories` by the triggers of migration 0005, and neither holds a withdrawn story.
 */

/** A condition on one answer; the options of one condition are alternatives (any of). */
export type TAnswerFilter =
  | { kind: 'options'; source: TAnswerSource; questionId: string; options: readonly string[] }
  | { kind: 'zones'; source: TAnswerSource; questionId: string; zones: readonly string[] }
  | { kind: 'range'; source: TAnswerSource; questionId: string; min: number; max: number }
  | {
      kind: 'quadrants';
      source: TAnswerSource;
      questionId: string;
      stoneId: string;
      /** As in analytics' describeStones: (x ≥ 0.5) + 2·(y ≥ 0.5). */
      quadrants: readonly number[];
    };

/** Whether the answer is about the story (a signifier) or about its teller. */
export type TAnswerSource = 'story' | 'participant';

export const STORY_SORT_KEYS = ['createdOn', 'title', 'status', 'channel'] as const;
export type TStorySortKey = (typeof STORY_SORT_KEYS)[number];

export interface TStorySearchCursor {
  /** The sort key's value of the last story of the page before. */
  value: string;
  id: string;
}

export interface TStorySearchInput {
  projectId: string;
  /** The statuses the viewer may see, already narrowed by the viewer's own choice. */
  statuses: readonly TStoryStatus[];
  collectionIds?: readonly string[];
  channels?: readonly TStoryChannel[];
  /** 'YYYY-MM-DD', both inclusive. */
  createdFrom?: string;
  createdTo?: string;
  /** What the person typed; parsed by `parseStorySearch`. */
  text?: string;
  /**
   * Which text the words are looked for in: the story as told (the research team), or the
   * moderator's approved redaction (anyone outside it; a story without one is not found).
   */
  searchIn: 'original' | 'redacted';
  /** Stories coded (whole or a passage) with any of these codes. */
  codeIds?: readonly string[];
  answers?: readonly TAnswerFilter[];
  sort: { key: TStorySortKey; direction: 'asc' | 'desc' };
  limit: number;
  after?: TStorySearchCursor;
  /** Only when the viewer may see who told a story. */
  withParticipantAnswers: boolean;
  /** Also count every match (the first page needs it; later pages do not). */
  withTotal: boolean;
}

export interface TStorySearchRow {
  id: string;
  collectionId: string;
  promptId: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  channel: TStoryChannel;
  status: TStoryStatus;
  createdOn: string;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown> | null;
}

export interface TStorySearchResult {
  stories: TStorySearchRow[];
  /** Every match, when asked for. */
  total: number | null;
  next: TStorySearchCursor | null;
}

const SORT_COLUMNS: Record<TStorySortKey, SQL> = {
  createdOn: sql`s.created_on`,
  title: sql`s.title COLLATE NOCASE`,
  status: sql`s.status`,
  channel: sql`s.channel`,
};

const inList = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The key of the story row `s` matches this facet condition. */
function answerCondition(filter: TAnswerFilter): SQL {
  const base = sql`f.question_id = ${filter.questionId} AND f.source = ${filter.source}`;
  switch (filter.kind) {
    case 'options':
      return sql`f.facet IN (${inList(filter.options)}) AND ${base}`;
    case 'zones':
      return sql`f.facet IN (${inList(filter.zones)}) AND ${base}`;
    case 'quadrants':
      return sql`f.facet IN (${inList(filter.quadrants.map((q) => `${filter.stoneId}:${q}`))}) AND ${base}`;
    case 'range':
      return sql`f.value BETWEEN ${filter.min} AND ${filter.max} AND ${base}`;
  }
}

function whereClause(input: TStorySearchInput): SQL | null {
  // Withdrawn stories are gone for everyone, whatever the caller asks.
  const statuses = input.statuses.filter((s) => s !== 'withdrawn');
  if (statuses.length === 0) return null;
  const conditions: SQL[] = [
    sql`s.collection_id IN (SELECT id FROM collections WHERE project_id = ${input.projectId})`,
    sql`s.status IN (${inList(statuses)})`,
  ];
  if (input.collectionIds) {
    if (input.collectionIds.length === 0) return null;
    conditions.push(sql`s.collection_id IN (${inList(input.collectionIds)})`);
  }
  if (input.channels) {
    if (input.channels.length === 0) return null;
    conditions.push(sql`s.channel IN (${inList(input.channels)})`);
  }
  if (input.createdFrom) conditions.push(sql`s.created_on >= ${input.createdFrom}`);
  if (input.createdTo) conditions.push(sql`s.created_on <= ${input.createdTo}`);
  const keyed: SQL[] = [];
  if (input.text) {
    const query = parseStorySearch(input.text);
    const columns =
      input.searchIn === 'original' ? '{title text}' : '{redacted_title redacted_text}';
    if (query.include) {
      const match = `${columns} : (${query.include})`;
      keyed.push(sql`k.key IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${match})`);
    }
    if (query.exclude) {
      const match = `${columns} : (${query.exclude})`;
      keyed.push(sql`k.key NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${match})`);
    }
  }
  for (const filter of input.answers ?? []) {
    keyed.push(
      sql`k.key IN (SELECT f.story_key FROM story_answer_facets f WHERE ${answerCondition(filter)})`,
    );
  }
  if (input.codeIds) {
    if (input.codeIds.length === 0) return null;
    conditions.push(
      sql`s.id IN (SELECT story_id FROM story_codings WHERE code_id IN (${inList(input.codeIds)}))`,
    );
  }
  if (keyed.length > 0) {
    conditions.push(
      sql`s.id IN (SELECT k.story_id FROM story_search_keys k WHERE ${sql.join(keyed, sql` AND `)})`,
    );
  }
  return sql.join(conditions, sql` AND `);
}

interface TRawRow {
  id: string;
  collection_id: string;
  prompt_id: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  channel: TStoryChannel;
  status: TStoryStatus;
  created_on: string;
  answers: string;
  participant_answers: string | null;
  sort_value: string;
}

/**
 * A page of a project's stories that match every filter, sorted on the server with the
 * story id as tie-breaker (keyset paging: a page stays the same while stories come in).
 */
export function searchProjectStories(
  db: TDbExecutor,
  input: TStorySearchInput,
): TStorySearchResult {
  const where = whereClause(input);
  if (!where) return { stories: [], total: input.withTotal ? 0 : null, next: null };
  const column = SORT_COLUMNS[input.sort.key];
  const desc = input.sort.direction === 'desc';
  const conditions = [where];
  if (input.after) {
    const { value, id } = input.after;
    conditions.push(
      desc
        ? sql`(${column} < ${value} OR (${column} = ${value} AND s.id < ${id}))`
        : sql`(${column} > ${value} OR (${column} = ${value} AND s.id > ${id}))`,
    );
  }
  const direction = desc ? sql`DESC` : sql`ASC`;
  const participantAnswers = input.withParticipantAnswers
    ? sql`(SELECT p.answers FROM participants p WHERE p.id = s.participant_id)`
    : sql`NULL`;
  const rows = db.all<TRawRow>(sql`
    SELECT s.id, s.collection_id, s.prompt_id, s.title, s.text, s.language, s.channel,
      s.status, s.created_on, s.answers, ${participantAnswers} AS participant_answers,
      ${column} AS sort_value
    FROM stories s
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${column} ${direction}, s.id ${direction}
    LIMIT ${input.limit + 1}
  `);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const total = input.withTotal
    ? (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM stories s WHERE ${where}`)?.n ?? 0)
    : null;
  return {
    stories: page.map(toSearchRow),
    total,
    next:
      rows.length > input.limit && last ? { value: String(last.sort_value), id: last.id } : null,
  };
}

function toSearchRow(row: TRawRow): TStorySearchRow {
  return {
    id: row.id,
    collectionId: row.collection_id,
    promptId: row.prompt_id,
    title: row.title,
    text: row.text,
    language: row.language,
    channel: row.channel,
    status: row.status,
    createdOn: row.created_on,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    participantAnswers:
      row.participant_answers === null
        ? null
        : (JSON.parse(row.participant_answers) as Record<string, unknown>),
  };
}

/** One story of the project, if the viewer may see its status; withdrawn ones never. */
export function findProjectStory(
  db: TDbExecutor,
  input: {
    projectId: string;
    storyId: string;
    statuses: readonly TStoryStatus[];
    withParticipantAnswers: boolean;
  },
): TStorySearchRow | undefined {
  const statuses = input.statuses.filter((s) => s !== 'withdrawn');
  if (statuses.length === 0) return undefined;
  const participantAnswers = input.withParticipantAnswers
    ? sql`(SELECT p.answers FROM participants p WHERE p.id = s.participant_id)`
    : sql`NULL`;
  const row = db.get<TRawRow>(sql`
    SELECT s.id, s.collection_id, s.prompt_id, s.title, s.text, s.language, s.channel,
      s.status, s.created_on, s.answers, ${participantAnswers} AS participant_answers,
      s.id AS sort_value
    FROM stories s
    WHERE s.id = ${input.storyId}
      AND s.collection_id IN (SELECT id FROM collections WHERE project_id = ${input.projectId})
      AND s.status IN (${inList(statuses)})
  `);
  return row ? toSearchRow(row) : undefined;
}
