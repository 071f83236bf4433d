import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { inReadTransaction, type TDbExecutor } from './database';
import {
  collections,
  participants,
  STORY_STATUSES,
  stories,
  type TStoryChannel,
  type TStoryStatus,
} from './schema';
import type { TProjectStory } from './stories';
import { parseStorySearch } from './story-search-query';

/*
 * What the explorer reads: the answers of a project's stories as columns (kept in memory
 * by the api between requests), a fingerprint that changes whenever those answers or a
 * story's status change, text search, and the stories a chart selection names.
 */

export interface TExplorerStoryRow {
  id: string;
  /** The order in which stories were stored. */
  rowid?: number;
  collectionId: string;
  channel: TStoryChannel;
  status: TStoryStatus;
  createdOn: string;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown>;
}

/**
 * What changed since the stories up to rowid `upTo` were read: a fingerprint of all
 * stories that changes when any is added, removed or changes status (per status the count
 * and the sum of rowids; answers never change once stored), that of the stories up to
 * `upTo` alone (unchanged when only new stories came), and the last rowid now. One pass
 * over the status index, and none while nothing was written.
 */
export function readStoryChanges(
  db: TDbExecutor,
  upTo: number,
): { fingerprint: string; before: string; lastRowid: number } {
  // Whether anything at all was written since the last read, by this connection (its total
  // of changed rows) or by another (SQLite's data_version, e.g. the story writer's): two
  // lookups of microseconds instead of the status index's 100 000 entries (16 ms).
  const written = db.values<[number]>(sql`SELECT total_changes()`)[0]?.[0];
  const version = db.values<[number]>(sql`PRAGMA data_version`)[0]?.[0];
  const stamp = `${written}:${version}:${upTo}`;
  const last = lastChanges.get(db);
  if (last && last.stamp === stamp) return last.changes;
  const rows = db.all<{
    status: string;
    n: number;
    sum: number;
    n_before: number;
    sum_before: number;
    last: number | null;
  }>(
    sql`SELECT status, count(*) AS n, total(rowid) AS sum,
          total(rowid <= ${upTo}) AS n_before,
          total(CASE WHEN rowid <= ${upTo} THEN rowid END) AS sum_before,
          max(rowid) AS last
        FROM stories GROUP BY status ORDER BY status`,
  );
  const changes = {
    fingerprint: rows.map((row) => `${row.status}:${row.n}:${row.sum}`).join('|'),
    before: rows.map((row) => `${row.status}:${row.n_before}:${row.sum_before}`).join('|'),
    lastRowid: rows.reduce((most, row) => Math.max(most, row.last ?? 0), 0),
  };
  lastChanges.set(db, { stamp, changes });
  return changes;
}
const lastChanges = new WeakMap<
  object,
  { stamp: string; changes: ReturnType<typeof readStoryChanges> }
>();

/** The columns of a `TExplorerStoryRow`, of a story joined with its participant. */
const explorerStoryColumns = {
  id: stories.id,
  collectionId: stories.collectionId,
  channel: stories.channel,
  status: stories.status,
  createdOn: stories.createdOn,
  answers: stories.answers,
  participantAnswers: participants.answers,
};

/** Every story of the project (withdrawn ones left out) with its answers. */
export function readExplorerStories(db: TDbExecutor, projectId: string): TExplorerStoryRow[] {
  return db
    .select(explorerStoryColumns)
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(and(eq(collections.projectId, projectId), ne(stories.status, 'withdrawn')))
    .all();
}

/**
 * The stories of these collections of the project that analysis may use (neither withdrawn
 * nor rejected) with a rowid in `after` < rowid ≤ `upTo`, in the order they were stored
 * (so that stories stored later come after every story read before), a page at a time so
 * that their parsed answers are never all in memory at once. `begin` gets the number of
 * stories before the first and returns what is called with each (or nothing, to read no
 * further). One read transaction,
 * so that count and stories agree; it never holds up a writer.
 */
export function visitExplorerStories(
  db: TDbExecutor,
  projectId: string,
  collectionIds: readonly string[],
  begin: (count: number) => ((row: TExplorerStoryRow, position: number) => void) | undefined,
  range: { after: number; upTo: number } = { after: 0, upTo: Number.MAX_SAFE_INTEGER },
  pageSize = 250,
): void {
  if (collectionIds.length === 0) {
    begin(0);
    return;
  }
  inReadTransaction(db, (tx) => {
    const ofProject = tx
      .select({ id: collections.id })
      .from(collections)
      .where(and(eq(collections.projectId, projectId), inArray(collections.id, [...collectionIds])))
      .all()
      .map((c) => c.id);
    // In rowid order by the rowid itself: "+" keeps SQLite from taking the collection's
    // index and sorting every page (400 pages of 100 000 stories took 80 s that way).
    const usable = (after: SQL | number) =>
      sql`${stories}.rowid > ${after} AND ${stories}.rowid <= ${range.upTo}
        AND +${stories.collectionId} IN ${ofProject}
        AND +${stories.status} NOT IN ('withdrawn', 'rejected')`;
    const count =
      ofProject.length === 0
        ? 0
        : (tx.select({ n: sql<number>`count(*)` }).from(stories).where(usable(range.after)).get()
            ?.n ?? 0);
    const visit = begin(count);
    if (!visit || count === 0) return;
    let position = 0;
    // One statement for every page (a statement per page leaves hundreds to the collector).
    const page = tx
      .select({ ...explorerStoryColumns, rowid: sql<number>`${stories}.rowid` })
      .from(stories)
      .innerJoin(participants, eq(participants.id, stories.participantId))
      .where(usable(sql.placeholder('after') as unknown as SQL))
      .orderBy(sql`${stories}.rowid`)
      .limit(pageSize)
      .prepare();
    let after = range.after;
    for (;;) {
      const rows = page.all({ after });
      for (const row of rows) {
        if (position === count) throw new Error('more stories than counted');
        visit(row, position++);
      }
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) break;
      after = last.rowid;
    }
    if (position !== count) throw new Error('fewer stories than counted');
  });
}

/**
 * The rowids of the usable stories (as `visitExplorerStories` reads them) of these
 * collections up to rowid `upTo`, in the same order, and which of them are approved: what
 * a change of status alters. As plain rows of values: 100 000 of them are read at once.
 */
export function readExplorerStatuses(
  db: TDbExecutor,
  collectionIds: readonly string[],
  upTo: number,
): { rowids: Float64Array; approved: Uint8Array } {
  const rows =
    collectionIds.length === 0
      ? []
      : db.values<[number, number]>(
          sql`SELECT rowid, status = 'approved' FROM stories
              WHERE rowid <= ${upTo} AND +collection_id IN ${[...collectionIds]}
                AND +status NOT IN ('withdrawn', 'rejected')
              ORDER BY rowid`,
        );
  const rowids = new Float64Array(rows.length);
  const approved = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    rowids[i] = rows[i]![0];
    approved[i] = rows[i]![1];
  }
  return { rowids, approved };
}

/**
 * The ids of the project's stories whose title or text match what was typed, by the story
 * table's full-text index and query parser (case and accents ignored, "phrases", prefix*,
 * -word, OR). Outside the research team the redacted title and text are searched, so a
 * filter on a name that moderation removed finds nothing.
 */
export function searchExplorerStoryIds(
  db: TDbExecutor,
  projectId: string,
  text: string,
  searchIn: 'original' | 'redacted',
): string[] {
  const query = parseStorySearch(text);
  const columns = searchIn === 'original' ? '{title text}' : '{redacted_title redacted_text}';
  const conditions: SQL[] = [
    sql`k.collection_id IN (SELECT id FROM collections WHERE project_id = ${projectId})`,
  ];
  if (query.include) {
    conditions.push(
      sql`k.key IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${`${columns} : (${query.include})`})`,
    );
  }
  if (query.exclude) {
    conditions.push(
      sql`k.key NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ${`${columns} : (${query.exclude})`})`,
    );
  }
  return db
    .all<{ story_id: string }>(
      sql`SELECT k.story_id FROM story_search_keys k WHERE ${sql.join(conditions, sql` AND `)}`,
    )
    .map((row) => row.story_id);
}

/** The stories with these ids in the project, with one of the statuses, in the order given. */
export function readStoriesByIds(
  db: TDbExecutor,
  projectId: string,
  ids: readonly string[],
  statuses: readonly TStoryStatus[],
): TProjectStory[] {
  if (ids.length === 0 || statuses.length === 0) return [];
  const rows = db
    .select({
      id: stories.id,
      collectionId: stories.collectionId,
      promptId: stories.promptId,
      title: stories.title,
      text: stories.text,
      language: stories.language,
      channel: stories.channel,
      status: stories.status,
      createdOn: stories.createdOn,
      answers: stories.answers,
      participantAnswers: participants.answers,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(
      and(
        eq(collections.projectId, projectId),
        inArray(stories.id, [...ids]),
        inArray(
          stories.status,
          STORY_STATUSES.filter((s) => statuses.includes(s)),
        ),
      ),
    )
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
