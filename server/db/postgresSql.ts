import postgres from 'postgres';
import { queryEachInTransaction, type Sql } from './Sql';
import { withSavepoint } from './savepoints';

type PostgresClient = postgres.Sql | postgres.TransactionSql;

/** Options for the PostgreSQL backend. */
export interface PostgresSqlOptions {
  /** Most connections the pool opens at once. */
  maxConnections?: number;
}

const DEFAULT_MAX_CONNECTIONS = 10;

const INT8_OID = 20;
const BYTEA_OID = 17;

/**
 * Opens a postgres.js pool behind the `Sql` interface. The pool connects lazily, so a wrong URL
 * surfaces on the first query (which `openDatabase` makes at once, to migrate).
 */
export function createPostgresSql(databaseUrl: string, options: PostgresSqlOptions = {}): Sql {
  const client = postgres(databaseUrl, {
    max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    // Notices such as "relation already exists, skipping" are expected noise for us.
    onnotice: () => undefined,
    types: {
      // Sequence numbers and counts as numbers, as PGlite returns them (exact below 2^53).
      int8AsNumber: {
        to: INT8_OID,
        from: [INT8_OID],
        serialize: (value: number | bigint | string) => String(value),
        parse: (text: string) => Number(text),
      },
      // A plain Uint8Array that owns its bytes: postgres.js would hand out a Buffer carved from a
      // shared pool, which pins the whole pool and surprises anyone who reads `.buffer`.
      byteaAsUint8Array: {
        to: BYTEA_OID,
        from: [BYTEA_OID],
        serialize: (value: Uint8Array) => '\\x' + Buffer.from(value).toString('hex'),
        parse: (text: string) => new Uint8Array(Buffer.from(text.slice(2), 'hex')),
      },
    },
  });
  return wrap(client, client, 0);
}

function wrap(client: PostgresClient, pool: postgres.Sql, depth: number): Sql {
  const sql: Sql = {
    dialect: 'postgres',
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const rows = await client.unsafe(text, params.map((param) => toParameter(client, param)) as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as T[];
    },
    async transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R> {
      if (depth > 0) {
        const tx = wrap(client, pool, depth + 1);
        return withSavepoint(tx, depth, () => fn(tx));
      }
      const result = await pool.begin((tx) => fn(wrap(tx, pool, 1)));
      return result as R;
    },
    queryEach: <T>(text: string, paramRows: readonly unknown[][]) => queryEachInTransaction<T>(sql, text, paramRows),
    async close(): Promise<void> {
      if (depth > 0) throw new Error('Cannot close the database from inside a transaction');
      await pool.end({ timeout: 5 });
    },
  };
  return sql;
}

/**
 * postgres.js infers a JS array's type from its first element (so an array of Uint8Arrays would
 * be sent as one `bytea`); `array()` marks it as a PostgreSQL array instead.
 */
function toParameter(client: PostgresClient, param: unknown): unknown {
  if (Array.isArray(param)) return client.array(param as never[]);
  return param;
}
