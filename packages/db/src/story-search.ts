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
  /** Its search key: the tie-breaker. */
  key: number;
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

// Columns of story_search_keys (`k`), where the title is NOCASE.
const SORT_COLUMNS: Record<TStorySortKey, SQL> = {
  createdOn: sql`k.created_on`,
  title: sql`k.title`,
  status: sql`k.status`,
  channel: sql`k.channel`,
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

/**
 * What a search asks of story_search_keys `k`: conditions on its own columns, and the keys
 * a story must be among (full text, answers, codes), intersected into one list. Null when
 * nothing can match.
 */
interface TSearchPlan {
  conditions: SQL;
  /** A compound SELECT of one column `key`; null when no filter names keys. */
  keySet: SQL | null;
  /** The same filters as tests of one row `k`, for walking the stories in sort order. */
  keyTests: SQL;
}

function searchPlan(input: TStorySearchInput): TSearchPlan | null {
  // Withdrawn stories are gone for everyone, whatever the caller asks.
  const statuses = input.statuses.filter((s) => s !== 'withdrawn');
  if (statuses.length === 0) return null;
  const conditions: SQL[] = [
    sql`k.collection_id IN (SELECT id FROM collections WHERE project_id = ${input.projectId})`,
    sql`k.status IN (${inList(statuses)})`,
  ];
  if (input.collectionIds) {
    if (input.collectionIds.length === 0) return null;
    conditions.push(sql`k.collection_id IN (${inList(input.collectionIds)})`);
  }
  if (input.channels) {
    if (input.channels.length === 0) return null;
    conditions.push(sql`k.channel IN (${inList(input.channels)})`);
  }
  if (input.createdFrom) conditions.push(sql`k.created_on >= ${input.createdFrom}`);
  if (input.createdTo) conditions.push(sql`k.created_on <= ${input.createdTo}`);
  // One list, not a `k.key IN (…)` per filter: SQLite takes two of those as constraints on
  // `key` and on its alias `rowid` and probes every pair of the two lists (seconds per page
  // at 100 000 stories).
  const keySets: SQL[] = [];
  const keyTests: SQL[] = [];
  if (input.text) {
    const query = parseStorySearch(input.text);
    const columns =
      input.searchIn === 'original' ? '{title text}' : '{redacted_title redacted_text}';
    if (query.include) {
      const match = `${columns} : (${query.include})`;
      keySets.push(sql`SELECT rowid AS key FROM story_fts WHERE story_fts MATCH ${match}`);
      keyTests.push(sql`k.key IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${match})`);
    }
    if (query.exclude) {
      const match = `${columns} : (${query.exclude})`;
      conditions.push(
        sql`k.key NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${match})`,
      );
    }
  }
  for (const filter of input.answers ?? []) {
    keySets.push(
      sql`SELECT f.story_key AS key FROM story_answer_facets f WHERE ${answerCondition(filter)}`,
    );
    // Named, or a range would walk its whole value index for every story.
    keyTests.push(sql`EXISTS (SELECT 1
      FROM story_answer_facets f INDEXED BY story_answer_facets_story_question_idx
      WHERE f.story_key = k.key AND ${answerCondition(filter)})`);
  }
  if (input.codeIds) {
    if (input.codeIds.length === 0) return null;
    keySets.push(sql`SELECT ck.key AS key FROM story_codings c
      JOIN story_search_keys ck ON ck.story_id = c.story_id
      WHERE c.code_id IN (${inList(input.codeIds)})`);
    keyTests.push(sql`EXISTS (SELECT 1 FROM story_codings c
      WHERE c.story_id = k.story_id AND c.code_id IN (${inList(input.codeIds)}))`);
  }
  return {
    conditions: sql.join(conditions, sql` AND `),
    keySet: keySets.length === 0 ? null : sql.join(keySets, sql` INTERSECT `),
    keyTests: sql.join(keyTests, sql` AND `),
  };
}

// The index that holds story_search_keys in each sort order, key last.
const SORT_INDEXES: Record<TStorySortKey, SQL> = {
  createdOn: sql.raw('story_search_keys_created_idx'),
  title: sql.raw('story_search_keys_title_idx'),
  status: sql.raw('story_search_keys_status_idx'),
  channel: sql.raw('story_search_keys_channel_idx'),
};

/**
 * How many stories, in sort order, a page first looks at for its matches before it reads
 * every match instead. When many stories match (a common word), the first few thousand hold
 * a page; when few do, reading the matches and sorting them is cheaper than walking all.
 */
const WALK_ROWS = 2000;

/** At most this many sparse matches are read at once, which then also gives their count. */
const READ_ALL = 5000;

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
}

const storyColumns = (withParticipantAnswers: boolean) => sql`
  s.id, s.collection_id, s.prompt_id, s.title, s.text, s.language, s.channel, s.status,
  s.created_on, s.answers,
  ${
    withParticipantAnswers
      ? sql`(SELECT p.answers FROM participants p WHERE p.id = s.participant_id)`
      : sql`NULL`
  } AS participant_answers`;

/**
 * A page of a project's stories that match every filter, sorted on the server with the
 * search key as tie-breaker (keyset paging: a page stays the same while stories come in).
 * Filtering, sorting and counting run on the narrow story_search_keys; only the page's
 * stories are read whole.
 */
export function searchProjectStories(
  db: TDbExecutor,
  input: TStorySearchInput,
): TStorySearchResult {
  const plan = searchPlan(input);
  if (!plan) return { stories: [], total: input.withTotal ? 0 : null, next: null };
  const found = pageKeys(db, input, plan);
  const keys = found.keys;
  const total = input.withTotal ? (found.total ?? countMatches(db, plan)) : null;
  const page = keys.slice(0, input.limit);
  const byId = new Map(
    page.length === 0
      ? []
      : db
          .all<TRawRow>(sql`
            SELECT ${storyColumns(input.withParticipantAnswers)} FROM stories s
            WHERE s.id IN (${inList(page.map((k) => k.story_id))})`)
          .map((row) => [row.id, row] as const),
  );
  const last = page.at(-1);
  return {
    stories: page.flatMap((k) => {
      const row = byId.get(k.story_id);
      return row ? [toSearchRow(row)] : [];
    }),
    total,
    next:
      keys.length > input.limit && last ? { value: String(last.sort_value), key: last.key } : null,
  };
}

/** Every match: from the key list when there is one, each key looked up once by rowid. */
function countMatches(db: TDbExecutor, plan: TSearchPlan): number {
  const from = plan.keySet
    ? sql`(${plan.keySet}) m CROSS JOIN story_search_keys k ON k.key = m.key`
    : sql`story_search_keys k`;
  return (
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${plan.conditions}`)?.n ?? 0
  );
}

interface TPageKey {
  key: number;
  story_id: string;
  sort_value: string;
}

/**
 * The keys of the page and of one story more (whether a next page exists); also every
 * match's count when reading them all gave it on the way.
 */
function pageKeys(
  db: TDbExecutor,
  input: TStorySearchInput,
  plan: TSearchPlan,
): { keys: TPageKey[]; total?: number } {
  const column = SORT_COLUMNS[input.sort.key];
  const desc = input.sort.direction === 'desc';
  const direction = desc ? sql`DESC` : sql`ASC`;
  const conditions = [plan.conditions];
  if (input.after) {
    const { value, key } = input.after;
    conditions.push(
      desc
        ? sql`(${column} < ${value} OR (${column} = ${value} AND k.key < ${key}))`
        : sql`(${column} > ${value} OR (${column} = ${value} AND k.key > ${key}))`,
    );
  }
  const where = sql.join(conditions, sql` AND `);
  const wanted = input.limit + 1;
  if (!plan.keySet) {
    const keys = db.all<TPageKey>(sql`
      SELECT k.key, k.story_id, ${column} AS sort_value
      FROM story_search_keys k
      WHERE ${where}
      ORDER BY ${column} ${direction}, k.key ${direction}
      LIMIT ${wanted}`);
    return { keys };
  }
  // The first stories in sort order, each tested; enough matches among them make the page
  // (the same as below), too few mean the matches are sparse: read them all instead.
  const outer = input.sort.key === 'title' ? sql`w.sort_value COLLATE NOCASE` : sql`w.sort_value`;
  const walked = db.all<TPageKey>(sql`
    SELECT w.key, w.story_id, w.sort_value FROM (
      SELECT k.key, k.story_id, ${column} AS sort_value, ${plan.keyTests} AS hit
      FROM story_search_keys k INDEXED BY ${SORT_INDEXES[input.sort.key]}
      WHERE ${where}
      ORDER BY ${column} ${direction}, k.key ${direction}
      LIMIT ${WALK_ROWS}
    ) w
    WHERE w.hit
    ORDER BY ${outer} ${direction}, w.key ${direction}
    LIMIT ${wanted}`);
  if (walked.length === wanted) return { keys: walked };
  // Sparse: up to READ_ALL of the matches, sorted; on the first page, when that is all of
  // them, they are also the count.
  const all = input.withTotal && !input.after;
  const keys = db.all<TPageKey>(sql`
    SELECT k.key, k.story_id, ${column} AS sort_value
    FROM (${plan.keySet}) m CROSS JOIN story_search_keys k ON k.key = m.key
    WHERE ${where}
    ORDER BY ${column} ${direction}, k.key ${direction}
    LIMIT ${all ? READ_ALL + 1 : wanted}`);
  return all && keys.length <= READ_ALL
    ? { keys: keys.slice(0, wanted), total: keys.length }
    : { keys: keys.slice(0, wanted) };
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
  const row = db.get<TRawRow>(sql`
    SELECT ${storyColumns(input.withParticipantAnswers)}
    FROM stories s
    WHERE s.id = ${input.storyId}
      AND s.collection_id IN (SELECT id FROM collections WHERE project_id = ${input.projectId})
      AND s.status IN (${inList(statuses)})
  `);
  return row ? toSearchRow(row) : undefined;
}

/** How many stories' title or text match what was typed: FTS5 alone, for the benchmark. */
export function countStoryTextMatches(db: TDbExecutor, text: string): number {
  const query = parseStorySearch(text);
  if (!query.include) return 0;
  return (
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM story_fts WHERE story_fts MATCH ${`{title text} : (${query.include})`}`,
    )?.n ?? 0
  );
}
