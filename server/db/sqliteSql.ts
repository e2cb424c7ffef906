/**
 * The embedded database: SQLite through Node's built-in `node:sqlite`, behind the `Sql` interface.
 *
 * Statements run synchronously on the event loop; a live edit's append costs well under a tenth
 * of a millisecond, so that is cheaper than any hand-off to another thread. The file is in WAL
 * mode with `synchronous=NORMAL`: a commit survives a crash of the process at once and a power
 * cut once `walSync` has flushed it (at most `walSyncIntervalMs` later); the database itself is
 * never left damaged. Other processes (the CLI) may open the same file; SQLite's own locks keep
 * writers one at a time, and a writer that finds the file busy retries without blocking the loop.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { withSavepoint } from './savepoints';
import { readerForDeclaredType, SQLITE_FUNCTIONS, toSqliteParam, translateForSqlite, type SqliteValue } from './sqliteDialect';
import type { Sql } from './Sql';
import { createWalSync, type WalSync } from './walSync';

export interface SqliteSqlOptions {
  /** Longest time a commit waits for its flush to the disk; 0 disables the flushing (tests in memory). */
  walSyncIntervalMs?: number;
  /** How long a statement waits for another process's write to finish before failing. */
  busyWaitMs?: number;
  /**
   * WAL size (pages of 4 KiB) at which a commit moves the WAL into the database file itself, on
   * the event loop. SQLite's default is 1000; the server sets a high value because its
   * maintenance thread checkpoints every second, off the event loop (the default stays as a net).
   */
  autoCheckpointPages?: number;
  onError?(error: unknown): void;
  /** Told after every commit that wrote (the server's maintenance thread keeps pace with it). */
  onCommit?(): void;
}

export interface SqliteSql extends Sql {
  readonly dialect: 'sqlite';
  /** Resolves once everything committed so far has reached the disk (immediately in memory). */
  whenDurable(): Promise<void>;
  /** The file's path, or ':memory:'. */
  readonly file: string;
}

interface Prepared {
  statement: StatementSync;
  /** Readers of the result columns by index; null where the value is returned as it is. */
  readers: [name: string, read: (value: unknown) => unknown][];
  writes: boolean;
  /** Highest `$n` in the statement: SQLite would bind missing parameters as null. */
  paramCount: number;
}

const SQLITE_BUSY = 5;
const DEFAULT_BUSY_WAIT_MS = 10_000;
const MAX_CACHED_STATEMENTS = 500;

/** Opens (creating if missing) the database file, or an in-memory one for ':memory:'. */
export function createSqliteSql(file: string, options: SqliteSqlOptions = {}): SqliteSql {
  // timeout 0: a busy file is retried asynchronously below, so another process's write never
  // blocks this process's event loop.
  const db = new DatabaseSync(file, { timeout: 0, enableForeignKeyConstraints: true });
  const inMemory = file === ':memory:';
  try {
    if (!inMemory) {
      retryBusySync(() => db.exec('pragma journal_mode = wal'));
      db.exec('pragma synchronous = normal');
      if (options.autoCheckpointPages !== undefined) db.exec(`pragma wal_autocheckpoint = ${Math.max(0, Math.floor(options.autoCheckpointPages))}`);
    }
    db.exec('pragma foreign_keys = on');
    for (const [name, fn] of Object.entries(SQLITE_FUNCTIONS)) db.function(name, { deterministic: false, varargs: true }, fn as (...args: SqliteValue[]) => SqliteValue);
  } catch (error) {
    db.close();
    throw error;
  }
  const onError = options.onError ?? (() => undefined);
  const walSync: WalSync | null =
    inMemory || options.walSyncIntervalMs === 0 ? null : createWalSync(`${file}-wal`, { intervalMs: options.walSyncIntervalMs ?? 250, onError });
  const busyWaitMs = options.busyWaitMs ?? DEFAULT_BUSY_WAIT_MS;
  const cache = new Map<string, Prepared>();
  const lock = new ConnectionLock();

  function prepare(text: string): Prepared {
    let prepared = cache.get(text);
    if (prepared) return prepared;
    const statement = db.prepare(translateForSqlite(text));
    const readers: Prepared['readers'] = [];
    for (const column of statement.columns()) {
      const read = readerForDeclaredType(column.type);
      if (read) readers.push([column.name, read]);
    }
    const paramCount = Math.max(0, ...Array.from(text.matchAll(/\$(\d+)/g), (match) => Number(match[1])));
    prepared = { statement, readers, writes: !/^\s*select\b/i.test(text), paramCount };
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
    cache.set(text, prepared);
    return prepared;
  }

  /** Runs one statement now, on whatever transaction the connection is in. */
  function run<T>(text: string, params: readonly unknown[]): { rows: T[]; writes: boolean } {
    const prepared = prepare(text);
    if (params.length !== prepared.paramCount) throw new Error(`statement expects ${prepared.paramCount} parameters, got ${params.length}`);
    const rows = prepared.statement.all(...params.map(toSqliteParam)) as Record<string, unknown>[];
    if (prepared.readers.length > 0) {
      for (const row of rows) for (const [name, read] of prepared.readers) row[name] = read(row[name]);
    }
    return { rows: rows as T[], writes: prepared.writes };
  }

  function committed(): void {
    walSync?.markDirty();
    options.onCommit?.();
  }

  // Transaction control, prepared once: compiling it for every live edit's commit costs more
  // than the insert itself.
  const control = { begin: db.prepare('begin immediate'), commit: db.prepare('commit'), rollback: db.prepare('rollback') };

  /** `work` with the connection to itself: at once when free, else after the transaction in flight. */
  async function exclusively<R>(work: () => Promise<R> | R): Promise<R> {
    await lock.acquire();
    try {
      return await work();
    } finally {
      lock.release();
    }
  }

  /**
   * Synchronous `work` (one statement, or a transaction that runs start to end without waiting)
   * with the connection to itself. The common case, a free connection and a free file, runs at
   * once without a turn of the event loop; otherwise it queues and retries a busy file.
   */
  function atOnce<R>(work: () => R): Promise<R> {
    if (lock.tryAcquire()) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        if (!isBusy(error)) return Promise.reject(error);
      } finally {
        lock.release();
      }
    }
    return exclusively(() => retryBusy(work, busyWaitMs));
  }

  function rollbackIfOpen(): void {
    if (db.isTransaction) control.rollback.run();
  }

  /** Runs synchronous `fn` in one transaction (IMMEDIATE: the write lock is taken up front). */
  function inTransactionNow<R>(fn: () => R): R {
    control.begin.run();
    let result: R;
    try {
      result = fn();
      control.commit.run();
    } catch (error) {
      rollbackIfOpen();
      throw error;
    }
    committed();
    return result;
  }

  async function inTransaction<R>(fn: () => Promise<R>): Promise<R> {
    // IMMEDIATE takes the write lock up front: a transaction never fails half-way on a busy file.
    await retryBusy(() => control.begin.run(), busyWaitMs);
    let result: R;
    try {
      result = await fn();
      control.commit.run();
    } catch (error) {
      rollbackIfOpen();
      throw error;
    }
    committed();
    return result;
  }

  function handle(depth: number): SqliteSql {
    const sql: SqliteSql = {
      dialect: 'sqlite',
      file,
      async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
        if (depth > 0) return run<T>(text, params).rows;
        return atOnce(() => {
          const { rows, writes } = run<T>(text, params);
          if (writes) committed();
          return rows;
        });
      },
      async transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R> {
        if (depth > 0) {
          const tx = handle(depth + 1);
          return withSavepoint(tx, depth, () => fn(tx));
        }
        return exclusively(() => inTransaction(() => fn(handle(1))));
      },
      async queryEach<T>(text: string, paramRows: readonly unknown[][]): Promise<T[][]> {
        if (paramRows.length === 0) return [];
        const runAll = () => paramRows.map((params) => run<T>(text, params).rows);
        if (depth > 0) return runAll();
        // One run is one statement: atomic on its own, no transaction around it.
        if (paramRows.length === 1) return [await sql.query<T>(text, paramRows[0])];
        return atOnce(() => inTransactionNow(runAll));
      },
      whenDurable: () => walSync?.whenDurable() ?? Promise.resolve(),
      async close(): Promise<void> {
        if (depth > 0) throw new Error('Cannot close the database from inside a transaction');
        await exclusively(async () => {
          await walSync?.close();
          cache.clear();
          db.close();
        });
      },
    };
    return sql;
  }

  return handle(0);
}

/**
 * One user of the connection at a time while a transaction is open: statements of other callers
 * would otherwise run inside it (one connection) and commit or roll back with it.
 */
class ConnectionLock {
  private held = false;
  private readonly waiters: (() => void)[] = [];

  acquire(): Promise<void> | void {
    if (this.tryAcquire()) return;
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Takes the connection if it is free (and nobody is queued for it). */
  tryAcquire(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown })?.errcode;
  return typeof code === 'number' && (code & 0xff) === SQLITE_BUSY;
}

/** Runs `work`, retrying while another process holds the write lock, for up to `budgetMs`. */
async function retryBusy<R>(work: () => R, budgetMs: number): Promise<R> {
  const deadline = performance.now() + budgetMs;
  for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** `retryBusy` for the few set-up statements that run before the database is handed out. */
function retryBusySync(work: () => void, budgetMs = DEFAULT_BUSY_WAIT_MS): void {
  const deadline = performance.now() + budgetMs;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
