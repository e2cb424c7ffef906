/**
 * Housekeeping of the embedded database while the server runs, done by maintenanceWorker.mjs on
 * its own thread: checkpoints every second while edits come in (the WAL stays small, and its
 * fsyncs stay off the event loop), and a backup copy every `backupEveryMs` and at shutdown when
 * anything changed since the last one, keeping the newest `keepBackups` in `<dataDir>/backups`.
 * A backup is a complete SQLite database: to restore one, stop Plano and put it in place of
 * `plano.db` (README, "How it keeps your work").
 *
 * The thread runs only while there is work: it starts at the first write and stops after
 * `idleStopMs` without writes (after a last checkpoint), so an idle server holds no second heap.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface BackupResult {
  path: string;
  bytes: number;
  ms: number;
}

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface DatabaseMaintenance {
  /** The database committed a write: keep the thread running, and back up at the next turn. */
  noteWrite(): void;
  /** Writes a backup now and prunes old ones; resolves with the new file. */
  backupNow(): Promise<BackupResult>;
  /** Moves the WAL into the database file now (the thread also does this every second). */
  checkpointNow(): Promise<CheckpointResult>;
  /** Whether the maintenance thread is running now. */
  readonly running: boolean;
  /** Writes the shutdown backup (when something changed since the last) and stops the thread. */
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
  /** The thread stops after this long without writes. */
  idleStopMs?: number;
  onError(message: string): void;
}

/** Backup files are named by their time in UTC, so names sort in time order. */
const BACKUP_NAME = /^plano-\d{8}T\d{6}(\d{3})?Z\.db$/;
const DEFAULT_IDLE_STOP_MS = 60_000;

export function backupFileName(at: Date): string {
  return `plano-${at.toISOString().replace(/[-:]/g, '').replace('.', '')}.db`;
}

/** One run of the maintenance thread, with request/answer messaging. */
class MaintenanceThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  exited = false;

  constructor(
    file: string,
    checkpointEveryMs: number,
    private readonly onError: (message: string) => void,
  ) {
    this.worker = new Worker(new URL('./maintenanceWorker.mjs', import.meta.url), { workerData: { file, checkpointEveryMs } });
    this.worker.unref();
    this.worker.on('message', (message: { type: string; id?: number; result?: unknown; error?: string; message?: string }) => {
      if (message.type === 'error') return onError(message.message ?? 'maintenance failed');
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    });
    this.worker.on('error', (error) => onError(`maintenance thread failed: ${String(error)}`));
    this.worker.on('exit', () => {
      this.exited = true;
      for (const waiting of this.pending.values()) waiting.reject(new Error('the maintenance thread has stopped'));
      this.pending.clear();
    });
  }

  ask<T>(message: Record<string, unknown>): Promise<T> {
    if (this.exited) return Promise.reject(new Error('the maintenance thread has stopped'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** A last checkpoint, then the thread ends. */
  async stop(): Promise<void> {
    await this.ask({ type: 'checkpoint' }).catch((error: unknown) => this.onError(`last checkpoint failed: ${String(error)}`));
    await this.ask({ type: 'close' }).catch((error: unknown) => {
      // The thread may exit before its answer arrives: that is the close we asked for.
      if (!this.exited) throw error;
    });
    await this.worker.terminate();
  }
}

export function startDatabaseMaintenance(options: DatabaseMaintenanceOptions): DatabaseMaintenance {
  const idleStopMs = options.idleStopMs ?? DEFAULT_IDLE_STOP_MS;
  let thread: MaintenanceThread | null = null;
  let stopping: Promise<void> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  /** Anything written since the last backup (a new server may hold data no backup has yet). */
  let changedSinceBackup = true;
  let closed = false;

  function current(): MaintenanceThread {
    if (!thread || thread.exited) thread = new MaintenanceThread(options.file, options.checkpointEveryMs ?? 1000, options.onError);
    armIdleStop();
    return thread;
  }

  function armIdleStop(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      const idle = thread;
      thread = null;
      if (idle) stopping = idle.stop().catch((error: unknown) => options.onError(`stopping the maintenance thread failed: ${String(error)}`));
    }, idleStopMs);
    idleTimer.unref();
  }

  async function backupNow(): Promise<BackupResult> {
    await mkdir(options.backupDir, { recursive: true });
    changedSinceBackup = false;
    try {
      const result = await current().ask<BackupResult>({ type: 'backup', path: path.join(options.backupDir, backupFileName(new Date())) });
      await prune();
      return result;
    } catch (error) {
      changedSinceBackup = true;
      throw error;
    }
  }

  async function prune(): Promise<void> {
    const backups = (await readdir(options.backupDir)).filter((name) => BACKUP_NAME.test(name)).sort();
    const excess = backups.slice(0, Math.max(0, backups.length - Math.max(1, options.keepBackups)));
    await Promise.all(excess.map((name) => rm(path.join(options.backupDir, name), { force: true })));
  }

  let backingUp: Promise<unknown> = Promise.resolve();
  const backupTimer =
    options.backupEveryMs > 0 && options.keepBackups > 0
      ? setInterval(() => {
          if (!changedSinceBackup) return;
          backingUp = backupNow().catch((error: unknown) => options.onError(`backup failed: ${String(error)}`));
        }, options.backupEveryMs)
      : null;
  backupTimer?.unref();

  return {
    noteWrite() {
      if (closed) return;
      changedSinceBackup = true;
      if (thread && !thread.exited) armIdleStop();
      else current();
    },
    backupNow,
    checkpointNow: () => current().ask<CheckpointResult>({ type: 'checkpoint' }),
    get running() {
      return thread !== null && !thread.exited;
    },
    async close() {
      closed = true;
      if (backupTimer) clearInterval(backupTimer);
      await backingUp;
      if (options.keepBackups > 0 && changedSinceBackup) await backupNow().catch((error: unknown) => options.onError(`backup at shutdown failed: ${String(error)}`));
      if (idleTimer) clearTimeout(idleTimer);
      await stopping;
      await thread?.stop();
      thread = null;
    },
  };
}
