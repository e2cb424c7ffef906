/**
 * One Plano server per data folder: two would each hold boards in memory and never hear of the
 * other's edits. The CLI is welcome meanwhile (it only adds or reads records).
 *
 * The lock is SQLite's own: the server keeps an exclusive transaction open on a small lock
 * database beside the data for as long as it runs. The operating system drops that lock the
 * moment the process ends, however it ends (kill -9, a power cut), so there is never a stale
 * lock file to delete by hand, and it cannot point at an unrelated process that reused a pid.
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export const SERVER_LOCK_FILE = 'plano-server.lock';

export class DataFolderInUseError extends Error {
  constructor(folder: string, options?: ErrorOptions) {
    super(
      `Another Plano server is already using the data folder ${folder}. Stop it first, or give this one its own DATA_DIR ` +
        `(Server Plano lain sudah memakai folder data ${folder}. Hentikan dulu, atau beri server ini DATA_DIR sendiri.)`,
      options,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface ServerLock {
  release(): void;
}

/** Takes the data folder for this server, or throws DataFolderInUseError at once. */
export function lockDataFolderForServer(folder: string): ServerLock {
  const db = new DatabaseSync(path.join(folder, SERVER_LOCK_FILE), { timeout: 0 });
  try {
    // A rollback journal (not WAL): an exclusive transaction then keeps every other connection out.
    db.exec('pragma journal_mode = delete');
    db.exec('begin exclusive');
  } catch (error) {
    db.close();
    if ((error as { errcode?: number }).errcode === 5 /* SQLITE_BUSY */) throw new DataFolderInUseError(folder, { cause: error });
    throw error;
  }
  return {
    release() {
      if (!db.isOpen) return;
      db.exec('rollback');
      db.close();
    },
  };
}
