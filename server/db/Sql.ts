/**
 * The one SQL surface the rest of the server sees, implemented over PostgreSQL (postgres.js) and
 * over the embedded SQLite (node:sqlite). Queries are written once, in PostgreSQL's syntax, and
 * the SQLite backend bridges the few differences (see sqliteDialect.ts). Both return the same
 * JS shapes:
 * - `bytea` columns come back as plain `Uint8Array`s (never Node `Buffer`s);
 * - `int8` / `bigint` columns (sequence numbers, counts) come back as JS numbers, which is exact
 *   up to 2^53;
 * - `timestamptz` columns come back as `Date`s, `boolean` columns as booleans (a boolean or a
 *   count computed in a query has no declared type: SQLite gives 0/1, so read it with Boolean());
 * - a JS array passed as a parameter is sent as a PostgreSQL array (`= any($2::text[])`), or
 *   as JSON for SQLite's `json_each`.
 */
export interface Sql {
  /** Runs one statement with `$1`-style placeholders and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs `fn` inside a transaction: committed when `fn` resolves, rolled back when it throws.
   * Nested calls on the `tx` handle become savepoints.
   */
  transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R>;
  /**
   * Runs one statement once per parameter row, in order, all in one transaction (one commit),
   * and returns the rows of each run. The embedded database prepares the statement once and
   * hands every run to the engine in one message: a fraction of the cost of as many `query`s.
   */
  queryEach<T = Record<string, unknown>>(text: string, paramRows: readonly unknown[][]): Promise<T[][]>;
  /** Closes the connection pool (or the embedded database). */
  close(): Promise<void>;
  /** 'postgres': PostgreSQL (also an old PGlite folder read for migration); 'sqlite': embedded. */
  readonly dialect: 'sqlite' | 'postgres';
}

const UNIQUE_VIOLATION = '23505';
const SQLITE_CONSTRAINT_UNIQUE = 2067;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

/**
 * The name of the unique constraint an error reports violating, or null when the error is not a
 * unique violation. postgres.js calls the field `constraint_name`, PGlite `constraint`. SQLite
 * names the columns instead ("UNIQUE constraint failed: users.email"); they are turned into
 * PostgreSQL's default name for such a constraint (`users_email_key`), so callers check one name.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const fields = error as { code?: unknown; constraint_name?: unknown; constraint?: unknown; errcode?: unknown; message?: unknown };
  if (fields.errcode === SQLITE_CONSTRAINT_UNIQUE || fields.errcode === SQLITE_CONSTRAINT_PRIMARYKEY) {
    const columns = /constraint failed: (.*)$/.exec(String(fields.message))?.[1].split(', ') ?? [];
    if (columns.length === 0) return '';
    const table = columns[0].split('.')[0];
    return `${table}_${columns.map((column) => column.split('.')[1]).join('_')}_key`;
  }
  if (fields.code !== UNIQUE_VIOLATION) return null;
  const name = fields.constraint_name ?? fields.constraint;
  return typeof name === 'string' ? name : '';
}

/** `queryEach` for a backend with no faster way: the runs one after another in a transaction. */
export function queryEachInTransaction<T>(sql: Sql, text: string, paramRows: readonly unknown[][]): Promise<T[][]> {
  if (paramRows.length === 0) return Promise.resolve([]);
  return sql.transaction(async (tx) => {
    const results: T[][] = [];
    for (const params of paramRows) results.push(await tx.query<T>(text, params));
    return results;
  });
}
