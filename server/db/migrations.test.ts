import { expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from './migrations';
import type { Sql } from './Sql';
import { describeEachBackend, describePostgres } from './testBackends';

const EXPECTED_TABLES = ['agenda_sessions', 'agreed_outputs', 'doc_snapshots', 'doc_updates', 'docs', 'follow_ups', 'group_members', 'groups', 'meetings', 'participants', 'roster', 'schema_migrations', 'settings', 'topic_progress', 'users', 'workshop_members', 'workshops'];

async function tableNames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

async function appliedNames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>('select name from schema_migrations order by name');
  return rows.map((row) => row.name);
}

describeEachBackend('runMigrations', (backend) => {
  it('creates every table on an empty database and records each migration once', async () => {
    const { sql } = await backend.createEmptyDatabase();
    expect(await runMigrations(sql)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await tableNames(sql)).toEqual(EXPECTED_TABLES);
    expect(await appliedNames(sql)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('does nothing when run a second time', async () => {
    const { sql } = await backend.createEmptyDatabase();
    await runMigrations(sql);
    expect(await runMigrations(sql)).toEqual([]);
    expect(await appliedNames(sql)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('applies only the migrations appended since the last run', async () => {
    const { sql } = await backend.createEmptyDatabase();
    await runMigrations(sql, MIGRATIONS.slice(0, 2));
    expect(await runMigrations(sql)).toEqual(MIGRATIONS.slice(2).map((migration) => migration.name));
    expect(await tableNames(sql)).toEqual(EXPECTED_TABLES);
  });

  it('leaves no trace of a migration that fails', async () => {
    const { sql } = await backend.createEmptyDatabase();
    const broken = [...MIGRATIONS, { name: '9999_broken', statements: ['create table half_done (id int)', 'select * from no_such_table'] }];
    await expect(runMigrations(sql, broken)).rejects.toThrow(/no_such_table/);
    expect(await tableNames(sql)).toEqual([]);
  });
});

describePostgres('runMigrations from two processes at once', (scratch) => {
  it('succeeds in both and applies each migration exactly once', async () => {
    const url = await scratch.create();
    const [first, second] = [scratch.connect(url), scratch.connect(url)];
    const [appliedByFirst, appliedBySecond] = await Promise.all([runMigrations(first), runMigrations(second)]);
    // One of them did all the work; the other waited on the lock and found nothing left.
    expect([...appliedByFirst, ...appliedBySecond].sort()).toEqual(MIGRATIONS.map((migration) => migration.name).sort());
    expect(await appliedNames(first)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
