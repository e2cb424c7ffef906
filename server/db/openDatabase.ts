import { mkdir } from 'node:fs/promises';
import path from 'node:path';
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
  /** Told after every commit that wrote to the embedded database. */
  onCommit?(): void;
}

/** The event loop's own checkpoint, kept as a net when the maintenance thread does the work. */
const AUTO_CHECKPOINT_PAGES_WHEN_MAINTAINED = 10_000;

/** The embedded database's file in a data folder. */
export const EMBEDDED_DATABASE_FILE = 'plano.db';

/** Pool size for PostgreSQL: enough for group commits of many rooms plus page requests. */
const POSTGRES_MAX_CONNECTIONS = 10;

export class DatabaseDamagedError extends Error {
  constructor(file: string, problems: string, backups: string, options?: ErrorOptions) {
    super(
      `The database ${file} is damaged (${problems}). Stop Plano and restore the newest copy from ${backups} (README: "How it keeps your work"). ` +
        `(Database rusak. Hentikan Plano dan pulihkan salinan terbaru dari ${backups}.)`,
      options,
    );
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * SQLite's own consistency check of the file, at every open (after a power cut, say): a damaged
 * database stops Plano with a message that says what to do, rather than failing later mid-workshop.
 */
async function checkIntact(sql: Sql, dataDir: string): Promise<void> {
  let problems: string;
  try {
    const rows = await sql.query<{ quick_check: string }>('pragma quick_check');
    if (rows.length === 1 && rows[0].quick_check === 'ok') return;
    problems = rows.map((row) => row.quick_check).slice(0, 3).join('; ');
  } catch (error) {
    problems = String((error as Error).message ?? error);
  }
  throw damaged(dataDir, problems);
}

function damaged(dataDir: string, problems: string, cause?: unknown): DatabaseDamagedError {
  return new DatabaseDamagedError(path.join(dataDir, EMBEDDED_DATABASE_FILE), problems, path.join(dataDir, 'backups'), { cause });
}

/** SQLITE_CORRUPT or SQLITE_NOTADB: the file is not a sound database. */
function isDamage(error: unknown): boolean {
  const code = (error as { errcode?: unknown })?.errcode;
  return typeof code === 'number' && ((code & 0xff) === 11 || (code & 0xff) === 26);
}

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
  if (options.databaseUrl) {
    // Loaded only when used: a venue laptop on the embedded database never needs the driver.
    const { createPostgresSql } = await import('./postgresSql');
    return createPostgresSql(options.databaseUrl, { maxConnections: POSTGRES_MAX_CONNECTIONS });
  }
  if (options.inMemory) return createSqliteSql(':memory:');
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    const file = path.join(options.dataDir, EMBEDDED_DATABASE_FILE);
    const migrated = await migrateFromPglite(options.dataDir, file);
    if (migrated) options.onPgliteMigrated?.(migrated);
    let sql: Sql;
    try {
      sql = createSqliteSql(file, { onError: options.onError, onCommit: options.onCommit, autoCheckpointPages: options.checkpointedElsewhere ? AUTO_CHECKPOINT_PAGES_WHEN_MAINTAINED : undefined });
    } catch (error) {
      if (isDamage(error)) throw damaged(options.dataDir, String((error as Error).message), error);
      throw error;
    }
    try {
      await checkIntact(sql, options.dataDir);
    } catch (error) {
      await sql.close();
      throw error;
    }
    return sql;
  }
  throw new Error('openDatabase needs a databaseUrl, a dataDir or inMemory: true');
}
