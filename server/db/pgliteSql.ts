import { PGlite, types, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { queryEachInTransaction, type Sql } from './Sql';
import { withSavepoint } from './savepoints';
import { createStatementRunner, type StatementRunner } from './pgliteStatements';

type PgliteClient = PGlite | Transaction;

/**
 * Opens embedded PostgreSQL (PGlite) behind the `Sql` interface: on disk in `dataDir` (which must
 * exist), or in memory when `dataDir` is undefined. PGlite already returns `bytea` as Uint8Array
 * and `int8` as numbers, and runs one query or transaction at a time.
 */
export async function createPgliteSql(dataDir: string | undefined): Promise<Sql> {
  const options: PGliteOptions = { parsers: { [types.BYTEA]: parseByteaHex } };
  const db = dataDir === undefined ? await PGlite.create(options) : await PGlite.create(dataDir, options);
  return wrap(db, db, 0, createStatementRunner(db));
}

/**
 * bytea arrives as text in hex form (`\\x0a1b...`). PGlite's own parser reads it a character
 * pair at a time, which takes 30-150 ms for a board snapshot of 460 KB; Node's native hex
 * decoder takes about 2 ms. A plain Uint8Array, like PGlite's own, is returned.
 */
export function parseByteaHex(text: string): Uint8Array {
  if (!text.startsWith('\\x')) throw new Error('bytea value is not in hex format');
  const bytes = Buffer.from(text.slice(2), 'hex');
  if (bytes.byteLength * 2 !== text.length - 2) throw new Error('bytea value is not valid hex');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function wrap(client: PgliteClient, db: PGlite, depth: number, statements: StatementRunner): Sql {
  const sql: Sql = {
    dialect: 'pglite',
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    async transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R> {
      if (depth > 0) {
        const tx = wrap(client, db, depth + 1, statements);
        return withSavepoint(tx, depth, () => fn(tx));
      }
      // Queries made on `db` (not `tx`) inside fn would wait for this transaction forever, so
      // callers must use the handle they are given; every store function here does.
      return db.transaction((tx) => fn(wrap(tx, db, 1, statements)));
    },
    queryEach<T>(text: string, paramRows: readonly unknown[][]): Promise<T[][]> {
      // Inside a transaction the runs simply join it; outside, they go to the engine at once.
      return depth > 0 ? queryEachInTransaction<T>(sql, text, paramRows) : statements.runEach<T>(text, paramRows);
    },
    async close(): Promise<void> {
      if (depth > 0) throw new Error('Cannot close the database from inside a transaction');
      await db.close();
    },
  };
  return sql;
}
