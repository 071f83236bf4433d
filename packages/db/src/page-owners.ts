import { sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';

/**
 * The table or index each page of the database file belongs to, by page number (SQLite's
 * dbstat table): to name the pages a commit writes, in benches and diagnostics. A free page
 * is in none.
 */
export function pageOwners(db: TDbExecutor): Map<number, string> {
  return new Map(db.values<[number, string]>(sql`SELECT pageno, name FROM dbstat`));
}
