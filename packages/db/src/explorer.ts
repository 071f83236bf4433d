import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { changedRowCount, inReadTransaction, type TDbExecutor } from './database';
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
 * Where the stories stand: the largest rowid (a new story is stored above every other) and the
 * last entry of the story log (every change of a stored story's status, collection or answers,
 * and every deletion; migration 0014), and a fingerprint of both that changes whenever either
 * does. Two lookups in indexes, and none while nothing was written.
 */
export function readStoryChanges(db: TDbExecutor): {
  fingerprint: string;
  lastRowid: number;
  logged: number;
} {
  // Whether anything at all was written since the last read, by this connection (its total
  // of changed rows) or by another (SQLite's data_version, e.g. the story writer's).
  const written = changedRowCount(db);
  const version = db.values<[number]>(sql`PRAGMA data_version`)[0]?.[0];
  const stamp = `${written}:${version}`;
  const last = lastChanges.get(db);
  if (last && last.stamp === stamp) return last.changes;
  const [lastRowid, logged] = db.values<[number, number]>(
    sql`SELECT coalesce((SELECT max(rowid) FROM stories), 0),
          coalesce((SELECT max(seq) FROM story_change_log), 0)`,
  )[0]!;
  const changes = { fingerprint: `${lastRowid}:${logged}`, lastRowid, logged };
  lastChanges.set(db, { stamp, changes });
  return changes;
}
const lastChanges = new WeakMap<
  object,
  { stamp: string; changes: ReturnType<typeof readStoryChanges> }
>();

/** A stored story that changed, as it is now (`id` null: it was deleted). */
export interface TLoggedStory {
  rowid: number;
  /** Whether more than its status changed (its collection or answers), or it was deleted. */
  reread: boolean;
  id: string | null;
  collectionId: string | null;
  status: TStoryStatus | null;
}

/**
 * The stories with a rowid up to `upTo` that changed (see `readStoryChanges`) in the log's
 * entries after `after` up to `through`, once each, in rowid order, as they are now.
 */
export function readLoggedStories(
  db: TDbExecutor,
  range: { after: number; through: number; upTo: number },
): TLoggedStory[] {
  return db
    .all<Omit<TLoggedStory, 'reread'> & { reread: number }>(
      sql`SELECT l.story_rowid AS rowid, l.reread AS reread, s.id AS id,
            s.collection_id AS collectionId, s.status AS status
          FROM (SELECT story_rowid, max(reread) AS reread FROM story_change_log
                WHERE seq > ${range.after} AND seq <= ${range.through}
                  AND story_rowid <= ${range.upTo}
                GROUP BY story_rowid) l
          LEFT JOIN stories s ON s.rowid = l.story_rowid
          ORDER BY l.story_rowid`,
    )
    .map((row) => ({ ...row, reread: row.reread === 1 }));
}

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
