import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, describe } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';
import { describeEachBackend, describePostgres } from './testBackends';

describeEachBackend('Sql', (backend) => {
  it('returns bytea as plain Uint8Array and bigint as number', async () => {
    const bytes = new Uint8Array([0, 1, 92, 34, 255]);
    const [row] = await backend.sql().query<{ data: Uint8Array; big: number }>('select $1::bytea as data, 9007199254740991::int8 as big', [bytes]);
    expect(row.data.constructor).toBe(Uint8Array);
    expect(row.data).toEqual(bytes);
    expect(row.big).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('matches a column against a JS array parameter (= any($n))', async () => {
    const sql = backend.sql();
    await sql.query(`insert into settings (key, value) values ('a', '1'), ('b"c', '2'), ('d\\e', '3'), ('f', '4')`);
    const rows = await sql.query<{ key: string }>('select key from settings where key = any($1::text[]) order by key', [['a', 'b"c', 'd\\e', 'x']]);
    expect(rows.map((row) => row.key)).toEqual(['a', 'b"c', 'd\\e']);
  });

  it('commits a transaction and rolls back one that throws', async () => {
    const sql = backend.sql();
    await sql.query(`create table tx_probe (id int primary key)`);
    await sql.transaction(async (tx) => {
      await tx.query('insert into tx_probe values (1)');
    });
    await expect(
      sql.transaction(async (tx) => {
        await tx.query('insert into tx_probe values (2)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await sql.query('select id from tx_probe order by id')).toEqual([{ id: 1 }]);
  });

  it('rolls back only the inner part of a nested transaction that throws', async () => {
    const sql = backend.sql();
    await sql.query(`create table nested_probe (id int primary key)`);
    await sql.transaction(async (tx) => {
      await tx.query('insert into nested_probe values (1)');
      await expect(
        tx.transaction(async (inner) => {
          await inner.query('insert into nested_probe values (2)');
          throw new Error('inner failure');
        }),
      ).rejects.toThrow('inner failure');
      await tx.transaction((inner) => inner.query('insert into nested_probe values (3)'));
    });
    expect(await sql.query('select id from nested_probe order by id')).toEqual([{ id: 1 }, { id: 3 }]);
  });
});

describe('openDatabase with SQLite on disk', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('creates <dataDir>/plano.db, migrates, and keeps data across reopening', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'plano-db-test-'));
    const first = await openDatabase({ dataDir: path.join(dataDir, 'nested') });
    await first.query(`insert into settings (key, value) values ('greeting', 'selamat datang')`);
    await first.close();
    expect(existsSync(path.join(dataDir, 'nested', 'plano.db'))).toBe(true);

    const second = await openDatabase({ dataDir: path.join(dataDir, 'nested') });
    expect(await second.query('select value from settings')).toEqual([{ value: 'selamat datang' }]);
    await second.close();
  });

  it('lets a second connection (the CLI beside a running server) read and write the same file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plano-db-shared-'));
    const server = await openDatabase({ dataDir: dir });
    const cli = await openDatabase({ dataDir: dir });
    try {
      await cli.query(`insert into settings (key, value) values ('from', 'cli')`);
      await server.query(`insert into settings (key, value) values ('from-server', 'server')`);
      expect(await server.query('select key from settings order by key')).toEqual([{ key: 'from' }, { key: 'from-server' }]);
      expect(await cli.query('select key from settings order by key')).toEqual([{ key: 'from' }, { key: 'from-server' }]);
    } finally {
      await Promise.all([server.close(), cli.close()]);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('waits for the other connection\'s write transaction instead of failing, without holding the event loop', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plano-db-busy-'));
    const server = await openDatabase({ dataDir: dir });
    const cli = await openDatabase({ dataDir: dir });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inside!: () => void;
      const started = new Promise<void>((resolve) => (inside = resolve));
      const long = cli.transaction(async (tx) => {
        await tx.query(`insert into settings (key, value) values ('long', 'cli')`);
        inside();
        await held;
      });
      await started;
      const write = server.query(`insert into settings (key, value) values ('waiting', 'server')`);
      // The event loop is free meanwhile: a timer fires while the server's write waits.
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await Promise.all([long, write]);
      expect(await server.query('select key from settings order by key')).toEqual([{ key: 'long' }, { key: 'waiting' }]);
    } finally {
      await Promise.all([server.close(), cli.close()]);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory database', async () => {
    const sql = await openDatabase({ inMemory: true });
    expect(sql.dialect).toBe('sqlite');
    expect(await sql.query<{ count: number }>('select count(*) as count from users')).toEqual([{ count: 0 }]);
    await sql.close();
  });

  it('refuses options that name no database', async () => {
    await expect(openDatabase({})).rejects.toThrow(/databaseUrl, a dataDir or inMemory/);
  });
});

describePostgres('openDatabase with PostgreSQL', (scratch) => {
  it('migrates an empty database and reports the postgres dialect', async () => {
    const sql = await openDatabase({ databaseUrl: await scratch.create() });
    try {
      expect(sql.dialect).toBe('postgres');
      expect(await sql.query<{ count: number }>('select count(*) as count from schema_migrations')).toEqual([{ count: MIGRATIONS.length }]);
    } finally {
      await sql.close();
    }
  });
});

describe('opening a damaged embedded database', () => {
  it('stops with a message that names the file and where the backups are, instead of failing later', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plano-damaged-'));
    const sql = await openDatabase({ dataDir: dir });
    await sql.query(`insert into settings (key, value) values ('k', $1)`, ['x'.repeat(20_000)]);
    await sql.close();
    // Scribble over the middle of the file, as a failing disk might.
    const file = path.join(dir, 'plano.db');
    const bytes = await readFile(file);
    bytes.fill(0x5a, 4096, bytes.length - 4096);
    await writeFile(file, bytes);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged.*${path.join(dir, 'backups')}`));
  });
});
