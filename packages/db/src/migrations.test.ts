import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from './database';

interface TJournal {
  entries: { idx: number; when: number; tag: string }[];
}
const journal = JSON.parse(
  readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
) as TJournal;

const dir = mkdtempSync(join(tmpdir(), 'duiding-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table, index, view and trigger, as SQLite keeps them (the migrator's own left out). */
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT type, name, sql FROM sqlite_schema
            WHERE name NOT LIKE '%drizzle_migrations%' AND name <> 'sqlite_sequence'
            ORDER BY type, name`,
        )
        .all() as { type: string; name: string; sql: string | null }[]
    ).map(({ type, name, sql }) => `${type} ${name}: ${(sql ?? '').replace(/\s+/g, ' ')}`);
  } finally {
    db.close();
  }
}

/**
 * A database file migrated as the code of migration `last` (and no later) left it: empty,
 * as only its schema is compared (so without openDatabase's WAL and foreign keys).
 */
function migratedThrough(last: number): string {
  const folder = join(dir, `through-${last}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const entries = journal.entries.filter((entry) => entry.idx <= last);
  for (const { tag } of entries) {
    copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(folder, `${tag}.sql`));
  }
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  const file = join(dir, `through-${last}.sqlite`);
  const client = new Database(file);
  try {
    migrate(drizzle({ client }), { migrationsFolder: folder });
  } finally {
    client.close();
  }
  return file;
}

describe('migrations', () => {
  // drizzle's migrator runs only the migrations whose `when` is above the newest it applied:
  // one with a lower `when` is skipped for good on a database made before it (0014 was, for
  // a database made at 0013; 0015 makes up for it).
  it('bring a database made by any earlier version to the schema of a new one', () => {
    const fresh = join(dir, 'fresh.sqlite');
    openDatabase({ file: fresh }).close();
    const expected = schemaOf(fresh);
    expect(expected.some((line) => line.startsWith('table story_change_log'))).toBe(true);
    for (const { idx, tag } of journal.entries) {
      const file = migratedThrough(idx);
      openDatabase({ file }).close();
      expect(schemaOf(file), `a database made at ${tag}`).toEqual(expected);
    }
  });

  it('are dated after every migration before them, from 0015 on', () => {
    let newest = 0;
    for (const { idx, when, tag } of journal.entries) {
      if (idx >= 15) expect(when, tag).toBeGreaterThan(newest);
      newest = Math.max(newest, when);
    }
  });
});
