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

/** Whether a signature was spent (and has not been purged since). */
export function isProofOfWorkSignatureSpent(db: TDbExecutor, signature: string): boolean {
  return (
    db
      .select({ signature: spentProofsOfWork.signature })
      .from(spentProofsOfWork)
      .where(eq(spentProofsOfWork.signature, signature))
      .get() !== undefined
  );
}

/** Forgets signatures whose challenge has expired: they are refused as expired anyway. */
export function purgeSpentProofsOfWork(db: TDbExecutor, now: Date): number {
  return db.delete(spentProofsOfWork).where(lte(spentProofsOfWork.expiresAt, now)).run().changes;
}
