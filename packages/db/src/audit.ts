import { and, desc, eq, gte, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { auditLog, projectMembers, users } from './schema';

export interface TAuditEntry {
  at: Date;
  actorUserId: string | null;
  action: string;
  subject: string;
  /** The project it belongs to; left out for instance matters such as a sign-in. */
  projectId?: string | null;
  /**
   * For entries about anonymous participants: `at` is then the start of the day and must
   * be read as "on that day" (privacy rules: no time of day for anonymous people).
   */
  dayOnly?: boolean;
  details?: Record<string, unknown>;
}

/** Records who did what to which subject; never a participant's address or device. */
export function appendAuditEntry(db: TDbExecutor, entry: TAuditEntry): void {
  db.insert(auditLog)
    .values({
      ...entry,
      projectId: entry.projectId ?? null,
      dayOnly: entry.dayOnly ?? false,
      details: entry.details ?? {},
    })
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

export interface TAuditQuery {
  /** A project's log: its own entries and the account entries (sign-ins) of its members. */
  projectId?: string;
  actorUserId?: string;
  /** An exact action (`user.sign-in`) or a family (`team.` for every team action). */
  action?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  until?: Date;
  /** The page starts below this id (from `nextBefore` of the previous page). */
  before?: number;
  limit: number;
}

export interface TAuditListing {
  id: number;
  at: Date;
  dayOnly: boolean;
  action: string;
  subject: string;
  projectId: string | null;
  actor: { id: string; name: string; email: string } | null;
  details: Record<string, unknown>;
}

/** A page of audit entries, newest first, filtered by project, person, action and time. */
export function queryAuditLog(
  db: TDbExecutor,
  query: TAuditQuery,
): { entries: TAuditListing[]; nextBefore: number | null } {
  const conditions: (SQL | undefined)[] = [];
  if (query.projectId) {
    const members = db
      .select({ userId: projectMembers.userId })
      .from(projectMembers)
      .where(eq(projectMembers.projectId, query.projectId));
    conditions.push(
      or(
        eq(auditLog.projectId, query.projectId),
        and(
          isNull(auditLog.projectId),
          like(auditLog.action, 'user.%'),
          inArray(auditLog.actorUserId, members),
        ),
      ),
    );
  }
  if (query.actorUserId) conditions.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.action) {
    conditions.push(
      query.action.endsWith('.')
        ? like(auditLog.action, `${query.action.replace(/[%_\\]/g, '')}%`)
        : eq(auditLog.action, query.action),
    );
  }
  if (query.from) conditions.push(gte(auditLog.at, query.from));
  if (query.until) conditions.push(lt(auditLog.at, query.until));
  if (query.before !== undefined) conditions.push(lt(auditLog.id, query.before));
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      dayOnly: auditLog.dayOnly,
      action: auditLog.action,
      subject: auditLog.subject,
      projectId: auditLog.projectId,
      details: auditLog.details,
      actorId: users.id,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map(({ actorId, actorName, actorEmail, ...entry }) => ({
      ...entry,
      actor:
        actorId && actorName !== null && actorEmail !== null
          ? { id: actorId, name: actorName, email: actorEmail }
          : null,
    })),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
