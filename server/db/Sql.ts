/**
 * The one SQL surface the rest of the server sees, implemented over PostgreSQL (postgres.js) and
 * over embedded PGlite. Both backends return the same JS shapes:
 * - `bytea` columns come back as plain `Uint8Array`s (never Node `Buffer`s);
 * - `int8` / `bigint` columns (sequence numbers, counts) come back as JS numbers, which is exact
 *   up to 2^53;
 * - `timestamptz` columns come back as `Date`s;
 * - a JS array passed as a parameter is sent as a PostgreSQL array (e.g. `$2::bytea[]`).
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
  readonly dialect: 'pglite' | 'postgres';
}

const UNIQUE_VIOLATION = '23505';

/**
 * The name of the unique constraint an error reports violating, or null when the error is not a
 * unique violation. postgres.js calls the field `constraint_name`, PGlite `constraint`.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const fields = error as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
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
