/**
 * What one storage round trip costs on this machine, back to back and after an idle spell.
 * Under the fan-out load a server commits every few milliseconds and sleeps in between, so the
 * commit that persist-before-relay adds to every edit is paid after an idle spell; on a
 * virtual machine that can cost several times what a tight loop shows. A trivial `select 1`
 * next to the real append separates the database's own work from waking up at all.
 */
import { performance } from 'node:perf_hooks';
import { createDocStore } from '../server/db/docStore';
import type { Sql } from '../server/db/Sql';
import type { SqliteSql } from '../server/db/sqliteSql';
import { summarize, type Summary } from './stats';

export interface ProbeOptions {
  /** Samples per operation and mode, after the warm-up. */
  samples: number;
  /** Idle time before each "after idle" sample, ms (about the gap between commits under the bench's load). */
  idleMs: number;
}

export interface ProbeRow {
  kind: 'roundTrip' | 'append';
  operation: string;
  backToBack: Summary;
  afterIdle: Summary;
}

export interface ProbeResult {
  label: string;
  rows: ProbeRow[];
  /** Embedded database: from an edit's commit until it is on the disk itself (null elsewhere: a PostgreSQL commit already is). */
  toDisk: ToDiskResult | null;
}

export interface ToDiskResult {
  edits: number;
  /** Milliseconds between two edits of the stream. */
  spacingMs: number;
  /** Commit to fdatasync done, ms. */
  latency: Summary;
}

export const DEFAULT_PROBE: ProbeOptions = { samples: 300, idleMs: 5 };

const WARMUP_SAMPLES = 50;
/** Samples are taken in alternating blocks, so a slow spell of the machine hits both modes. */
const BLOCKS = 6;
/** A valid document name of its own: the probe's rows never touch a benched document. */
const PROBE_DOC = 'bench-commit-probe';
/** About the size of one small live edit (a card moved). */
const UPDATE_BYTES = 60;

export async function probeStorage(label: string, sql: Sql, options: ProbeOptions = DEFAULT_PROBE): Promise<ProbeResult> {
  const store = createDocStore(sql);
  const update = new Uint8Array(UPDATE_BYTES).fill(7);
  const operations: { kind: ProbeRow['kind']; operation: string; run: () => Promise<unknown> }[] = [
    { kind: 'roundTrip', operation: '`select 1` (a round trip, no work)', run: () => sql.query('select 1') },
    { kind: 'append', operation: 'append one 60-byte update (the commit before each relay)', run: () => store.appendMany([{ docName: PROBE_DOC, updates: [update] }]) },
  ];
  const rows: ProbeRow[] = [];
  for (const { kind, operation, run } of operations) {
    for (let i = 0; i < WARMUP_SAMPLES; i++) await run();
    const backToBack: number[] = [];
    const afterIdle: number[] = [];
    const perBlock = Math.max(1, Math.ceil(options.samples / BLOCKS));
    while (backToBack.length < options.samples || afterIdle.length < options.samples) {
      for (let i = 0; i < perBlock && backToBack.length < options.samples; i++) backToBack.push(await timed(run));
      for (let i = 0; i < perBlock && afterIdle.length < options.samples; i++) {
        await new Promise((resolve) => setTimeout(resolve, options.idleMs));
        afterIdle.push(await timed(run));
      }
    }
    rows.push({ kind, operation, backToBack: summarize(backToBack), afterIdle: summarize(afterIdle) });
  }
  const toDisk = 'whenDurable' in sql ? await probeToDisk(sql as SqliteSql, store, update) : null;
  await sql.query('delete from doc_updates where doc_name = $1', [PROBE_DOC]);
  return { label, rows, toDisk };
}

/** A steady stream of edits, each timed from its commit until the WAL flush that covers it is done. */
async function probeToDisk(sql: SqliteSql, store: ReturnType<typeof createDocStore>, update: Uint8Array, edits = 600, spacingMs = DEFAULT_PROBE.idleMs): Promise<ToDiskResult> {
  const waits: Promise<number>[] = [];
  for (let i = 0; i < edits; i++) {
    await store.appendMany([{ docName: PROBE_DOC, updates: [update] }]);
    const committed = performance.now();
    waits.push(sql.whenDurable().then(() => performance.now() - committed));
    await new Promise((resolve) => setTimeout(resolve, spacingMs));
  }
  return { edits, spacingMs, latency: summarize(await Promise.all(waits)) };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
