// The embedded database's housekeeping, on a thread of its own with its own connection, so the
// event loop that relays edits never waits for it: moving the WAL into the database file
// (checkpoints, which flush to the disk) and writing consistent backup copies (VACUUM INTO).
// Plain JavaScript: a worker runs without the TypeScript loader in every setting (server, tests).
import { parentPort, workerData } from 'node:worker_threads';
import { DatabaseSync } from 'node:sqlite';
import { openSync, fsyncSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const { file, checkpointEveryMs } = workerData;
// A worker may block: it waits up to 10 s for the main connection's write to finish.
const db = new DatabaseSync(file, { timeout: 10_000 });
db.exec('pragma synchronous = normal');

function checkpoint() {
  // PASSIVE: copies what no reader still needs, never waits for or blocks the writer.
  return db.prepare('pragma wal_checkpoint(passive)').get();
}

function flushToDisk(target) {
  const fd = openSync(target, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function backup(target) {
  const started = performance.now();
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // A consistent snapshot of the database as of one moment, compacted, in a new file.
  db.prepare('vacuum into ?').run(partial);
  flushToDisk(partial);
  renameSync(partial, target);
  flushToDisk(path.dirname(target));
  return { path: target, bytes: statSync(target).size, ms: performance.now() - started };
}

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: `checkpoint failed: ${String(error)}` });
  }
}, checkpointEveryMs);

parentPort.on('message', (message) => {
  try {
    if (message.type === 'backup') parentPort.postMessage({ type: 'done', id: message.id, result: backup(message.path) });
    else if (message.type === 'checkpoint') parentPort.postMessage({ type: 'done', id: message.id, result: checkpoint() });
    else if (message.type === 'close') {
      clearInterval(timer);
      db.close();
      parentPort.postMessage({ type: 'done', id: message.id, result: null });
      parentPort.close();
    }
  } catch (error) {
    parentPort.postMessage({ type: 'done', id: message.id, error: String(error) });
  }
});
