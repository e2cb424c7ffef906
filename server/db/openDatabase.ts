import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createPostgresSql } from './postgresSql';
import { migrateFromPglite, type PgliteMigration } from './migrateFromPglite';
import { runMigrations } from './migrations';
import { createSqliteSql } from './sqliteSql';
import type { Sql } from './Sql';

/** Where the database lives. The first one given wins: `databaseUrl`, `inMemory`, `dataDir`. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL; absent: the embedded SQLite database. */
  databaseUrl?: string;
  /** Folder for Plano's data; the embedded database is `<dataDir>/plano.db` (created if missing). */
  dataDir?: string;
  /** Embedded database in memory: nothing survives `close()`. For tests and throw-away runs. */
  inMemory?: boolean;
  /** Told when a PGlite folder of an earlier version was moved into the new database file. */
  onPgliteMigrated?(migration: PgliteMigration): void;
  /** Told when flushing the embedded database to the disk fails (it is tried again). */
  onError?(error: unknown): void;
  /** The embedded database's WAL is checkpointed by a maintenance thread (the server's). */
  checkpointedElsewhere?: boolean;
}

/** The event loop's own checkpoint, kept as a net when the maintenance thread does the work. */
const AUTO_CHECKPOINT_PAGES_WHEN_MAINTAINED = 10_000;

/** The embedded database's file in a data folder. */
export const EMBEDDED_DATABASE_FILE = 'plano.db';

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
  if (options.inMemory) return createSqliteSql(':memory:');
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    const file = path.join(options.dataDir, EMBEDDED_DATABASE_FILE);
    const migrated = await migrateFromPglite(options.dataDir, file);
    if (migrated) options.onPgliteMigrated?.(migrated);
    return createSqliteSql(file, { onError: options.onError, autoCheckpointPages: options.checkpointedElsewhere ? AUTO_CHECKPOINT_PAGES_WHEN_MAINTAINED : undefined });
  }
  throw new Error('openDatabase needs a databaseUrl, a dataDir or inMemory: true');
}
