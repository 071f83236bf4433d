import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { mailOutbox, type TMailKind, type TMailStatus } from './schema';

export interface TNewMail {
  projectId: string;
  memberId: string | null;
  collectionId: string | null;
  kind: TMailKind;
  toAddress: string;
  subject: string;
  text: string;
  unsubscribeUrl: string | null;
}

export interface TOutboxMail extends TNewMail {
  id: string;
  status: TMailStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const columns = {
  id: mailOutbox.id,
  projectId: mailOutbox.projectId,
  memberId: mailOutbox.memberId,
  collectionId: mailOutbox.collectionId,
  kind: mailOutbox.kind,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  text: mailOutbox.text,
  unsubscribeUrl: mailOutbox.unsubscribeUrl,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

/** Puts a message in the outbox; call it in the transaction of what causes the mail. */
export function writeMail(db: TDbExecutor, mail: TNewMail, now: Date): string {
  const id = randomUUID();
  db.insert(mailOutbox)
    .values({ ...mail, id, status: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now })
    .run();
  return id;
}

/** Queued messages whose next attempt is due, oldest first. */
export function listDueMail(db: TDbExecutor, now: Date, limit: number): TOutboxMail[] {
  return db
    .select(columns)
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
    .limit(limit)
    .all();
}

/** Sent: the body, which holds the personal link, is emptied. */
export function markMailSent(db: TDbExecutor, id: string, now: Date): void {
  db.update(mailOutbox)
    .set({ status: 'sent', sentAt: now, text: '', attempts: sqlIncrement(), lastError: null })
    .where(eq(mailOutbox.id, id))
    .run();
}

/** A failed attempt: tried again at `nextAttemptAt`, or given up (`failed`, `bounced`). */
export function markMailAttemptFailed(
  db: TDbExecutor,
  id: string,
  outcome: { status: 'queued' | 'failed' | 'bounced'; error: string; nextAttemptAt: Date },
): void {
  db.update(mailOutbox)
    .set({
      status: outcome.status,
      lastError: outcome.error.slice(0, 500),
      nextAttemptAt: outcome.nextAttemptAt,
      attempts: sqlIncrement(),
    })
    .where(eq(mailOutbox.id, id))
    .run();
}

/**
 * A message that needs someone's eye: given up (failed), refused (bounced), or still queued
 * after a failed attempt (the mail server is down; it waits for its next try).
 */
const hasProblem = () =>
  or(
    inArray(mailOutbox.status, ['failed', 'bounced']),
    and(eq(mailOutbox.status, 'queued'), isNotNull(mailOutbox.lastError)),
  );

/** The project's mail for the portal: newest first, optionally only the problems. */
export function listProjectMail(
  db: TDbExecutor,
  projectId: string,
  options: { problemsOnly?: boolean; limit: number },
): Omit<TOutboxMail, 'text'>[] {
  const { text: _text, ...withoutBody } = columns;
  return db
    .select(withoutBody)
    .from(mailOutbox)
    .where(
      and(eq(mailOutbox.projectId, projectId), options.problemsOnly ? hasProblem() : undefined),
    )
    .orderBy(desc(mailOutbox.createdAt), mailOutbox.id)
    .limit(options.limit)
    .all();
}

/**
 * Puts a problem message (see `hasProblem`) back in the queue to be tried at once (the
 * portal's "opnieuw versturen").
 */
export function requeueMail(db: TDbExecutor, projectId: string, id: string, now: Date): boolean {
  return (
    db
      .update(mailOutbox)
      .set({ status: 'queued', nextAttemptAt: now })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.projectId, projectId), hasProblem()))
      .run().changes === 1
  );
}

function sqlIncrement() {
  return sql`${mailOutbox.attempts} + 1`;
}
