import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface TBackupResult {
  file: string;
  pages: number;
}

/** Why a backup file cannot be restored, in words an operator can act on. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Copies a live database with SQLite's online backup API, from its own read connection:
 * pages still in the WAL are included, and the server may keep writing meanwhile (a plain
 * file copy of a WAL database can hold no tables at all). Written to a temporary file and
 * moved into place once checked, so a half-made backup never carries the final name.
 */
export async function backupDatabase(source: string, out: string): Promise<TBackupResult> {
  if (!existsSync(source)) throw new BackupError(`Er is geen database in ${source}.`);
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const client = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await client.backup(partial);
    assertSound(partial);
    renameSync(partial, out);
    return { file: out, pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    client.close();
  }
}

/**
 * Puts a backup in place of `target` (with the server stopped): the backup is checked
 * first, the database it replaces is kept beside it as `keepAs`, and the copy goes through
 * the backup API too, so `target` is never a half-written file. Pending migrations run at
 * the next start, so an older backup is upgraded as any database is.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  keepAs: string,
): Promise<TBackupResult> {
  if (!existsSync(backup)) throw new BackupError(`Het bestand ${backup} bestaat niet.`);
  assertSound(backup);
  if (existsSync(target)) await backupDatabase(target, keepAs);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target);
    return { file: target, pages: totalPages };
  } finally {
    source.close();
  }
}

/** A readable SQLite file, whole, made by Duiding (it has the migrations table). */
function assertSound(file: string) {
  let client: Database.Database;
  try {
    client = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`${file} is geen SQLite-database.`);
  }
  try {
    const check = client.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is beschadigd: ${String(check)}`);
    const migrations = client
      .prepare("select count(*) as n from sqlite_master where name = '__drizzle_migrations'")
      .get() as { n: number };
    if (migrations.n !== 1) throw new BackupError(`${file} is geen database van Duiding.`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is geen leesbare SQLite-database.`);
  } finally {
    client.close();
  }
}

/** `PRAGMA integrity_check` of a database file: 'ok' when it is whole. */
export function integrityCheck(file: string): string {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(client.pragma('integrity_check', { simple: true }));
  } finally {
    client.close();
  }
}
