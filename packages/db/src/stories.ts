import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, lt, ne, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { deleteDraft } from './drafts';
import { DbConflictError } from './errors';
import { findParticipantByCodeHash } from './participant-codes';
import { preparedQuery } from './prepared';
import {
  collections,
  participants,
  STORY_STATUSES,
  stories,
  type TStoryChannel,
  type TStoryLanguage,
  type TStoryStatus,
} from './schema';
import { purgeSpentProofsOfWork, spendProofOfWorkSignature } from './spent-proofs';
import { insertStoryFacets } from './story-facets';

export interface TNewStory {
  /** Made by the client once per story: the key of idempotency. */
  clientId: string;
  collectionId: string;
  participant: {
    clientId: string;
    answers: Record<string, unknown>;
    /**
     * Keyed hash of the participant's personal code. A participant already known by this
     * hash tells another story (also from another device); a new participant gets it.
     */
    codeHash?: string;
  };
  promptId: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  channel: TStoryChannel;
  status?: TStoryStatus;
  answers: Record<string, unknown>;
  /** 'YYYY-MM-DD'; the caller decides the calendar (Europe/Amsterdam for the intake). */
  createdOn: string;
  /**
   * A proof of work that came with the story, marked spent in the story's own transaction
   * (`spendProofOfWorkSignature`): spent when the story is stored, and only then. Already
   * spent: nothing is stored (DbConflictError 'proof-of-work-spent'). Signatures expired by
   * `now` are forgotten in the same transaction (they would be refused as expired anyway).
   */
  proofOfWork?: { signature: string; expiresAt: Date; now: Date };
}

export interface TInsertedStory {
  storyId: string;
  participantId: string;
  /** True when a story with this client id was already stored; nothing new was written. */
  duplicate: boolean;
  /** True when this story made the participant's row (and so took `participant.codeHash`). */
  participantCreated: boolean;
}

/** `{ id: sql.placeholder('id'), … }`: the values of a prepared insert. */
function placeholders<T extends string>(...names: T[]): Record<T, Placeholder> {
  const values = {} as Record<T, Placeholder>;
  for (const name of names) values[name] = sql.placeholder(name);
  return values;
}

// Prepared once per connection (see prepared.ts): the story insert's triggers make it the
// most expensive statement to prepare.
const insertParticipantQuery = (db: TDbExecutor) =>
  preparedQuery(db, 'insertParticipant', (db) =>
    db
      .insert(participants)
      .values(placeholders('id', 'collectionId', 'clientId', 'answers', 'codeHash', 'createdOn'))
      .prepare(),
  );

// A participant's answers as stored (their first), which their next story's facets index.
const participantAnswersQuery = (db: TDbExecutor) =>
  preparedQuery(db, 'participantAnswers', (db) =>
    db
      .select({ answers: participants.answers })
      .from(participants)
      .where(eq(participants.id, sql.placeholder('id')))
      .prepare(),
  );

const insertStoryQuery = (db: TDbExecutor) =>
  preparedQuery(db, 'insertStory', (db) =>
    db
      .insert(stories)
      .values(
        placeholders(
          'id',
          'clientId',
          'collectionId',
          'participantId',
          'promptId',
          'title',
          'text',
          'language',
          'channel',
          'status',
          'answers',
          'createdOn',
        ),
      )
      .onConflictDoNothing({ target: stories.clientId })
      .prepare(),
  );

/**
 * Stores a participant (once), their story and its answers in one transaction.
 * Idempotent on the story's client id: a retry returns the first story. A participant
 * telling a second story reuses their row; their answers are kept as first given.
 */
export function insertStoryOnce(db: TDbExecutor, story: TNewStory): TInsertedStory {
  return inTransaction(db, (tx) => {
    const existing = findStoryByClientId(tx, story.clientId);
    if (existing) {
      if (existing.collectionId !== story.collectionId) {
        throw new DbConflictError(
          'story-in-other-collection',
          'Dit verhaal is al bij een ander onderzoek ingestuurd.',
        );
      }
      return {
        storyId: existing.id,
        participantId: existing.participantId,
        duplicate: true,
        participantCreated: false,
      };
    }

    const { codeHash } = story.participant;
    let participant =
      (codeHash ? findParticipantByCodeHash(tx, codeHash) : undefined) ??
      preparedQuery(tx, 'participantByClientId', (db) =>
        db
          .select({
            id: participants.id,
            collectionId: participants.collectionId,
          })
          .from(participants)
          .where(eq(participants.clientId, sql.placeholder('clientId')))
          .prepare(),
      ).get({ clientId: story.participant.clientId });
    let participantCreated = false;
    if (participant && participant.collectionId !== story.collectionId) {
      throw new DbConflictError(
        'participant-in-other-collection',
        'Je antwoorden horen bij een ander onderzoek. Begin opnieuw.',
      );
    }
    if (!participant) {
      participant = { id: randomUUID(), collectionId: story.collectionId };
      insertParticipantQuery(tx).run({
        id: participant.id,
        collectionId: story.collectionId,
        clientId: story.participant.clientId,
        answers: story.participant.answers,
        codeHash: codeHash ?? null,
        createdOn: story.createdOn,
      });
      participantCreated = true;
    }

    const storyId = randomUUID();
    // ON CONFLICT as a second guard when another process inserted the same client id
    // between our read and this write (SQLite serializes writers; PostgreSQL may not).
    const inserted = insertStoryQuery(tx).run({
      id: storyId,
      clientId: story.clientId,
      collectionId: story.collectionId,
      participantId: participant.id,
      promptId: story.promptId,
      title: story.title,
      text: story.text,
      language: story.language,
      channel: story.channel,
      status: story.status ?? 'pending',
      answers: story.answers,
      createdOn: story.createdOn,
    });
    if (inserted.changes === 0) {
      const first = findStoryByClientId(tx, story.clientId)!;
      return {
        storyId: first.id,
        participantId: first.participantId,
        duplicate: true,
        participantCreated: false,
      };
    }
    const proof = story.proofOfWork;
    if (proof) {
      purgeSpentProofsOfWork(tx, proof.now);
      if (!spendProofOfWorkSignature(tx, proof.signature, proof.expiresAt)) {
        throw new DbConflictError(
          'proof-of-work-spent',
          'Deze rekenpuzzel is al eens gebruikt: laad de pagina opnieuw.',
        );
      }
    }
    insertStoryFacets(tx, {
      id: storyId,
      status: story.status ?? 'pending',
      answers: story.answers,
      participantAnswers: participantCreated
        ? story.participant.answers
        : participantAnswersQuery(tx).get({ id: participant.id })?.answers,
    });
    // The draft this story was written from is done with once the story is stored.
    if (codeHash) deleteDraft(tx, codeHash);
    return {
      storyId,
      participantId: participant.id,
      duplicate: false,
      participantCreated,
    };
  });
}

/** The story stored under a client id, if any. */
export function findStoryByClientId(db: TDbExecutor, clientId: string) {
  return preparedQuery(db, 'storyByClientId', (db) =>
    db
      .select({
        id: stories.id,
        collectionId: stories.collectionId,
        participantId: stories.participantId,
      })
      .from(stories)
      .where(eq(stories.clientId, sql.placeholder('clientId')))
      .prepare(),
  ).get({ clientId });
}

export interface TProjectStory {
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
  participantAnswers: Record<string, unknown>;
}

/** Where a page of stories ends: the next page starts after this story. */
export interface TStoryCursor {
  createdOn: string;
  id: string;
}

export interface TListProjectStoriesInput {
  projectId: string;
  collectionId?: string;
  limit: number;
  after?: TStoryCursor;
  /** Which statuses to include; by default all except withdrawn stories. */
  statuses?: readonly TStoryStatus[];
}

/**
 * A page of a project's stories, newest day first, with their answers and their
 * participant's answers. Keyset pagination on (createdOn, id), so pages stay stable
 * while stories come in.
 */
export function listProjectStories(
  db: TDbExecutor,
  { projectId, collectionId, limit, after, statuses }: TListProjectStoriesInput,
): { stories: TProjectStory[]; next: TStoryCursor | null } {
  const conditions: (SQL | undefined)[] = [eq(collections.projectId, projectId)];
  if (collectionId) conditions.push(eq(stories.collectionId, collectionId));
  if (statuses) {
    conditions.push(
      or(...STORY_STATUSES.filter((s) => statuses.includes(s)).map((s) => eq(stories.status, s))),
    );
    if (statuses.length === 0) return { stories: [], next: null };
  } else {
    conditions.push(ne(stories.status, 'withdrawn'));
  }
  if (after) {
    conditions.push(
      or(
        lt(stories.createdOn, after.createdOn),
        and(eq(stories.createdOn, after.createdOn), lt(stories.id, after.id)),
      ),
    );
  }
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
    .where(and(...conditions))
    .orderBy(desc(stories.createdOn), desc(stories.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    stories: page,
    next: rows.length > limit && last ? { createdOn: last.createdOn, id: last.id } : null,
  };
}

export function countStories(db: TDbExecutor, collectionId?: string): number {
  return (
    db
      .select({ n: count() })
      .from(stories)
      .where(collectionId ? eq(stories.collectionId, collectionId) : undefined)
      .get()?.n ?? 0
  );
}

export function countParticipants(db: TDbExecutor, collectionId?: string): number {
  return (
    db
      .select({ n: count() })
      .from(participants)
      .where(collectionId ? eq(participants.collectionId, collectionId) : undefined)
      .get()?.n ?? 0
  );
}

export function setStoryStatus(db: TDbExecutor, storyId: string, status: TStoryStatus): void {
  db.update(stories).set({ status }).where(eq(stories.id, storyId)).run();
}

/** How many of a project's stories (in one collection, if given) have one of these statuses. */
export function countProjectStories(
  db: TDbExecutor,
  input: {
    projectId: string;
    collectionId?: string;
    statuses: readonly TStoryStatus[];
  },
): number {
  if (input.statuses.length === 0) return 0;
  return (
    db
      .select({ n: count() })
      .from(stories)
      .innerJoin(collections, eq(collections.id, stories.collectionId))
      .where(
        and(
          eq(collections.projectId, input.projectId),
          input.collectionId ? eq(stories.collectionId, input.collectionId) : undefined,
          or(...input.statuses.map((s) => eq(stories.status, s))),
        ),
      )
      .get()?.n ?? 0
  );
}

/** A story's status, only when it belongs to this project. */
export function findProjectStoryStatus(
  db: TDbExecutor,
  projectId: string,
  storyId: string,
): TStoryStatus | undefined {
  return db
    .select({ status: stories.status })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(and(eq(stories.id, storyId), eq(collections.projectId, projectId)))
    .get()?.status;
}
