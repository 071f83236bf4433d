import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import {
  collections,
  participants,
  STORY_STATUSES,
  stories,
  type TStoryChannel,
  type TStoryStatus,
} from './schema';
import type { TProjectStory } from './stories';

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

/** Every story of the project (withdrawn ones left out) with its answers. */
export function readExplorerStories(db: TDbExecutor, projectId: string): TExplorerStoryRow[] {
  return db
    .select({
      id: stories.id,
      collectionId: stories.collectionId,
      channel: stories.channel,
      status: stories.status,
      createdOn: stories.createdOn,
      answers: stories.answers,
      participantAnswers: participants.answers,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(and(eq(collections.projectId, projectId), ne(stories.status, 'withdrawn')))
    .all();
}

/** Ids of the project's stories whose title or text contains `text` (case-insensitive). */
export function searchExplorerStoryIds(db: TDbExecutor, projectId: string, text: string): string[] {
  const needle = text.toLowerCase();
  return db
    .select({ id: stories.id })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(
      and(
        eq(collections.projectId, projectId),
        sql`instr(lower(${stories.title} || ' ' || ${stories.text}), ${needle}) > 0`,
      ),
    )
    .all()
    .map((row) => row.id);
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
