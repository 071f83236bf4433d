import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import { deleteDraft, findDraft } from './drafts';
import { deleteStoryDerivatives } from './moderation';
import { preparedQuery } from './prepared';
import { collections, participants, stories, type TStoryStatus } from './schema';

/*
 * A participant's personal code reaches the database only as a keyed hash (made in api).
 * These functions find what belongs to a code: the participant, their stories, their draft.
 */

export interface TCodeParticipant {
  id: string;
  collectionId: string;
}

export function findParticipantByCodeHash(
  db: TDbExecutor,
  codeHash: string,
): TCodeParticipant | undefined {
  return preparedQuery(db, 'participantByCodeHash', (db) =>
    db
      .select({ id: participants.id, collectionId: participants.collectionId })
      .from(participants)
      .where(eq(participants.codeHash, sql.placeholder('codeHash')))
      .prepare(),
  ).get({ codeHash });
}

/** Whether a code was ever given out and still means something: a participant or a live draft. */
export function isKnownCodeHash(db: TDbExecutor, codeHash: string, now: Date): boolean {
  return (
    findParticipantByCodeHash(db, codeHash) !== undefined ||
    findDraft(db, codeHash, now) !== undefined
  );
}

export interface TParticipantStory {
  id: string;
  title: string;
  createdOn: string;
  status: TStoryStatus;
}

/** The stories told under a code, oldest first; withdrawn ones have no title left. */
export function listParticipantStories(
  db: TDbExecutor,
  participantId: string,
): TParticipantStory[] {
  return db
    .select({
      id: stories.id,
      title: stories.title,
      createdOn: stories.createdOn,
      status: stories.status,
    })
    .from(stories)
    .where(eq(stories.participantId, participantId))
    .orderBy(asc(stories.createdOn), asc(stories.id))
    .all();
}

function collectionProject(db: TDbExecutor, collectionId: string): string | undefined {
  return db
    .select({ projectId: collections.projectId })
    .from(collections)
    .where(eq(collections.id, collectionId))
    .get()?.projectId;
}

export interface TWithdrawal {
  /** Stories of the participant that are withdrawn now, counting earlier withdrawals. */
  withdrawn: number;
  /** Stories withdrawn by this call; 0 on a repeat. */
  newlyWithdrawn: number;
  draftDeleted: boolean;
}

/**
 * Withdraws everything a participant shared: every story keeps only its row and the
 * status `withdrawn` (so a repeat is harmless and counts stay honest), while its title,
 * text and answers are blanked; the participant's own answers and their draft go too.
 * An audit entry records that it happened in which collection and on which day: never the
 * code, the participant's id or the time of day, so it cannot be linked back to a person.
 * `day` is 'YYYY-MM-DD' in the research calendar (the caller decides it).
 */
export function withdrawByCodeHash(
  db: TDbExecutor,
  { codeHash, day }: { codeHash: string; day: string },
): TWithdrawal {
  return inTransaction(db, (tx) => {
    const draftDeleted = deleteDraft(tx, codeHash);
    const participant = findParticipantByCodeHash(tx, codeHash);
    if (!participant) return { withdrawn: 0, newlyWithdrawn: 0, draftDeleted };
    // Codes, passages, redactions and decisions are about the text: they go with it.
    deleteStoryDerivatives(
      tx,
      listParticipantStories(tx, participant.id).map((s) => s.id),
    );
    const newlyWithdrawn = tx
      .update(stories)
      .set({ status: 'withdrawn', title: '', text: '', answers: {} })
      .where(and(eq(stories.participantId, participant.id), ne(stories.status, 'withdrawn')))
      .run().changes;
    tx.update(participants).set({ answers: {} }).where(eq(participants.id, participant.id)).run();
    const withdrawn = listParticipantStories(tx, participant.id).length;
    if (newlyWithdrawn > 0 || draftDeleted) {
      appendAuditEntry(tx, {
        at: new Date(`${day}T00:00:00Z`),
        dayOnly: true,
        actorUserId: null,
        projectId: collectionProject(tx, participant.collectionId),
        action: 'participant.withdraw',
        subject: `collection:${participant.collectionId}`,
        details: { stories: newlyWithdrawn, draftDeleted },
      });
    }
    return { withdrawn, newlyWithdrawn, draftDeleted };
  });
}

export interface TStoryWithdrawal {
  /** Stories of the participant that are withdrawn now, counting earlier withdrawals. */
  withdrawn: number;
  /** Whether this call withdrew the story; false on a repeat. */
  newlyWithdrawn: boolean;
}

/**
 * Withdraws one story of the participant who holds the code, as `withdrawByCodeHash` does for
 * all: the row stays with status `withdrawn`, its title, text and answers are blanked. When no
 * story of the participant is left, their own answers go too. Undefined when the story is not
 * theirs. The audit entry names the collection and the day only, not the participant or the
 * story, so the log cannot link withdrawals of one person (`day`: 'YYYY-MM-DD').
 */
export function withdrawStoryByCodeHash(
  db: TDbExecutor,
  { codeHash, storyId, day }: { codeHash: string; storyId: string; day: string },
): TStoryWithdrawal | undefined {
  return inTransaction(db, (tx) => {
    const participant = findParticipantByCodeHash(tx, codeHash);
    if (!participant) return undefined;
    const own = listParticipantStories(tx, participant.id);
    const target = own.find((s) => s.id === storyId);
    if (!target) return undefined;
    if (target.status === 'withdrawn') {
      return {
        withdrawn: own.filter((s) => s.status === 'withdrawn').length,
        newlyWithdrawn: false,
      };
    }
    tx.update(stories)
      .set({ status: 'withdrawn', title: '', text: '', answers: {} })
      .where(and(eq(stories.id, storyId), eq(stories.participantId, participant.id)))
      .run();
    deleteStoryDerivatives(tx, [storyId]);
    const withdrawn = own.filter((s) => s.status === 'withdrawn').length + 1;
    if (withdrawn === own.length) {
      tx.update(participants).set({ answers: {} }).where(eq(participants.id, participant.id)).run();
    }
    appendAuditEntry(tx, {
      at: new Date(`${day}T00:00:00Z`),
      dayOnly: true,
      actorUserId: null,
      projectId: collectionProject(tx, participant.collectionId),
      action: 'story.withdraw',
      subject: `collection:${participant.collectionId}`,
      details: { stories: 1, day },
    });
    return { withdrawn, newlyWithdrawn: true };
  });
}
