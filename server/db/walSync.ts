/**
 * Bounds how long a committed edit may live only in the operating system's cache. With
 * `synchronous=NORMAL` a WAL commit is a plain write: it survives a crash of Plano (kill -9) but
 * not a power cut. This flushes the WAL file to the disk itself (`fdatasync`, on libuv's thread
 * pool, never on the event loop) within `intervalMs` of a write, and no more often than that.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface WalSync {
  /** A write was committed: flush it within the interval. */
  markDirty(): void;
  /** Resolves once everything committed before the call is on the disk. */
  whenDurable(): Promise<void>;
  /** Flushes what is pending and releases the file. */
  close(): Promise<void>;
  /** Flushes started so far. */
  readonly flushes: number;
}

export interface WalSyncOptions {
  /** Longest time between a commit and the start of its flush; also the shortest time between flushes. */
  intervalMs: number;
  /** Told when a flush fails (the next write tries again). */
  onError(error: unknown): void;
}

export function createWalSync(walPath: string, options: WalSyncOptions): WalSync {
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;
  let lastStart = -Infinity;
  let file: FileHandle | null = null;
  let closed = false;
  /** Callers waiting for the next flush to start (it covers everything committed before). */
  let waiting: (() => void)[] = [];
  let flushes = 0;

  function schedule(): void {
    if (timer || flushing || closed || !dirty) return;
    timer = setTimeout(flush, Math.max(0, lastStart + options.intervalMs - performance.now()));
  }

  function flush(): void {
    timer = null;
    if (!dirty) return;
    dirty = false;
    flushes++;
    lastStart = performance.now();
    const covered = waiting;
    waiting = [];
    flushing = (async () => {
      try {
        file ??= await open(walPath, 'r');
        await file.datasync();
      } catch (error) {
        // ENOENT: no WAL yet (or it was checkpointed away at close): nothing to flush.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          options.onError(error);
          dirty = true;
        }
      }
    })().finally(() => {
      flushing = null;
      for (const resolve of covered) resolve();
      schedule();
    });
  }

  return {
    get flushes() {
      return flushes;
    },
    markDirty() {
      dirty = true;
      schedule();
    },
    whenDurable() {
      if (!dirty && !timer) return flushing ?? Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flushing;
      if (dirty) {
        flush();
        await flushing;
      }
      for (const resolve of waiting.splice(0)) resolve();
      await file?.close();
      file = null;
    },
  };
}
