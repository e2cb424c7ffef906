import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWalSync } from './walSync';
import { createSqliteSql } from './sqliteSql';

describe('flushing committed edits to the disk', () => {
  it('flushes a stream of commits to the disk, once per interval at most, not once per commit', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plano-walsync-'));
    const file = path.join(dir, 'plano.db');
    const sql = createSqliteSql(file, { walSyncIntervalMs: 50 });
    const errors: unknown[] = [];
    // A second syncer on the same WAL, to count flushes as the database's own does.
    const sync = createWalSync(`${file}-wal`, { intervalMs: 50, onError: (error) => errors.push(error) });
    try {
      await sql.query('create table edits (n integer)');
      const started = performance.now();
      let commits = 0;
      while (performance.now() - started < 300) {
        await sql.query('insert into edits (n) values ($1)', [commits++]);
        sync.markDirty();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await Promise.all([sql.whenDurable(), sync.whenDurable()]);
      const elapsed = performance.now() - started;
      expect(commits).toBeGreaterThan(20);
      // One flush per 50 ms at most (plus the first, at once), never one per commit.
      expect(sync.flushes).toBeGreaterThan(1);
      expect(sync.flushes).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
      expect(errors).toEqual([]);
    } finally {
      await sync.close();
      await sql.close();
    }
  });

  it('answers at once when nothing is waiting to be flushed, and in memory', async () => {
    const memory = createSqliteSql(':memory:');
    await memory.whenDurable();
    await memory.close();
    const errors: unknown[] = [];
    const sync = createWalSync(path.join(os.tmpdir(), 'plano-no-such-wal'), { intervalMs: 50, onError: (error) => errors.push(error) });
    await sync.whenDurable();
    sync.markDirty();
    // A WAL that does not exist yet has nothing to flush: no error, and the waiter is answered.
    await sync.whenDurable();
    await sync.close();
    expect(errors).toEqual([]);
  });
});
