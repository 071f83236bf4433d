import type { TDbExecutor } from './database';

/**
 * Prepared queries kept per connection, for the statements every submitted story runs.
 *
 * drizzle builds the SQL and asks SQLite to prepare a new statement on each call. For the
 * story insert, preparing costs more than running it (SQLite compiles its triggers, which
 * fill the search index, into the statement), and with the SQL building it was over half
 * of the CPU a story cost. A prepared query is built once with placeholders and reused.
 *
 * A transaction shares its database's connection (drizzle's `session`), so a statement
 * prepared on either serves both. The map goes with the connection's session when the
 * database is closed and dropped.
 */
const preparedBySession = new WeakMap<object, Map<string, unknown>>();

export function preparedQuery<T>(
  db: TDbExecutor,
  name: string,
  prepare: (db: TDbExecutor) => T,
): T {
  // drizzle keeps the connection's session on every database and transaction object; it is
  // not in its types.
  const session = (db as unknown as { session: object }).session;
  let queries = preparedBySession.get(session);
  if (!queries) {
    queries = new Map();
    preparedBySession.set(session, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = prepare(db);
    queries.set(name, query);
  }
  return query;
}

/**
 * A statement prepared once per connection, for SQL that drizzle's builders cannot express
 * (a table outside the schema, kept by migrations alone), run with positional parameters.
 */
export function preparedStatement(db: TDbExecutor, name: string, text: string): TStatement {
  return preparedQuery(db, name, (db) =>
    // drizzle's session holds better-sqlite3's connection as `client`; not in its types.
    (
      db as unknown as { session: { client: { prepare(text: string): unknown } } }
    ).session.client.prepare(text),
  ) as TStatement;
}

interface TStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
}
