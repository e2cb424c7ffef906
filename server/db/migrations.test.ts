import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrationsFor, runMigrations, SQLITE_MIGRATIONS } from './migrations';
import { createSqliteSql } from './sqliteSql';
import type { Sql } from './Sql';
import { describeEachBackend, describePostgres } from './testBackends';

const EXPECTED_TABLES = ['agenda_sessions', 'agreed_outputs', 'auth_sessions', 'doc_checkpoints', 'doc_snapshots', 'doc_updates', 'docs', 'follow_ups', 'group_members', 'groups', 'meetings', 'participants', 'personal_docs', 'roster', 'schema_migrations', 'settings', 'share_links', 'topic_progress', 'users', 'workshop_members', 'workshops'];

async function tableNames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    sql.dialect === 'sqlite'
      ? `select name as table_name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`
      : `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

async function appliedNames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>('select name from schema_migrations order by name');
  return rows.map((row) => row.name);
}

describeEachBackend('runMigrations', (backend) => {
  const migrations = () => migrationsFor(backend.dialect);
  const names = () => migrations().map((migration) => migration.name);

  it('creates every table on an empty database and records each migration once', async () => {
    const { sql } = await backend.createEmptyDatabase();
    expect(await runMigrations(sql)).toEqual(names());
    expect(await tableNames(sql)).toEqual(EXPECTED_TABLES);
    expect(await appliedNames(sql)).toEqual(names());
  });

  it('does nothing when run a second time', async () => {
    const { sql } = await backend.createEmptyDatabase();
    await runMigrations(sql);
    expect(await runMigrations(sql)).toEqual([]);
    expect(await appliedNames(sql)).toEqual(names());
  });

  it('applies only the migrations appended since the last run', async () => {
    const { sql } = await backend.createEmptyDatabase();
    const extra = { name: '9998_extra', statements: ['create table extra_probe (id int primary key)'] };
    await runMigrations(sql);
    expect(await runMigrations(sql, [...migrations(), extra])).toEqual(['9998_extra']);
    expect(await tableNames(sql)).toEqual([...EXPECTED_TABLES, 'extra_probe'].sort());
  });

  it('leaves no trace of a migration that fails', async () => {
    const { sql } = await backend.createEmptyDatabase();
    const broken = [...migrations(), { name: '9999_broken', statements: ['create table half_done (id int)', 'select * from no_such_table'] }];
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

describe('runMigrations from two connections to one SQLite file at once (the server and the CLI starting together)', () => {
  it('succeeds in both and applies each migration exactly once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plano-migrate-'));
    const [first, second] = [createSqliteSql(path.join(dir, 'plano.db')), createSqliteSql(path.join(dir, 'plano.db'))];
    try {
      const [appliedByFirst, appliedBySecond] = await Promise.all([runMigrations(first), runMigrations(second)]);
      expect([...appliedByFirst, ...appliedBySecond]).toEqual(SQLITE_MIGRATIONS.map((migration) => migration.name));
      expect(await appliedNames(second)).toEqual(SQLITE_MIGRATIONS.map((migration) => migration.name));
    } finally {
      await Promise.all([first.close(), second.close()]);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
