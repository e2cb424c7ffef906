/**
 * PGlite is single-process: two processes opening one data folder would corrupt it. A lock file
 * with the owner's pid keeps a second server, or the CLI, out while one process has it open.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class DatabaseInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(`The embedded database in ${folder} is in use by process ${pid} (is Plano running?). Stop it first, or use DATABASE_URL.`);
    this.name = 'DatabaseInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for `folder` or throws DatabaseInUseError; resolves with its release function. */
export async function lockEmbeddedDatabase(folder: string): Promise<() => Promise<void>> {
  const file = path.join(folder, 'plano.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return async () => {
        await unlink(file).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new DatabaseInUseError(folder, owner);
      // A stale lock from a process that died (kill -9): take it over.
      await unlink(file);
    }
  }
  throw new Error(`could not lock ${folder}`);
}
