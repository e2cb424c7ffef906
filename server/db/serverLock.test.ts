import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, spawnServer, type ChildServer } from '../testing/spawnServer';
import { DataFolderInUseError, lockDataFolderForServer } from './serverLock';

describe('one server per data folder', () => {
  const children: ChildServer[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.process.kill('SIGKILL');
  });

  it('refuses a second lock in the same process, naming the folder, and gives it once released', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'plano-lock-'));
    const first = lockDataFolderForServer(folder);
    expect(() => lockDataFolderForServer(folder)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolderForServer(folder)).toThrow(folder);
    first.release();
    lockDataFolderForServer(folder).release();
  });

  it('refuses a second server on the folder with a clear error, and starts one at once after the first is killed -9', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-two-servers-'));
    const env = async () => ({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '' });
    const first = await spawnServer(await env());
    children.push(first);

    const refused = await spawnServer(await env()).then(
      () => null,
      (error: unknown) => String(error),
    );
    expect(refused).toContain(`Another Plano server is already using the data folder ${dataDir}`);

    first.process.kill('SIGKILL');
    await first.exited;
    // No lock file to delete by hand: the operating system dropped the lock with the process.
    const second = await spawnServer(await env());
    children.push(second);
    expect(second.workshopId).toBe(first.workshopId);
  }, 60_000);
});
