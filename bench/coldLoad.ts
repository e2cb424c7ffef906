/**
 * Cold load of a document with a long update log, before and after compaction: the log is written
 * straight into the doc store, then a fresh stock client connects to a Plano server that has to
 * load the document from storage, and we time its first sync. Each sample is a freshly started
 * server process ("fresh"); in the same process, once the room was unloaded, a second client
 * times the load again ("reload": storage read and Yjs apply without a cold process).
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { createDocStore, type DocStore } from '../server/db/docStore';
import { openDatabase } from '../server/db/openDatabase';
import type { Sql } from '../server/db/Sql';
import { connectStockClient } from '../server/testing/testServer';
import { canonicalJson, contentOf, type GeneratedLog } from './docGenerator';
import { withTimeout } from './fanout';
import type { BenchDoc, PlanoChildOptions } from './planoProtocol';
import { startPlanoProcess } from './planoProcess';

export interface ColdBackend {
  label: string;
  /** Server data folder (the embedded database lives under it unless databaseUrl is set). */
  dataDir: string;
  databaseUrl?: string;
}

export interface StoreState {
  updates: number;
  bytes: number;
  snapshotBytes: number | null;
}

export interface PhaseResult {
  /** Storage as the phase found it. */
  store: StoreState;
  /** Connect-to-first-sync on a freshly started server process, ms. */
  freshMs: number[];
  /** Of each fresh sample: until the message completing the sync reached the client, ms (the rest is the client applying it). */
  freshArrivedMs: number[];
  /** Connect-to-first-sync after the room was unloaded, same process, ms. */
  reloadMs: number[];
  /** In the bench process: DocStore.load and applying what it returned to a new Y.Doc, ms. */
  readMs: number;
  applyMs: number;
  /** Each sample's content matched the expected content. */
  contentMatches: boolean;
}

export interface ColdLoadResult {
  label: string;
  generated: number;
  /** Connect-to-first-sync of a never-written document on a freshly started server process, ms: the fixed cost. */
  emptyFreshMs: number[];
  appendMs: number;
  before: PhaseResult;
  compaction: { ms: number; before: number; after: number };
  after: PhaseResult;
  /** Updates the sample connections added to the log during the "before" phase (they edit nothing). */
  updatesAddedByConnections: number;
  /** Content after compaction equals content before, and both equal the generated content. */
  contentEqual: boolean;
  contentSummary: string;
}

export interface ColdLoadOptions {
  samples: number;
  batchSize: number;
}

const SYNC_TIMEOUT_MS = 60_000;
const UNLOAD_TIMEOUT_MS = 15_000;
/** Rooms unload this soon after the last client left, so the reload sample can follow quickly. */
const IDLE_UNLOAD_MS = 100;
/** Keeps the server from compacting the log itself while we measure the uncompacted load. */
const NEVER_COMPACT = 1_000_000_000;

export async function runColdLoad(backend: ColdBackend, log: GeneratedLog, options: ColdLoadOptions): Promise<ColdLoadResult> {
  const childBase: PlanoChildOptions = { dataDir: backend.dataDir, databaseUrl: backend.databaseUrl };

  // Fresh servers, each with a new workshop: the first one's board becomes the logged document;
  // each one times the first sync of its own never-written plenary (the fixed cost of a fresh process).
  let doc: BenchDoc | null = null;
  const emptyFreshMs: number[] = [];
  for (let sample = 0; sample < options.samples; sample++) {
    const server = await startPlanoProcess(childBase);
    try {
      doc ??= server.docs[1] ?? server.docs[0];
      const [token] = await server.tokens([server.docs[0]]);
      emptyFreshMs.push((await timeFirstSync(server.wsBase, server.docs[0].name, token)).ms);
    } finally {
      await server.close();
    }
  }
  if (!doc) throw new Error('no document to load');
  const logged = doc;

  // Write the log directly with the doc store, in batches.
  const appendMs = await withStore(backend, async (store) => {
    const start = performance.now();
    for (let i = 0; i < log.updates.length; i += options.batchSize) {
      await store.append(logged.name, log.updates.slice(i, i + options.batchSize));
    }
    return performance.now() - start;
  });
  const expected = canonicalJson(log.content);

  const before = await measurePhase(backend, childBase, logged, expected, NEVER_COMPACT, options.samples);

  const { compaction, storeAfterBefore } = await withStore(backend, async (store, sql) => {
    const storeAfterBefore = await storeState(store, sql, logged.name);
    const start = performance.now();
    const counts = await store.compact(logged.name);
    return { compaction: { ms: performance.now() - start, ...counts }, storeAfterBefore };
  });

  const after = await measurePhase(backend, childBase, logged, expected, undefined, options.samples);

  return {
    label: backend.label,
    generated: log.updates.length,
    emptyFreshMs,
    appendMs,
    before,
    compaction,
    after,
    updatesAddedByConnections: storeAfterBefore.updates - before.store.updates,
    contentEqual: before.contentMatches && after.contentMatches,
    contentSummary: `${Object.keys(log.content.shapes).length} shapes, ${log.content.order.length} order entries, ${log.content.notes.length} characters of notes`,
  };
}

async function measurePhase(
  backend: ColdBackend,
  childBase: PlanoChildOptions,
  doc: BenchDoc,
  expected: string,
  compactAfterUpdates: number | undefined,
  samples: number,
): Promise<PhaseResult> {
  const inProcess = await withStore(backend, async (store, sql) => {
    const state = await storeState(store, sql, doc.name);
    const readStart = performance.now();
    const stored = await store.load(doc.name);
    const readMs = performance.now() - readStart;
    const ydoc = new Y.Doc();
    const applyStart = performance.now();
    Y.transact(ydoc, () => {
      for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(ydoc, update);
    });
    const applyMs = performance.now() - applyStart;
    const matches = canonicalJson(contentOf(ydoc)) === expected;
    ydoc.destroy();
    return { state, readMs, applyMs, matches };
  });

  const freshMs: number[] = [];
  const freshArrivedMs: number[] = [];
  const reloadMs: number[] = [];
  let contentMatches = inProcess.matches;
  for (let sample = 0; sample < samples; sample++) {
    const limits = { idleUnloadMs: IDLE_UNLOAD_MS, ...(compactAfterUpdates ? { compactAfterUpdates } : {}) };
    const server = await startPlanoProcess({ ...childBase, limits });
    try {
      const [first, second] = await server.tokens([doc, doc]);
      const fresh = await timeFirstSync(server.wsBase, doc.name, first);
      freshMs.push(fresh.ms);
      freshArrivedMs.push(fresh.arrivedMs);
      contentMatches &&= fresh.content === expected;
      const unloadDeadline = performance.now() + UNLOAD_TIMEOUT_MS;
      while ((await server.loadedRooms()) > 0) {
        if (performance.now() > unloadDeadline) throw new Error(`room did not unload within ${UNLOAD_TIMEOUT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const reload = await timeFirstSync(server.wsBase, doc.name, second);
      reloadMs.push(reload.ms);
      contentMatches &&= reload.content === expected;
    } finally {
      await server.close();
    }
  }
  return { store: inProcess.state, freshMs, freshArrivedMs, reloadMs, readMs: inProcess.readMs, applyMs: inProcess.applyMs, contentMatches };
}

/**
 * Time from creating a stock client until its first sync finished, until the message that
 * finished it arrived (the server's part and the network's; the rest is the client's own apply),
 * and the content it got.
 */
async function timeFirstSync(wsBase: string, docName: string, token: string): Promise<{ ms: number; arrivedMs: number; content: string }> {
  const start = performance.now();
  const client = connectStockClient(wsBase, docName, token);
  let lastArrival = start;
  // The stock client handles a message (and applies it) in its own listener; one put in front of
  // it sees the message arrive. The provider's socket is a `ws` WebSocket (an EventEmitter).
  const socket = client.provider.ws as unknown as { prependListener(event: 'message', listener: () => void): void } | null;
  socket?.prependListener('message', () => (lastArrival = performance.now()));
  try {
    await withTimeout(client.synced, SYNC_TIMEOUT_MS, 'the first sync');
    const ms = performance.now() - start;
    return { ms, arrivedMs: lastArrival - start, content: canonicalJson(contentOf(client.doc)) };
  } finally {
    client.destroy();
  }
}

async function storeState(store: DocStore, sql: Sql, docName: string): Promise<StoreState> {
  const stats = await store.stats(docName);
  const [row] = await sql.query<{ bytes: number }>('select octet_length(data)::int8 as bytes from doc_snapshots where doc_name = $1', [docName]);
  return { updates: stats.updates, bytes: stats.bytes, snapshotBytes: row ? row.bytes : null };
}

/** Opens the backend's database in this process (no server may hold an embedded one meanwhile). */
async function withStore<T>(backend: ColdBackend, work: (store: DocStore, sql: Sql) => Promise<T>): Promise<T> {
  const sql = await openDatabase({ databaseUrl: backend.databaseUrl, dataDir: backend.dataDir });
  try {
    return await work(createDocStore(sql), sql);
  } finally {
    await sql.close();
  }
}
