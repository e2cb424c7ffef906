import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createPgliteSql } from './pgliteSql';
import { createPostgresSql } from './postgresSql';
import { runMigrations } from './migrations';
import { lockEmbeddedDatabase } from './embeddedLock';
import type { Sql } from './Sql';

/** Where the database lives. The first one given wins: `databaseUrl`, `inMemory`, `dataDir`. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL; absent: embedded PGlite. */
  databaseUrl?: string;
  /** Folder for Plano's data; PGlite keeps its files in `<dataDir>/pglite` (created if missing). */
  dataDir?: string;
  /** Embedded PGlite in memory: nothing survives `close()`. For tests and throw-away runs. */
  inMemory?: boolean;
}

/** Pool size for PostgreSQL: enough for group commits of many rooms plus page requests. */
const POSTGRES_MAX_CONNECTIONS = 10;

/** Opens the database and brings its schema up to date before returning it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Sql> {
  const sql = await connect(options);
  try {
    await runMigrations(sql);
  } catch (error) {
    await sql.close();
    throw new Error(`Could not migrate the ${sql.dialect} database`, { cause: error });
  }
  return sql;
}

async function connect(options: OpenDatabaseOptions): Promise<Sql> {
  if (options.databaseUrl) return createPostgresSql(options.databaseUrl, { maxConnections: POSTGRES_MAX_CONNECTIONS });
  if (options.inMemory) return createPgliteSql(undefined);
  if (options.dataDir) {
    const pgliteDir = path.join(options.dataDir, 'pglite');
    await mkdir(pgliteDir, { recursive: true });
    const release = await lockEmbeddedDatabase(options.dataDir);
    try {
      const sql = await createPgliteSql(pgliteDir);
      return withCloseHook(sql, release);
    } catch (error) {
      await release();
      throw error;
    }
  }
  throw new Error('openDatabase needs a databaseUrl, a dataDir or inMemory: true');
}

/** The same Sql, releasing the folder's lock once the database is closed. */
function withCloseHook(sql: Sql, afterClose: () => Promise<void>): Sql {
  return {
    dialect: sql.dialect,
    query: (text, params) => sql.query(text, params),
    transaction: (fn) => sql.transaction(fn),
    queryEach: (text, paramRows) => sql.queryEach(text, paramRows),
    async close() {
      await sql.close();
      await afterClose();
    },
  };
}
