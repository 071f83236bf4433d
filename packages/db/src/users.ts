import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gt, isNull, lte, ne } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { sessions, trustedDevices, users } from './schema';

export type TUserRow = typeof users.$inferSelect;
/** A user as others may see it: without the password hash. */
export type TUser = Pick<TUserRow, 'id' | 'email' | 'name' | 'isAdmin'>;

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  isAdmin: users.isAdmin,
};

/** E-mail addresses compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createUser(
  db: TDbExecutor,
  input: { email: string; name: string; passwordHash: string; now: Date; isAdmin?: boolean },
): TUser {
  const email = normalizeEmail(input.email);
  if (findUserByEmail(db, email)) {
    throw new DbConflictError('email-taken', `Er is al een account met ${email}.`);
  }
  const row: TUser = {
    id: randomUUID(),
    email,
    name: input.name.trim(),
    isAdmin: input.isAdmin ?? false,
  };
  db.insert(users)
    .values({ ...row, passwordHash: input.passwordHash, createdAt: input.now })
    .run();
  return row;
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
  return db.select(userColumns).from(users).where(eq(users.id, id)).get();
}

/** With the password hash, for a password change that checks the current one. */
export function findUserRowById(db: TDbExecutor, id: string): TUserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export interface TUserListing extends TUser {
  createdAt: Date;
  deactivatedAt: Date | null;
}

/** Every account of the instance, for the admin. */
export function listUsers(db: TDbExecutor): TUserListing[] {
  return db
    .select({ ...userColumns, createdAt: users.createdAt, deactivatedAt: users.deactivatedAt })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}

export function updateUserPassword(db: TDbExecutor, userId: string, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

/** Deactivates (or reactivates) an account; a deactivated one loses its sessions and devices. */
export function setUserDeactivated(
  db: TDbExecutor,
  userId: string,
  deactivatedAt: Date | null,
): boolean {
  const changed = db.update(users).set({ deactivatedAt }).where(eq(users.id, userId)).run();
  if (deactivatedAt) {
    deleteUserSessions(db, userId);
    db.delete(trustedDevices).where(eq(trustedDevices.userId, userId)).run();
  }
  return changed.changes > 0;
}

/** Makes an account an instance admin (or not). */
export function setUserAdmin(db: TDbExecutor, userId: string, isAdmin: boolean): void {
  db.update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
}

export function countUsers(db: TDbExecutor): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** Active admins other than `userId`, so the last admin cannot be deactivated. */
export function countOtherActiveAdmins(db: TDbExecutor, userId: string): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.isAdmin, true), isNull(users.deactivatedAt), ne(users.id, userId)))
      .get()?.n ?? 0
  );
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
      lastSeenAt: input.now,
    })
    .run();
}

/**
 * The user of a session at `now`: before its absolute end, used within `idleMs`, and of an
 * account that is not deactivated.
 */
export function findSessionUser(
  db: TDbExecutor,
  tokenHash: string,
  now: Date,
  idleMs: number = Number.POSITIVE_INFINITY,
): { user: TUser; expiresAt: Date; lastSeenAt: Date } | undefined {
  const found = db
    .select({ user: userColumns, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        isNull(users.deactivatedAt),
      ),
    )
    .get();
  if (!found || now.getTime() - found.lastSeenAt.getTime() >= idleMs) return undefined;
  return found;
}

/** Marks a session as used now, which postpones its idle end. */
export function touchSession(db: TDbExecutor, tokenHash: string, now: Date): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteSession(db: TDbExecutor, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/** Ends every session of a user ("sign out everywhere"); returns how many there were. */
export function deleteUserSessions(db: TDbExecutor, userId: string): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Ends every session of a user but the one in use (after a password change). */
export function deleteOtherSessions(
  db: TDbExecutor,
  userId: string,
  keepTokenHash: string,
): number {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)))
    .run().changes;
}

export function deleteExpiredSessions(db: TDbExecutor, now: Date): number {
  const sessionsGone = db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
  db.delete(trustedDevices).where(lte(trustedDevices.expiresAt, now)).run();
  return sessionsGone;
}

/** Remembers a browser in which the user signed in (only the hash of its cookie). */
export function rememberTrustedDevice(
  db: TDbExecutor,
  input: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
): void {
  db.insert(trustedDevices)
    .values({
      tokenHash: input.tokenHash,
      userId: input.userId,
      createdAt: input.now,
      expiresAt: input.expiresAt,
    })
    .onConflictDoUpdate({ target: trustedDevices.tokenHash, set: { expiresAt: input.expiresAt } })
    .run();
}

/** Whether this browser's device cookie belongs to this user and has not expired. */
export function isTrustedDevice(
  db: TDbExecutor,
  tokenHash: string,
  userId: string,
  now: Date,
): boolean {
  return (
    db
      .select({ userId: trustedDevices.userId })
      .from(trustedDevices)
      .where(
        and(
          eq(trustedDevices.tokenHash, tokenHash),
          eq(trustedDevices.userId, userId),
          gt(trustedDevices.expiresAt, now),
        ),
      )
      .get() !== undefined
  );
}
