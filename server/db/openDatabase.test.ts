import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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

  it('passes a JS array as a PostgreSQL array', async () => {
    const [row] = await backend.sql().query<{ n: number }>('select cardinality($1::text[]) as n', [['a', 'b"c', 'd\\e']]);
    expect(row.n).toBe(3);
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

describe('openDatabase with PGlite on disk', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('creates <dataDir>/pglite, migrates, and keeps data across reopening', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'plano-db-test-'));
    const first = await openDatabase({ dataDir: path.join(dataDir, 'nested') });
    await first.query(`insert into settings (key, value) values ('greeting', 'selamat datang')`);
    await first.close();

    const second = await openDatabase({ dataDir: path.join(dataDir, 'nested') });
    expect(await second.query('select value from settings')).toEqual([{ value: 'selamat datang' }]);
    await second.close();
  });

  it('opens an in-memory database', async () => {
    const sql = await openDatabase({ inMemory: true });
    expect(sql.dialect).toBe('pglite');
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

describe('the embedded database folder lock', () => {
  it('keeps a second process (CLI or server) out while one has the folder open, and lets it in after', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plano-lock-'));
    const first = await openDatabase({ dataDir: dir });
    // Pretend the lock belongs to another live process (our parent shell stands in for a running server).
    await writeFile(path.join(dir, 'plano.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
    await first.close();
    // A stale lock from a dead process is taken over.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(path.join(dir, 'plano.lock'), dead);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
