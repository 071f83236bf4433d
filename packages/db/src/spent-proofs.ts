import { eq, lte } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { spentProofsOfWork } from './schema';

/** Marks a proof-of-work signature spent; false (nothing changed) when it already was. */
export function spendProofOfWorkSignature(
  db: TDbExecutor,
  signature: string,
  expiresAt: Date,
): boolean {
  const result = db
    .insert(spentProofsOfWork)
    .values({ signature, expiresAt })
    .onConflictDoNothing({ target: spentProofsOfWork.signature })
    .run();
  return result.changes === 1;
}

/** Gives a signature back (its story was not stored), so the same solution may come again. */
export function releaseProofOfWorkSignature(db: TDbExecutor, signature: string): void {
  db.delete(spentProofsOfWork).where(eq(spentProofsOfWork.signature, signature)).run();
}

/** Forgets signatures whose challenge has expired: they are refused as expired anyway. */
export function purgeSpentProofsOfWork(db: TDbExecutor, now: Date): number {
  return db.delete(spentProofsOfWork).where(lte(spentProofsOfWork.expiresAt, now)).run().changes;
}
