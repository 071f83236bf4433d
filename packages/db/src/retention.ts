import { and, eq, inArray, lt, ne, notExists, or } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import { deleteStoryDerivatives } from './moderation';
import {
  collections,
  participants,
  retentionPolicies,
  stories,
  type TRetentionMode,
} from './schema';

/*
 * Retention per project: stories older than the project's limit are deleted, or reduced to
 * their anonymous answers (no title, no text, nothing derived from the text). A daily job in
 * the server runs `applyRetention`; the audit log records each run that changed something.
 */

export interface TRetentionPolicy {
  afterMonths: number;
  mode: TRetentionMode;
  updatedAt: Date;
}

export function findRetentionPolicy(
  db: TDbExecutor,
  projectId: string,
): TRetentionPolicy | undefined {
  return db
    .select({
      afterMonths: retentionPolicies.afterMonths,
      mode: retentionPolicies.mode,
      updatedAt: retentionPolicies.updatedAt,
    })
    .from(retentionPolicies)
    .where(eq(retentionPolicies.projectId, projectId))
    .get();
}

/** Sets (or with `null`, removes) the project's retention, audited in the same transaction. */
export function setRetentionPolicy(
  db: TDbExecutor,
  input: {
    projectId: string;
    policy: { afterMonths: number; mode: TRetentionMode } | null;
    userId: string;
    now: Date;
  },
): void {
  inTransaction(db, (tx) => {
    const before = findRetentionPolicy(tx, input.projectId);
    if (input.policy) {
      const values = {
        afterMonths: input.policy.afterMonths,
        mode: input.policy.mode,
        updatedByUserId: input.userId,
        updatedAt: input.now,
      };
      tx.insert(retentionPolicies)
        .values({ projectId: input.projectId, ...values })
        .onConflictDoUpdate({ target: retentionPolicies.projectId, set: values })
        .run();
    } else {
      tx.delete(retentionPolicies).where(eq(retentionPolicies.projectId, input.projectId)).run();
    }
    appendAuditEntry(tx, {
      at: input.now,
      actorUserId: input.userId,
      projectId: input.projectId,
      action: 'project.retention-set',
      subject: `project:${input.projectId}`,
      details: {
        from: before ? { afterMonths: before.afterMonths, mode: before.mode } : null,
        to: input.policy,
      },
    });
  });
}

/** The first day that is kept: `now`'s UTC day, `months` months back ('YYYY-MM-DD'). */
export function retentionCutoff(now: Date, months: number): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const d = now.getUTCDate();
  // The same day of the month, or the month's last day when it has fewer days (31 → 30).
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export interface TRetentionRun {
  projectId: string;
  mode: TRetentionMode;
  /** Stories told before this day were handled. */
  cutoff: string;
  stories: number;
}

/**
 * Applies every project's retention as of `now`, one transaction per project. `delete`
 * removes the stories (their codings, redactions and decisions go by cascade) and the
 * participants left without any story; `reduce` blanks title and text, deletes what was
 * derived from the text, and keeps the signifier and participant answers. Idempotent: a
 * second run finds nothing left to do.
 */
export function applyRetention(db: TDbExecutor, now: Date): TRetentionRun[] {
  const policies = db.select().from(retentionPolicies).all();
  const runs: TRetentionRun[] = [];
  for (const policy of policies) {
    const cutoff = retentionCutoff(now, policy.afterMonths);
    const handled = inTransaction(db, (tx) => {
      const projectCollections = tx
        .select({ id: collections.id })
        .from(collections)
        .where(eq(collections.projectId, policy.projectId))
        .all()
        .map((c) => c.id);
      if (projectCollections.length === 0) return 0;
      const old = and(
        inArray(stories.collectionId, projectCollections),
        lt(stories.createdOn, cutoff),
      );
      const ids = tx
        .select({ id: stories.id })
        .from(stories)
        .where(
          policy.mode === 'delete'
            ? old
            : and(
                old,
                ne(stories.status, 'withdrawn'),
                or(ne(stories.title, ''), ne(stories.text, '')),
              ),
        )
        .all()
        .map((s) => s.id);
      if (ids.length === 0) return 0;
      deleteStoryDerivatives(tx, ids);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        if (policy.mode === 'delete') {
          tx.delete(stories).where(inArray(stories.id, chunk)).run();
        } else {
          tx.update(stories).set({ title: '', text: '' }).where(inArray(stories.id, chunk)).run();
        }
      }
      if (policy.mode === 'delete') {
        tx.delete(participants)
          .where(
            and(
              inArray(participants.collectionId, projectCollections),
              lt(participants.createdOn, cutoff),
              notExists(
                tx
                  .select({ id: stories.id })
                  .from(stories)
                  .where(eq(stories.participantId, participants.id)),
              ),
            ),
          )
          .run();
      }
      appendAuditEntry(tx, {
        at: now,
        actorUserId: null,
        projectId: policy.projectId,
        action: policy.mode === 'delete' ? 'retention.delete' : 'retention.reduce',
        subject: `project:${policy.projectId}`,
        details: { stories: ids.length, before: cutoff, afterMonths: policy.afterMonths },
      });
      return ids.length;
    });
    runs.push({ projectId: policy.projectId, mode: policy.mode, cutoff, stories: handled });
  }
  return runs;
}
