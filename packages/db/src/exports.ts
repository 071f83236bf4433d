import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { participants, stories, type TStoryStatus } from './schema';

export interface TStoryForExport {
  id: string;
  participantId: string;
  promptId: string;
  title: string;
  text: string;
  language: 'nl' | 'en';
  channel: string;
  status: TStoryStatus;
  createdOn: string;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown>;
}

/**
 * Every story of a collection with one of these statuses, oldest first, with its
 * participant's answers: what an export writes. Withdrawn stories are never asked for.
 */
export function listCollectionStoriesForExport(
  db: TDbExecutor,
  collectionId: string,
  statuses: readonly TStoryStatus[],
): TStoryForExport[] {
  if (statuses.length === 0) return [];
  return db
    .select({
      id: stories.id,
      participantId: stories.participantId,
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
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(and(eq(stories.collectionId, collectionId), inArray(stories.status, [...statuses])))
    .orderBy(asc(stories.createdOn), asc(stories.clientId))
    .all();
}
