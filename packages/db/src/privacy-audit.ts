import { sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';

/*
 * What someone holding the database file sees, for the tests (and audits) that prove the
 * panel's answers cannot be linked to members: every row of every table, as stored.
 */

export function readEveryTable(db: TDbExecutor): Record<string, Record<string, unknown>[]> {
  const names = db
    .all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name`,
    )
    .map((r) => r.name);
  return Object.fromEntries(
    names.map((name) => [
      name,
      db.all<Record<string, unknown>>(sql.raw(`select * from "${name.replaceAll('"', '""')}"`)),
    ]),
  );
}

/** Whether a table keeps a rowid (the order rows arrived in); WITHOUT ROWID tables do not. */
export function tableHasRowid(db: TDbExecutor, table: string): boolean {
  try {
    db.all(sql.raw(`select rowid from "${table.replaceAll('"', '""')}" limit 1`));
    return true;
  } catch {
    return false;
  }
}

/** The panel answers' ids in the order a full scan returns them (the stored order). */
export function panelAnswerIdsInStoredOrder(db: TDbExecutor): string[] {
  return db.all<{ id: string }>(sql`select id from panel_answers`).map((r) => r.id);
}
