import { randomUUID } from 'node:crypto';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { preparedQuery } from './prepared';
import { drafts } from './schema';

export interface TDraft {
  id: string;
  collectionId: string;
  payload: unknown;
  updatedOn: string;
  expiresAt: Date;
}

/** Saves (or replaces) the draft under a participant's hashed personal code. */
export function saveDraft(
  db: TDbExecutor,
  input: {
    collectionId: string;
    resumeCodeHash: string;
    payload: unknown;
    updatedOn: string;
    expiresAt: Date;
  },
): void {
  db.insert(drafts)
    .values({ id: randomUUID(), ...input })
    .onConflictDoUpdate({
      target: drafts.resumeCodeHash,
      set: {
        payload: input.payload,
        updatedOn: input.updatedOn,
        expiresAt: input.expiresAt,
      },
    })
    .run();
}

export function findDraft(db: TDbExecutor, resumeCodeHash: string, now: Date): TDraft | undefined {
  return db
    .select({
      id: drafts.id,
      collectionId: drafts.collectionId,
      payload: drafts.payload,
      updatedOn: drafts.updatedOn,
      expiresAt: drafts.expiresAt,
    })
    .from(drafts)
    .where(and(eq(drafts.resumeCodeHash, resumeCodeHash), gt(drafts.expiresAt, now)))
    .get();
}

/** Removes the draft under a personal code, if there is one. */
export function deleteDraft(db: TDbExecutor, resumeCodeHash: string): boolean {
  // Prepared once: every story told with a code runs it.
  const query = preparedQuery(db, 'deleteDraft', (db) =>
    db
      .delete(drafts)
      .where(eq(drafts.resumeCodeHash, sql.placeholder('resumeCodeHash')))
      .prepare(),
  );
  return query.run({ resumeCodeHash }).changes > 0;
}

export function deleteExpiredDrafts(db: TDbExecutor, now: Date): number {
  return db.delete(drafts).where(lte(drafts.expiresAt, now)).run().changes;
}
