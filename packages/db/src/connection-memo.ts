import type { TDbExecutor } from './database';

/**
 * Values kept per connection for the reads every submitted story makes (its collection, the
 * installation's secret), where parsing the row again cost more than the rest of the read.
 *
 * Nothing is kept from a read inside an open transaction: it may see a write that is rolled
 * back later. A database and its transactions share one drizzle `session` (see prepared.ts),
 * so a write in a transaction clears what the connection keeps. The map goes with the
 * session when the connection is closed and dropped.
 */
const memosBySession = new WeakMap<object, Map<string, Map<string, unknown>>>();

interface TSession {
  client: { inTransaction: boolean };
}

// drizzle keeps the connection's session on every database and transaction object, and
// better-sqlite3's connection in it as `client`; neither is in its types.
const sessionOf = (db: TDbExecutor) => (db as unknown as { session: TSession }).session;

/** The memo `name` of this connection (created empty), or undefined inside a transaction. */
export function connectionMemo<T>(db: TDbExecutor, name: string): Map<string, T> | undefined {
  const session = sessionOf(db);
  if (session.client.inTransaction) return undefined;
  return memoOf<T>(session, name);
}

/** Forgets `key` in the memo `name` of this connection, in or outside a transaction. */
export function forgetInMemo(db: TDbExecutor, name: string, key: string): void {
  memosBySession.get(sessionOf(db))?.get(name)?.delete(key);
}

function memoOf<T>(session: object, name: string): Map<string, T> {
  let memos = memosBySession.get(session);
  if (!memos) {
    memos = new Map();
    memosBySession.set(session, memos);
  }
  let memo = memos.get(name);
  if (!memo) {
    memo = new Map();
    memos.set(name, memo);
  }
  return memo as Map<string, T>;
}
