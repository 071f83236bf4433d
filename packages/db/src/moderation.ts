import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import {
  collections,
  moderationDecisions,
  STORY_STATUSES,
  stories,
  storyCodings,
  storyRedactions,
  type TModerationDecision,
  type TRedactionSpan,
  type TStoryStatus,
  users,
} from './schema';

/*
 * Moderation: a moderator approves a story as redacted (the redacted title and text are what
 * anyone outside the research team gets) or rejects it, with a reason. Each decision is kept
 * (who, when, why) and audited, in the same transaction as the status change.
 */

export interface TModerationQueueItem {
  id: string;
  title: string;
  status: TStoryStatus;
  createdOn: string;
  collectionId: string;
  collectionTitle: string;
  /** The last decision, if any. */
  decidedAt: Date | null;
}

/** Where a page of the queue ends: oldest first, so the longest waiting comes first. */
export interface TQueueCursor {
  createdOn: string;
  id: string;
}

/** The project's stories with these statuses, oldest first (the longest waiting on top). */
export function listModerationQueue(
  db: TDbExecutor,
  input: {
    projectId: string;
    statuses: readonly TStoryStatus[];
    limit: number;
    after?: TQueueCursor;
  },
): { items: TModerationQueueItem[]; next: TQueueCursor | null; total: number } {
  const statuses = STORY_STATUSES.filter((s) => s !== 'withdrawn' && input.statuses.includes(s));
  if (statuses.length === 0) return { items: [], next: null, total: 0 };
  const base: (SQL | undefined)[] = [
    eq(collections.projectId, input.projectId),
    inArray(stories.status, statuses),
  ];
  const total = db
    .select({ id: stories.id })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(and(...base))
    .all().length;
  const after = input.after;
  const rows = db
    .select({
      id: stories.id,
      title: stories.title,
      status: stories.status,
      createdOn: stories.createdOn,
      collectionId: stories.collectionId,
      collectionTitle: collections.title,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(
      and(
        ...base,
        after
          ? or(
              gt(stories.createdOn, after.createdOn),
              and(eq(stories.createdOn, after.createdOn), gt(stories.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(stories.createdOn), asc(stories.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const decided = latestDecisionTimes(
    db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((r) => ({ ...r, decidedAt: decided.get(r.id) ?? null })),
    next: rows.length > input.limit && last ? { createdOn: last.createdOn, id: last.id } : null,
    total,
  };
}

function latestDecisionTimes(db: TDbExecutor, storyIds: string[]): Map<string, Date> {
  if (storyIds.length === 0) return new Map();
  const rows = db
    .select({ storyId: moderationDecisions.storyId, at: moderationDecisions.decidedAt })
    .from(moderationDecisions)
    .where(inArray(moderationDecisions.storyId, storyIds))
    .orderBy(asc(moderationDecisions.decidedAt))
    .all();
  return new Map(rows.map((r) => [r.storyId, r.at]));
}

export interface TModerationDecisionRecord {
  id: string;
  decision: TModerationDecision;
  reason: string;
  decidedAt: Date;
  decidedByName: string | null;
}

export interface TStoryRedaction {
  title: string;
  text: string;
  spans: TRedactionSpan[];
  approvedAt: Date;
  approvedByUserId: string | null;
}

export interface TStoryForModeration {
  id: string;
  title: string;
  text: string;
  status: TStoryStatus;
  createdOn: string;
  collectionTitle: string;
  redaction: TStoryRedaction | null;
  decisions: TModerationDecisionRecord[];
}

/** A story of the project with its redaction and decisions; withdrawn ones are not found. */
export function findStoryForModeration(
  db: TDbExecutor,
  projectId: string,
  storyId: string,
): TStoryForModeration | undefined {
  const story = db
    .select({
      id: stories.id,
      title: stories.title,
      text: stories.text,
      status: stories.status,
      createdOn: stories.createdOn,
      collectionTitle: collections.title,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(and(eq(stories.id, storyId), eq(collections.projectId, projectId)))
    .get();
  if (!story || story.status === 'withdrawn') return undefined;
  const decisions = db
    .select({
      id: moderationDecisions.id,
      decision: moderationDecisions.decision,
      reason: moderationDecisions.reason,
      decidedAt: moderationDecisions.decidedAt,
      decidedByName: users.name,
    })
    .from(moderationDecisions)
    .leftJoin(users, eq(users.id, moderationDecisions.decidedByUserId))
    .where(eq(moderationDecisions.storyId, storyId))
    .orderBy(desc(moderationDecisions.decidedAt), desc(moderationDecisions.id))
    .all();
  return {
    ...story,
    redaction: listStoryRedactions(db, [storyId]).get(storyId) ?? null,
    decisions,
  };
}

/** The approved redactions of these stories, by story id. */
export function listStoryRedactions(
  db: TDbExecutor,
  storyIds: readonly string[],
): Map<string, TStoryRedaction> {
  if (storyIds.length === 0) return new Map();
  const out = new Map<string, TStoryRedaction>();
  // In chunks: SQLite limits the number of bound parameters.
  for (let i = 0; i < storyIds.length; i += 500) {
    const rows = db
      .select()
      .from(storyRedactions)
      .where(inArray(storyRedactions.storyId, storyIds.slice(i, i + 500)))
      .all();
    for (const { storyId, ...rest } of rows) out.set(storyId, rest);
  }
  return out;
}

export type TRecordDecisionInput = {
  projectId: string;
  storyId: string;
  userId: string;
  reason: string;
  now: Date;
} & (
  | { decision: 'approve'; redaction: { title: string; text: string; spans: TRedactionSpan[] } }
  | { decision: 'reject' }
);

/**
 * Records a moderation decision, in one transaction: the decision row, the story's status
 * (approved / rejected), the approved redaction (kept on approval, removed on rejection) and
 * an audit entry. Undefined when the story is not in the project; refused when withdrawn.
 */
export function recordModerationDecision(
  db: TDbExecutor,
  input: TRecordDecisionInput,
): { status: TStoryStatus; decisionId: string } | undefined {
  return inTransaction(db, (tx) => {
    const story = tx
      .select({ status: stories.status })
      .from(stories)
      .innerJoin(collections, eq(collections.id, stories.collectionId))
      .where(and(eq(stories.id, input.storyId), eq(collections.projectId, input.projectId)))
      .get();
    if (!story) return undefined;
    if (story.status === 'withdrawn') {
      throw new DbConflictError(
        'story-withdrawn',
        'De verteller heeft dit verhaal teruggetrokken; er valt niets te beoordelen.',
      );
    }
    const decisionId = randomUUID();
    tx.insert(moderationDecisions)
      .values({
        id: decisionId,
        storyId: input.storyId,
        decidedByUserId: input.userId,
        decidedAt: input.now,
        decision: input.decision,
        reason: input.reason,
      })
      .run();
    const status: TStoryStatus = input.decision === 'approve' ? 'approved' : 'rejected';
    tx.update(stories).set({ status }).where(eq(stories.id, input.storyId)).run();
    if (input.decision === 'approve') {
      const values = {
        title: input.redaction.title,
        text: input.redaction.text,
        spans: input.redaction.spans,
        approvedByUserId: input.userId,
        approvedAt: input.now,
      };
      tx.insert(storyRedactions)
        .values({ storyId: input.storyId, ...values })
        .onConflictDoUpdate({ target: storyRedactions.storyId, set: values })
        .run();
    } else {
      tx.delete(storyRedactions).where(eq(storyRedactions.storyId, input.storyId)).run();
    }
    appendAuditEntry(tx, {
      at: input.now,
      actorUserId: input.userId,
      projectId: input.projectId,
      action: input.decision === 'approve' ? 'story.moderation-approve' : 'story.moderation-reject',
      subject: `story:${input.storyId}`,
      details: {
        from: story.status,
        to: status,
        ...(input.decision === 'approve' ? { redactions: input.redaction.spans.length } : {}),
        // The reason may quote the story; it stays with the decision, not in the log.
        reasonGiven: input.reason.length > 0,
      },
    });
    return { status, decisionId };
  });
}

/**
 * Everything kept about these stories apart from their own row: codings (whole and passages),
 * the approved redaction, and the moderation decisions with their reasons. For withdrawal and
 * retention, inside their transaction.
 */
export function deleteStoryDerivatives(tx: TDbExecutor, storyIds: readonly string[]): void {
  for (let i = 0; i < storyIds.length; i += 500) {
    const chunk = storyIds.slice(i, i + 500);
    tx.delete(storyCodings).where(inArray(storyCodings.storyId, chunk)).run();
    tx.delete(storyRedactions).where(inArray(storyRedactions.storyId, chunk)).run();
    tx.delete(moderationDecisions).where(inArray(moderationDecisions.storyId, chunk)).run();
  }
}
