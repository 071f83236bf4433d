import { desc, eq } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { auditLog } from './schema';

export interface TAuditEntry {
  at: Date;
  actorUserId: string | null;
  action: string;
  subject: string;
  details?: Record<string, unknown>;
}

/** Records who did what to which subject; never a participant's address or device. */
export function appendAuditEntry(db: TDbExecutor, entry: TAuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, details: entry.details ?? {} })
    .run();
}

export function listAuditEntries(
  db: TDbExecutor,
  { subject, limit = 100 }: { subject?: string; limit?: number } = {},
): (TAuditEntry & { id: number })[] {
  return db
    .select()
    .from(auditLog)
    .where(subject ? eq(auditLog.subject, subject) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
