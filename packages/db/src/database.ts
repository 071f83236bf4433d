import { fileURLToPath } from 'node:url';
import type { RunResult } from 'better-sqlite3';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { type BaseSQLiteDatabase, SQLiteTransaction } from 'drizzle-orm/sqlite-core';
import { isStorageFailure } from './errors';
import { preparedStatement } from './prepared';
import * as schema from './schema';

export type TSchema = typeof schema;

/** What every data function runs on: the database itself or an open transaction. */
export type TDbExecutor = BaseSQLiteDatabase<'sync', RunResult, TSchema>;

/** An open database: the typed handle plus the file it lives in. */
export interface TDatabase {
  orm: TDbExecutor;
  file: string;
  /** Reads one of SQLite's own settings, for tests and diagnostics. */
  pragma(
    name:
      | 'journal_mode'
      | 'synchronous'
      | 'foreign_keys'
      | 'busy_timeout'
      | 'page_count'
      | 'page_size'
      | 'temp_store'
      | 'integrity_check',
  ): unknown;
  /**
   * Limits writes the way a full disk (`max_page_count`) or a read-only data directory
   * (`query_only`) would: for the fault tests, which cannot fill a real disk.
   */
  limitWrites(limit: { maxPageCount: number } | { queryOnly: boolean }): void;
  /**
   * Copies what the WAL holds into the database file as far as no reader still needs it
   * (`PRAGMA wal_checkpoint(PASSIVE)`), for a connection opened with `ownCheckpoints`.
   */
  checkpoint(): void;
  close(): void;
}

export interface TOpenDatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  /** How long a writer waits for another writer's lock before failing. */
  busyTimeoutMs?: number;
  /**
   * The caller runs the checkpoints (`checkpoint()`), at a moment it chooses; SQLite's
   * automatic one is off for this connection. By default the commit that passes 1 000
   * pages of WAL copies them into the database file (and syncs it) before it returns.
   */
  ownCheckpoints?: boolean;
  /**
   * Temporary files in memory (`temp_store = MEMORY`), above all the sub-journal: inside a
   * savepoint SQLite saves each page it is about to change, and past 64 KiB it writes them
   * to a temporary file, two system calls a page. The story writer runs every story in its
   * own savepoint; on file that was about 100 writes a story, half its system time. In
   * memory the sub-journal is emptied each time the outer savepoint is released, so it
   * holds one story's pages at a time. Only for a connection whose queries sort nothing
   * large (this moves their temporary b-trees into memory too).
   */
  tempInMemory?: boolean;
}

/** Resolved beside this source file, so the cwd of the process does not matter. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * Opens (and creates) the database and applies every pending migration.
 *
 * WAL with `synchronous=FULL`: a commit is on disk before the call returns, so a
 * participant sees "thank you" only for a story that survives a crash.
 */
export function openDatabase({
  file,
  busyTimeoutMs = 5000,
  ownCheckpoints = false,
  tempInMemory = false,
}: TOpenDatabaseOptions): TDatabase {
  const client = new Database(file);
  try {
    if (file !== ':memory:') client.pragma('journal_mode = WAL');
    client.pragma('synchronous = FULL');
    client.pragma('foreign_keys = ON');
    client.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    const orm = drizzle({ client, schema });
    migrate(orm, { migrationsFolder: MIGRATIONS_FOLDER });
    if (ownCheckpoints) client.pragma('wal_autocheckpoint = 0');
    if (tempInMemory) client.pragma('temp_store = MEMORY');
    return {
      orm,
      file,
      pragma: (name) => client.pragma(name, { simple: true }),
      limitWrites: (limit) => {
        if ('maxPageCount' in limit)
          client.pragma(`max_page_count = ${Math.trunc(limit.maxPageCount)}`);
        else client.pragma(`query_only = ${limit.queryOnly ? 'ON' : 'OFF'}`);
      },
      checkpoint: () => {
        client.pragma('wal_checkpoint(PASSIVE)');
      },
      close: () => {
        if (client.open) client.close();
      },
    };
  } catch (error) {
    client.close();
    throw error;
  }
}

/**
 * How many rows this connection has changed since it opened (SQLite's total_changes()):
 * the same number again means it wrote nothing in between.
 */
export function changedRowCount(db: TDbExecutor): number {
  return db.values<[number]>(sql`SELECT total_changes()`)[0]![0];
}

/**
 * Runs `work` in one transaction: all of it is stored, or none of it.
 * better-sqlite3 transactions are synchronous, so `work` must not await;
 * on PostgreSQL this becomes an async transaction with the same shape.
 *
 * BEGIN IMMEDIATE: the write lock is taken at the start, waiting for another connection's
 * commit (the story writer thread) under `busy_timeout`. A deferred transaction that reads
 * first and writes later fails at once with SQLITE_BUSY when another connection committed
 * in between (WAL cannot move its snapshot), which no timeout waits out.
 */
export function inTransaction<T>(db: TDbExecutor, work: (tx: TDbExecutor) => T): T {
  const isNested = (db as unknown) instanceof SQLiteTransaction;
  if (!isNested) return db.transaction((tx) => work(tx), { behavior: 'immediate' });
  // Nested: a savepoint by hand. When the disk is full SQLite rolls the whole transaction
  // back itself; drizzle's savepoint would then fail its own rollback and throw that
  // instead, hiding the SQLITE_FULL that tells the participant to try again later.
  // One name for every level: RELEASE and ROLLBACK TO act on the innermost savepoint of
  // that name, which nesting makes the one opened here. So the three statements are
  // prepared once per connection (the story writer runs two savepoints a story; preparing
  // them anew was 7 % of its time).
  preparedStatement(db, 'savepoint', 'SAVEPOINT duiding_sp').run();
  try {
    const result = work(db);
    preparedStatement(db, 'releaseSavepoint', 'RELEASE SAVEPOINT duiding_sp').run();
    return result;
  } catch (error) {
    if (!isStorageFailure(error)) {
      preparedStatement(db, 'rollbackToSavepoint', 'ROLLBACK TO SAVEPOINT duiding_sp').run();
      // ROLLBACK TO keeps the savepoint open; the caller's level must not see it.
      preparedStatement(db, 'releaseSavepoint', 'RELEASE SAVEPOINT duiding_sp').run();
    }
    throw error;
  }
}

/**
 * Reads in one snapshot (a deferred transaction: it takes no write lock, so a long read
 * never holds up the story writer); inside a transaction, simply part of it.
 */
export function inReadTransaction<T>(db: TDbExecutor, work: (tx: TDbExecutor) => T): T {
  if ((db as unknown) instanceof SQLiteTransaction) return work(db);
  return db.transaction((tx) => work(tx), { behavior: 'deferred' });
}

/** Whether the database answers a trivial query; for the liveness check. */
export function checkDatabase(db: TDbExecutor): boolean {
  try {
    return db.get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
  } catch {
    return false;
  }
}
