/**
 * Database errors carry the statement's parameters (PGlite as `params`, postgres.js as hidden
 * `parameters` and `args`), and for bad values or duplicate keys PostgreSQL quotes the value in
 * the message, the `detail` ("Key (email)=(…)") and the `where` ("parameter $1 = '…'"). Anything
 * that prints such an error whole (Next prints a route's uncaught error with every field) would
 * put people's names, emails or tokens into the log. This wrapper replaces every database error
 * leaving the data layer with a `DatabaseError` that keeps what diagnosis needs (the SQLSTATE
 * code, the kind of failure, the constraint and table, the statement text) and no value.
 */
import type { Sql } from './Sql';

/** SQLSTATE classes whose messages quote values: 22 data exception, 23 integrity constraint violation. */
const VALUE_QUOTING_CLASSES = ['22', '23'];

/** A database failure without the values involved. */
export class DatabaseError extends Error {
  readonly code: string;
  readonly severity?: string;
  readonly routine?: string;
  readonly table_name?: string;
  /** Both spellings, as the backends name it (see violatedUniqueConstraint). */
  readonly constraint_name?: string;
  readonly constraint?: string;
  readonly query?: string;

  constructor(fields: Record<string, unknown>, message: string) {
    super(message);
    this.name = 'DatabaseError';
    this.code = String(fields.code);
    this.severity = stringOrUndefined(fields.severity);
    this.routine = stringOrUndefined(fields.routine);
    this.table_name = stringOrUndefined(fields.table_name ?? fields.table);
    this.constraint_name = stringOrUndefined(fields.constraint_name ?? fields.constraint);
    this.constraint = this.constraint_name;
    this.query = stringOrUndefined(fields.query);
  }
}

export function withoutParametersInErrors(sql: Sql): Sql {
  return {
    get dialect() {
      return sql.dialect;
    },
    query: <T>(text: string, params?: unknown[]) => sql.query<T>(text, params).catch(rethrowRedacted),
    queryEach: <T>(text: string, paramRows: readonly unknown[][]) => sql.queryEach<T>(text, paramRows).catch(rethrowRedacted),
    transaction: <R>(fn: (tx: Sql) => Promise<R>) => sql.transaction((tx) => fn(withoutParametersInErrors(tx))).catch(rethrowRedacted),
    close: () => sql.close(),
  };
}

function rethrowRedacted(error: unknown): never {
  throw isRawDatabaseError(error) ? redacted(error) : error;
}

/** An error straight from a backend: a SQLSTATE code and a severity (ours and others' pass as they are). */
function isRawDatabaseError(error: unknown): error is Error & Record<string, unknown> {
  if (!(error instanceof Error) || error instanceof DatabaseError) return false;
  const fields = error as unknown as Record<string, unknown>;
  return typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && typeof fields.severity === 'string';
}

function redacted(error: Error & Record<string, unknown>): DatabaseError {
  const quotesValues = VALUE_QUOTING_CLASSES.includes(String(error.code).slice(0, 2));
  const message = quotesValues ? error.message.replace(/"[^"]*"/g, '"…"') : error.message;
  const safe = new DatabaseError(error, message);
  // Where it failed, from the original's frames (its first line held the unredacted message).
  const frames = error.stack?.split('\n').filter((line) => line.startsWith('    at '));
  if (frames?.length) safe.stack = [`${safe.name}: ${message}`, ...frames].join('\n');
  return safe;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
