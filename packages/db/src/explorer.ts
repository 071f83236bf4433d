import { and, asc, eq, inArray, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
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
  collectionId: string;
  channel: TStoryChannel;
  status: TStoryStatus;
  createdOn: string;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown>;
}

/**
 * A value that changes when any story is added, removed or changes status: per status the
 * count and the sum of rowids (answers never change once stored). Read from the status
 * index alone, without touching the rows, so it costs little on every request.
 */
export function readExplorerFingerprint(db: TDbExecutor, _projectId: string): string {
  const rows = db
    .select({
      status: stories.status,
      n: sql<number>`count(*)`,
      sum: sql<number>`total(${stories}.rowid)`,
    })
    .from(stories)
    .groupBy(stories.status)
    .all();
  return rows.map((row) => `${row.status}:${row.n}:${row.sum}`).join('|');
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
 * nor rejected), in a fixed order (collections as created, then by day and id), a page at a
 * time so that their parsed answers are never all in memory at once. `begin` gets the
 * number of stories before the first and returns what is called with each. One read
 * transaction, so that count and stories agree.
 */
export function visitExplorerStories(
  db: TDbExecutor,
  projectId: string,
  collectionIds: readonly string[],
  begin: (count: number) => (row: TExplorerStoryRow, position: number) => void,
  pageSize = 250,
): void {
  if (collectionIds.length === 0) {
    begin(0);
    return;
  }
  inTransaction(db, (tx) => {
    const ordered = tx
      .select({ id: collections.id })
      .from(collections)
      .where(and(eq(collections.projectId, projectId), inArray(collections.id, [...collectionIds])))
      .orderBy(sql`${collections}.rowid`)
      .all();
    const usable = and(
      inArray(
        stories.collectionId,
        ordered.map((c) => c.id),
      ),
      notInArray(stories.status, ['withdrawn', 'rejected']),
    );
    const count = tx.select({ n: sql<number>`count(*)` }).from(stories).where(usable).get()?.n ?? 0;
    const visit = begin(count);
    let position = 0;
    // One statement for every page (a statement per page leaves hundreds to the collector).
    const page = tx
      .select(explorerStoryColumns)
      .from(stories)
      .innerJoin(participants, eq(participants.id, stories.participantId))
      .where(
        and(
          eq(stories.collectionId, sql.placeholder('collectionId')),
          notInArray(stories.status, ['withdrawn', 'rejected']),
          sql`(${stories.createdOn}, ${stories.id}) > (${sql.placeholder('createdOn')}, ${sql.placeholder('id')})`,
        ),
      )
      .orderBy(asc(stories.createdOn), asc(stories.id))
      .limit(pageSize)
      .prepare();
    for (const { id: collectionId } of ordered) {
      // Every day and id is greater than the empty string.
      let after = { createdOn: '', id: '' };
      for (;;) {
        const rows: TExplorerStoryRow[] = page.all({ collectionId, ...after });
        for (const row of rows) {
          if (position === count) throw new Error('more stories than counted');
          visit(row, position++);
        }
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) break;
        after = { createdOn: last.createdOn, id: last.id };
      }
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
