import { sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';

/**
 * The tables (virtual FTS tables and their shadow tables included) in which some row holds
 * `needle` in any column: for checking that a withdrawn or expired story left nothing behind.
 * Reads every row of every table, so it is for tests and an operator's check, not a request.
 */
export function listTablesContaining(db: TDbExecutor, needle: string): string[] {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  return tables
    .map(({ name }) => name)
    .filter((name) => {
      const rows = db.all<Record<string, unknown>>(
        sql.raw(`select * from "${name.replaceAll('"', '""')}"`),
      );
      return rows.some((row) =>
        Object.values(row).some((value) =>
          typeof value === 'string'
            ? value.includes(needle)
            : value instanceof Uint8Array && Buffer.from(value).toString('utf8').includes(needle),
        ),
      );
    });
}
