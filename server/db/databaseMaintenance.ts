/**
 * Housekeeping of the embedded database while the server runs, done by maintenanceWorker.mjs on
 * its own thread: checkpoints every second (the WAL stays small, and its fsyncs stay off the event
 * loop), and a backup copy every `backupEveryMs` and at shutdown, keeping the newest `keepBackups`
 * in `<dataDir>/backups`. A backup is a complete SQLite database: to restore one, stop Plano and
 * put it in place of `plano.db` (README, "How it keeps your work").
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface BackupResult {
  path: string;
  bytes: number;
  ms: number;
}

export interface DatabaseMaintenance {
  /** Writes a backup now and prunes old ones; resolves with the new file. */
  backupNow(): Promise<BackupResult>;
  /** Moves the WAL into the database file now (the thread also does this every second). */
  checkpointNow(): Promise<{ busy: number; log: number; checkpointed: number }>;
  /** Writes the shutdown backup (when backups are on) and stops the thread. */
  close(): Promise<void>;
}

export interface DatabaseMaintenanceOptions {
  /** The database file (`<dataDir>/plano.db`). */
  file: string;
  /** Folder for backups, created when needed. */
  backupDir: string;
  /** Between two backups; 0: no timed backups (backupNow still works). */
  backupEveryMs: number;
  /** Backups kept; older ones are deleted after each new one. 0: no backups at shutdown either. */
  keepBackups: number;
  checkpointEveryMs?: number;
  onError(message: string): void;
}

/** Backup files are named by their time in UTC, so names sort in time order. */
const BACKUP_NAME = /^plano-\d{8}T\d{6}(\d{3})?Z\.db$/;

export function backupFileName(at: Date): string {
  return `plano-${at.toISOString().replace(/[-:]/g, '').replace('.', '')}.db`;
}

export function startDatabaseMaintenance(options: DatabaseMaintenanceOptions): DatabaseMaintenance {
  const worker = new Worker(new URL('./maintenanceWorker.mjs', import.meta.url), {
    workerData: { file: options.file, checkpointEveryMs: options.checkpointEveryMs ?? 1000 },
  });
  worker.unref();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let exited = false;
  worker.on('message', (message: { type: string; id?: number; result?: unknown; error?: string; message?: string }) => {
    if (message.type === 'error') return options.onError(message.message ?? 'maintenance failed');
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error));
    else waiting.resolve(message.result);
  });
  worker.on('error', (error) => options.onError(`maintenance thread failed: ${String(error)}`));
  worker.on('exit', () => {
    exited = true;
    for (const waiting of pending.values()) waiting.reject(new Error('the maintenance thread has stopped'));
    pending.clear();
  });

  function ask<T>(message: Record<string, unknown>): Promise<T> {
    if (exited) return Promise.reject(new Error('the maintenance thread has stopped'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  }

  async function backupNow(): Promise<BackupResult> {
    await mkdir(options.backupDir, { recursive: true });
    const result = await ask<BackupResult>({ type: 'backup', path: path.join(options.backupDir, backupFileName(new Date())) });
    await prune();
    return result;
  }

  async function prune(): Promise<void> {
    const backups = (await readdir(options.backupDir)).filter((name) => BACKUP_NAME.test(name)).sort();
    const excess = backups.slice(0, Math.max(0, backups.length - Math.max(1, options.keepBackups)));
    await Promise.all(excess.map((name) => rm(path.join(options.backupDir, name), { force: true })));
  }

  let running: Promise<unknown> = Promise.resolve();
  const timer =
    options.backupEveryMs > 0 && options.keepBackups > 0
      ? setInterval(() => {
          running = backupNow().catch((error: unknown) => options.onError(`backup failed: ${String(error)}`));
        }, options.backupEveryMs)
      : null;
  timer?.unref();

  return {
    backupNow,
    checkpointNow: () => ask({ type: 'checkpoint' }),
    async close() {
      if (timer) clearInterval(timer);
      await running;
      if (options.keepBackups > 0) await backupNow().catch((error: unknown) => options.onError(`backup at shutdown failed: ${String(error)}`));
      await ask({ type: 'close' }).catch((error: unknown) => {
        // The thread may exit before its answer arrives: that is the close we asked for.
        if (!exited) throw error;
      });
      await worker.terminate();
    },
  };
}
