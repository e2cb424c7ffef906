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
