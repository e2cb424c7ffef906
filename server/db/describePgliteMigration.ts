import type { PgliteMigration } from './migrateFromPglite';

/** What the console says after moving an earlier version's PGlite folder into SQLite. */
export function describePgliteMigration(migration: PgliteMigration): string {
  const count = (table: string) => migration.rows[table] ?? 0;
  const what = `${count('workshops')} workshops, ${count('docs')} boards and worksheets, ${count('agreed_outputs')} agreed versions`;
  const apa = `${count('workshops')} lokakarya, ${count('docs')} papan dan lembar kerja, ${count('agreed_outputs')} versi yang disepakati`;
  return [
    `Database dipindahkan dari PGlite (${migration.from}) ke SQLite (${migration.to}): ${apa}.`,
    `  Folder lama tetap ada; hapus setelah Anda memeriksa lokakarya Anda.`,
    `Database moved from PGlite (${migration.from}) to SQLite (${migration.to}): ${what}.`,
    `  The old folder is kept; delete it once you have checked your workshops.`,
  ].join('\n');
}
