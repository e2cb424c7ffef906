/**
 * Moves the embedded database of an earlier version (a PGlite folder, `<dataDir>/pglite`) into
 * SQLite (`<dataDir>/plano.db`), once, on the first start that finds the folder and no database
 * file. Every table is copied whole; the new file appears under its name only when all of it is
 * written and the row counts match, so a start interrupted half-way simply tries again. The old
 * folder is left where it is for the user to delete.
 */
import { existsSync } from 'node:fs';
import { link, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { openLegacyPglite } from './legacyPglite';
import { runMigrations } from './migrations';
import { createSqliteSql } from './sqliteSql';
import type { Sql } from './Sql';

export const LEGACY_PGLITE_FOLDER = 'pglite';

export interface PgliteMigration {
  from: string;
  to: string;
  /** Rows copied per table. */
  rows: Record<string, number>;
}

/** Rows of the update log copied per statement batch: bounds memory on a long workshop. */
const LOG_BATCH_ROWS = 500;

/**
 * Copies `<dataDir>/pglite` into `databaseFile` when the folder exists and the file does not.
 * Returns what was copied, or null when there was nothing to do.
 */
export async function migrateFromPglite(dataDir: string, databaseFile: string): Promise<PgliteMigration | null> {
  const from = path.join(dataDir, LEGACY_PGLITE_FOLDER);
  if (existsSync(databaseFile) || !existsSync(path.join(from, 'PG_VERSION'))) return null;
  // Named per process: two processes starting at once (server and CLI) each write their own.
  const partial = `${databaseFile}.migrating-${process.pid}`;
  await removeDatabaseFiles(partial);
  const legacy = await openLegacyPglite(from);
  try {
    await runMigrations(legacy.sql);
    const target = createSqliteSql(partial, { walSyncIntervalMs: 0 });
    let rows: Record<string, number>;
    try {
      await runMigrations(target);
      rows = await copyTables(legacy.sql, target);
    } finally {
      await target.close();
    }
    // On the disk before it takes the real name: a power cut now must not leave half a database.
    const handle = await open(partial, 'r');
    await handle.sync();
    await handle.close();
    try {
      // link, not rename: if another process got there first, its file (maybe in use) stays.
      await link(partial, databaseFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return null;
    }
    return { from, to: databaseFile, rows };
  } finally {
    await removeDatabaseFiles(partial);
    await legacy.close();
  }
}

async function copyTables(source: Sql, target: Sql): Promise<Record<string, number>> {
  // Creation order, so that a table comes after the tables its foreign keys point to.
  const tables = await target.query<{ name: string }>(
    `select name from sqlite_schema where type = 'table' and name not in ('schema_migrations', 'sqlite_sequence') and name not like 'sqlite_%' order by rowid`,
  );
  const copied: Record<string, number> = {};
  await target.transaction(async (tx) => {
    for (const { name: table } of tables) {
      const targetColumns = await tx.query<{ name: string; type: string }>(`select name, type from pragma_table_info($1)`, [table]);
      const sourceColumns = new Set(
        (await source.query<{ column_name: string }>(`select column_name from information_schema.columns where table_schema = 'public' and table_name = $1`, [table])).map(
          (row) => row.column_name,
        ),
      );
      const columns = targetColumns.filter((column) => sourceColumns.has(column.name));
      if (columns.length === 0) continue;
      // Dates as their text: a DATE has no time zone and must not pick one up on the way.
      const selectList = columns.map(({ name, type }) => (type.toLowerCase() === 'date' ? `to_char(${name}, 'YYYY-MM-DD') as ${name}` : name)).join(', ');
      const insert = `insert into ${table} (${columns.map((column) => column.name).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
      const toRow = (row: Record<string, unknown>) => columns.map((column) => row[column.name]);
      let count = 0;
      if (table === 'doc_updates') {
        // The log can be long: read it in batches, in sequence order (the numbers are kept).
        for (let after = 0; ; ) {
          const batch = await source.query<Record<string, unknown>>(`select ${selectList} from doc_updates where seq > $1 order by seq limit ${LOG_BATCH_ROWS}`, [after]);
          if (batch.length === 0) break;
          await tx.queryEach(insert, batch.map(toRow));
          count += batch.length;
          after = Number(batch[batch.length - 1].seq);
        }
      } else {
        const rows = await source.query<Record<string, unknown>>(`select ${selectList} from ${table}`);
        await tx.queryEach(insert, rows.map(toRow));
        count = rows.length;
      }
      const [{ n }] = await source.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      if (n !== count) throw new Error(`Copying ${table} from PGlite: read ${count} rows of ${n}`);
      copied[table] = count;
    }
  });
  return copied;
}

async function removeDatabaseFiles(file: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}
