/**
 * Earlier versions of Plano kept the embedded database as a PGlite folder (`<dataDir>/pglite`).
 * PGlite is loaded only here, lazily, to read such a folder once. The folder is itself brought up
 * to date with PostgreSQL's migrations first, so a folder from any earlier version reads alike.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { queryEachInTransaction, type Sql } from './Sql';
import { withSavepoint } from './savepoints';

export interface LegacyPglite {
  sql: Sql;
  close(): Promise<void>;
}

/** Opens a PGlite folder (in memory when `dir` is undefined) behind `Sql`, as PostgreSQL. */
export async function openLegacyPglite(dir: string | undefined): Promise<LegacyPglite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = dir === undefined ? await PGlite.create() : await PGlite.create(dir);
  return { sql: wrap(db, db, 0), close: () => db.close() };
}

function wrap(client: PGlite | Transaction, db: PGlite, depth: number): Sql {
  const sql: Sql = {
    dialect: 'postgres',
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      return (await client.query<T>(text, params)).rows;
    },
    async transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R> {
      if (depth > 0) {
        const tx = wrap(client, db, depth + 1);
        return withSavepoint(tx, depth, () => fn(tx));
      }
      return db.transaction((tx) => fn(wrap(tx, db, 1)));
    },
    queryEach: <T>(text: string, paramRows: readonly unknown[][]) => queryEachInTransaction<T>(sql, text, paramRows),
    async close() {
      throw new Error('Close the legacy PGlite database through openLegacyPglite().close()');
    },
  };
  return sql;
}
