import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, lte } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { sessions, users } from './schema';

export type TUserRow = typeof users.$inferSelect;
/** A user as others may see it: without the password hash. */
export type TUser = Pick<TUserRow, 'id' | 'email' | 'name'>;

/** E-mail addresses compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createUser(
  db: TDbExecutor,
  input: { email: string; name: string; passwordHash: string; now: Date },
): TUser {
  const email = normalizeEmail(input.email);
  if (findUserByEmail(db, email)) {
    throw new DbConflictError('email-taken', `Er is al een account met ${email}.`);
  }
  const row = {
    id: randomUUID(),
    email,
    name: input.name.trim(),
    passwordHash: input.passwordHash,
  };
  db.insert(users)
    .values({ ...row, createdAt: input.now })
    .run();
  return { id: row.id, email: row.email, name: row.name };
}

/** With the password hash: only sign-in needs it. */
export function findUserByEmail(db: TDbExecutor, email: string): TUserRow | undefined {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

export function findUserById(db: TDbExecutor, id: string): TUser | undefined {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

export function updateUserPassword(db: TDbExecutor, userId: string, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export function countUsers(db: TDbExecutor): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** Stores a session under the hash of its token; the token itself only lives in the cookie. */
export function createSession(
  db: TDbExecutor,
  input: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
): void {
  db.insert(sessions)
    .values({
      tokenHash: input.tokenHash,
      userId: input.userId,
      createdAt: input.now,
      expiresAt: input.expiresAt,
    })
    .run();
}

/** The user of a session that has not expired at `now`. */
export function findSessionUser(
  db: TDbExecutor,
  tokenHash: string,
  now: Date,
): { user: TUser; expiresAt: Date } | undefined {
  return db
    .select({
      user: { id: users.id, email: users.email, name: users.name },
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .get();
}

export function deleteSession(db: TDbExecutor, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteExpiredSessions(db: TDbExecutor, now: Date): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}

/**
 * Creates a user and its `user.create` audit entry in one transaction: there is never an
 * account without the record of how it came to be. `alongside` runs in the same
 * transaction (a first role, a platform fact), so that is all or nothing too.
 */
export function createAuditedUser(
  db: TDbExecutor,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    now: Date;
    /** Who made the account; null for the CLI or the first start. */
    actorUserId: string | null;
    /** How it was made: 'cli', 'first-admin', 'invitation'. */
    via: string;
  },
  alongside?: (tx: TDbExecutor, user: TUser) => void,
): TUser {
  return inTransaction(db, (tx) => {
    const user = createUser(tx, input);
    appendAuditEntry(tx, {
      at: input.now,
      actorUserId: input.actorUserId,
      action: 'user.create',
      subject: `user:${user.id}`,
      details: { via: input.via },
    });
    alongside?.(tx, user);
    return user;
  });
}
