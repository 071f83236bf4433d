import { eq, sql } from 'drizzle-orm';
import { connectionMemo } from './connection-memo';
import type { TDbExecutor } from './database';
import { preparedQuery } from './prepared';
import { platformFacts } from './schema';

/** Facts the installation remembers about itself, such as when the demo was seeded. */
export type TPlatformFactKey =
  | 'demo-seeded'
  | 'first-admin'
  | 'participant-code-secret'
  | 'demo-panel-seeded';

/**
 * A fact, once found, is kept per connection: facts are recorded once and never changed or
 * removed (a restore replaces the whole file, with the server stopped), and the
 * installation's secret is read for every participant code.
 */
export function findPlatformFact(db: TDbExecutor, key: TPlatformFactKey): unknown {
  const memo = connectionMemo<unknown>(db, 'platformFact');
  const kept = memo?.get(key);
  if (kept !== undefined) return kept;
  // Prepared once: the installation's secret is read for every participant code.
  const value = preparedQuery(db, 'platformFact', (db) =>
    db
      .select({ value: platformFacts.value })
      .from(platformFacts)
      .where(eq(platformFacts.key, sql.placeholder('key')))
      .prepare(),
  ).get({ key })?.value;
  if (value !== undefined) memo?.set(key, value);
  return value;
}

/** Records a fact; returns false (and changes nothing) when it was already recorded. */
export function recordPlatformFactOnce(
  db: TDbExecutor,
  key: TPlatformFactKey,
  value: unknown,
  now: Date,
): boolean {
  const result = db
    .insert(platformFacts)
    .values({ key, value, at: now })
    .onConflictDoNothing({ target: platformFacts.key })
    .run();
  return result.changes === 1;
}
