/**
 * `npm run bench`: fan-out latency of Plano vs the reference y-websocket server, cold load of a
 * long update log before and after compaction, server memory; results into BENCHMARKS.md.
 * Every server runs as a child process on 127.0.0.1 and is killed when the bench exits.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config';
import { parseArgs, type BenchArgs } from './args';
import { runColdLoad, type ColdLoadResult } from './coldLoad';
import { probeStorage, type ProbeResult } from './commitProbe';
import { openDatabase } from '../server/db/openDatabase';
import { APPLY_STORED_AFTER_MS } from '../server/rooms/Room';
import { generateUpdateLog } from './docGenerator';
import { runFanout, type FanoutLoad } from './fanout';
import { machineInfo, otherCpuShare, readCpuCounters } from './machine';
import type { PlanoChildOptions } from './planoProtocol';
import { startPlanoProcess } from './planoProcess';
import { createThrowawayDatabase, redactUrl } from './postgres';
import { killAllChildren, readCpuSeconds, readRssBytes } from './processes';
import { redisServerInstalled, startTestRedis } from '../server/testing/redisServer';
import { startReferenceServer } from './referenceServer';
import { renderLatestRun, writeLatestRun, type FanoutRun, type FanoutShape, type ServerFanout } from './report';
import { measureServerMemory } from './serverMemory';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCHMARKS_FILE = path.join(REPO_ROOT, 'BENCHMARKS.md');
const WARMUP_SECONDS = 1;
const GRACE_MS = 5000;
const CONNECT_TIMEOUT_MS = 30_000;
const COLD_SAMPLES = 3;
const APPEND_BATCH = 500;
/** Hard limit for the whole run; a normal run takes 2 to 3 minutes. */
const RUN_TIME_LIMIT_MS = 10 * 60_000;

const FANOUT_PAIR_LABEL = 'Plano, 2 instances (PostgreSQL + Redis)';

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    killAllChildren();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    }
  })();
  return cleaning;
}

async function abort(reason: string, code: number): Promise<never> {
  console.error(`\nbench: ${reason}; cleaning up`);
  await Promise.race([cleanUp(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  process.exit(code);
}

process.once('SIGINT', () => void abort('interrupted', 130));
process.once('SIGTERM', () => void abort('terminated', 143));
setTimeout(() => void abort(`time limit of ${RUN_TIME_LIMIT_MS / 60_000} minutes reached`, 1), RUN_TIME_LIMIT_MS).unref();

function log(message: string): void {
  console.log(`[${(performance.now() / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

function fanoutLoad(args: BenchArgs): FanoutLoad {
  return { seconds: args.seconds, rate: args.rate, warmupSeconds: WARMUP_SECONDS, graceMs: GRACE_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS };
}

async function fanoutOnPlano(label: string, options: PlanoChildOptions, shape: FanoutShape, args: BenchArgs): Promise<ServerFanout> {
  const server = await startPlanoProcess({ ...options, minDocs: shape.rooms });
  try {
    const docs = server.docs.slice(0, shape.rooms);
    const tokens = await server.tokens(docs.flatMap((doc) => Array.from({ length: shape.clients }, () => doc)));
    const rooms = docs.map((doc, i) => ({ docName: doc.name, tokens: tokens.slice(i * shape.clients, (i + 1) * shape.clients) }));
    const rssIdleBytes = await readRssBytes(server.pid);
    let cpuAtStart = 0;
    const measured = { rssLoadedBytes: 0, cpuSeconds: 0, loadedRooms: null as number | null };
    const result = await runFanout({ wsBase: server.wsBase, rooms }, fanoutLoad(args), {
      beforeLoad: async () => {
        cpuAtStart = await readCpuSeconds(server.pid);
      },
      afterLoad: async () => {
        measured.cpuSeconds = (await readCpuSeconds(server.pid)) - cpuAtStart;
        measured.rssLoadedBytes = await readRssBytes(server.pid);
        measured.loadedRooms = await server.loadedRooms();
      },
    });
    return { label, kind: 'plano', result, server: { rssIdleBytes, ...measured } };
  } finally {
    await server.close();
  }
}

/**
 * Two Plano processes on one PostgreSQL and a private Redis, each room's clients spread over
 * both (as behind a round-robin balancer), so every delivery to a client on the other instance
 * crosses Redis. RSS, CPU and loaded rooms are the sum of both processes.
 */
async function fanoutOnPlanoPair(label: string, databaseUrl: string, dataDir: string, shape: FanoutShape, args: BenchArgs): Promise<ServerFanout> {
  const redis = await startTestRedis();
  cleanups.push(() => redis.stop());
  // One after the other, on one data folder: the second finds the first's auth secret, so
  // tokens signed by either are valid on both.
  const first = await startPlanoProcess({ dataDir, databaseUrl, redisUrl: redis.url, minDocs: shape.rooms });
  const second = await startPlanoProcess({ dataDir, databaseUrl, redisUrl: redis.url });
  const servers = [first, second];
  const sum = async (read: (pid: number) => Promise<number>) => (await Promise.all(servers.map((server) => read(server.pid)))).reduce((a, b) => a + b, 0);
  try {
    const docs = first.docs.slice(0, shape.rooms);
    const tokens = await first.tokens(docs.flatMap((doc) => Array.from({ length: shape.clients }, () => doc)));
    const rooms = docs.map((doc, i) => ({ docName: doc.name, tokens: tokens.slice(i * shape.clients, (i + 1) * shape.clients) }));
    const rssIdleBytes = await sum(readRssBytes);
    let cpuAtStart = 0;
    const measured = { rssLoadedBytes: 0, cpuSeconds: 0, loadedRooms: null as number | null };
    const result = await runFanout({ wsBase: servers.map((server) => server.wsBase), rooms }, fanoutLoad(args), {
      beforeLoad: async () => {
        cpuAtStart = await sum(readCpuSeconds);
      },
      afterLoad: async () => {
        measured.cpuSeconds = (await sum(readCpuSeconds)) - cpuAtStart;
        measured.rssLoadedBytes = await sum(readRssBytes);
        measured.loadedRooms = (await Promise.all(servers.map((server) => server.loadedRooms()))).reduce((a, b) => a + b, 0);
      },
    });
    return { label, kind: 'plano', result, server: { rssIdleBytes, ...measured } };
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    await redis.stop();
  }
}

/** The reference server in memory, or (with `persistFile`) the peer that commits one SQLite insert before each relay. */
async function fanoutOnReference(shape: FanoutShape, args: BenchArgs, persistFile?: string): Promise<ServerFanout> {
  const server = await startReferenceServer({ persistFile });
  try {
    const rooms = Array.from({ length: shape.rooms }, (_, i) => ({ docName: `bench-room-${i}`, tokens: Array.from({ length: shape.clients }, () => null) }));
    const rssIdleBytes = await readRssBytes(server.pid);
    let cpuAtStart = 0;
    const measured = { rssLoadedBytes: 0, cpuSeconds: 0, loadedRooms: null };
    const result = await runFanout({ wsBase: server.wsBase, rooms }, fanoutLoad(args), {
      beforeLoad: async () => {
        cpuAtStart = await readCpuSeconds(server.pid);
      },
      afterLoad: async () => {
        measured.cpuSeconds = (await readCpuSeconds(server.pid)) - cpuAtStart;
        measured.rssLoadedBytes = await readRssBytes(server.pid);
      },
    });
    return persistFile
      ? { label: `Reference ${server.version} + SQLite insert before relay`, kind: 'persistingReference', result, server: { rssIdleBytes, ...measured } }
      : { label: `Reference @y/websocket-server ${server.version} (in memory)`, kind: 'reference', result, server: { rssIdleBytes, ...measured } };
  } finally {
    await server.stop();
  }
}

function summaryLine(entry: ServerFanout): string {
  const { latency, lost, delivered, expected } = entry.result;
  return `${entry.label}: p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms, max ${latency.max.toFixed(1)} ms; ${delivered}/${expected} delivered, ${lost} lost; RSS ${(entry.server.rssLoadedBytes / 1024 / 1024).toFixed(0)} MiB`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Every stock y-websocket client adds a process 'exit' listener.
  process.setMaxListeners(Math.max(args.rooms * args.clients, args.crowd) + 20);
  const machine = await machineInfo();
  const cpuAtStart = await readCpuCounters();
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}, load average ${machine.loadAverage}`);
  log(`fan-out ${args.rooms} rooms x ${args.clients} clients${args.crowd > 0 ? ` and 1 room x ${args.crowd} clients` : ''}, ${args.rate} edits/s each, ${args.seconds} s (+${WARMUP_SECONDS} s warm-up); cold load of ${args.coldUpdates} updates`);

  const tempRoot = await mkdtemp(path.join(os.tmpdir(), 'plano-bench-'));
  cleanups.push(() => rm(tempRoot, { recursive: true, force: true }));
  const dataDir = async (name: string) => {
    const dir = path.join(tempRoot, name);
    await mkdir(dir, { recursive: true });
    return dir;
  };

  const adminUrl = process.env.DATABASE_URL;
  const postgres = adminUrl ? await createThrowawayDatabase(adminUrl) : null;
  if (postgres) {
    cleanups.push(() => postgres.drop());
    log(`PostgreSQL: throw-away database ${postgres.name} on ${redactUrl(adminUrl ?? '')}`);
  } else {
    log('PostgreSQL: DATABASE_URL not set, skipped');
  }

  const fanout: FanoutRun[] = [];
  const shapes: FanoutShape[] = [{ rooms: args.rooms, clients: args.clients }, ...(args.crowd > 0 ? [{ rooms: 1, clients: args.crowd }] : [])];
  for (const [i, shape] of shapes.entries()) {
    const entries: ServerFanout[] = [];
    const run = async (what: string, measure: () => Promise<ServerFanout>) => {
      log(`fan-out ${shape.rooms} x ${shape.clients}: ${what}`);
      entries.push(await measure());
      log(`  ${summaryLine(entries[entries.length - 1])}`);
    };
    await run('Plano, embedded database on disk', async () => fanoutOnPlano('Plano, embedded (SQLite on disk)', { dataDir: await dataDir(`fanout-embedded-${i}`) }, shape, args));
    await run('reference server, in memory', () => fanoutOnReference(shape, args));
    await run('reference server with an SQLite insert before each relay', async () => fanoutOnReference(shape, args, path.join(await dataDir(`fanout-persisting-${i}`), 'reference.db')));
    // The server-database columns only for the first shape: they answer a different question (scale-out), not the ratio.
    if (postgres && i === 0) {
      await run('Plano, PostgreSQL', async () => fanoutOnPlano('Plano, PostgreSQL', { dataDir: await dataDir('fanout-postgres'), databaseUrl: postgres.url }, shape, args));
      if (redisServerInstalled()) {
        await run('Plano, 2 instances on PostgreSQL + Redis', async () => fanoutOnPlanoPair(FANOUT_PAIR_LABEL, postgres.url, await dataDir('fanout-pair'), shape, args));
      } else {
        log('fan-out: 2 instances skipped, redis-server is not installed');
      }
    }
    fanout.push({ ...shape, entries });
  }

  log('memory: npm start (server/main.ts with the web app) on a fresh embedded data folder');
  const memory = await measureServerMemory(await dataDir('memory'));
  log(`  RSS idle ${(memory.idleBytes / 1024 / 1024).toFixed(0)} MiB, with ${memory.rooms} boards open ${(memory.loadedBytes / 1024 / 1024).toFixed(0)} MiB`);

  const probes: ProbeResult[] = [];
  log('storage round trip: embedded database on disk');
  probes.push(await probeOn('SQLite on disk', { dataDir: await dataDir('probe-embedded') }));
  if (postgres) {
    log('storage round trip: PostgreSQL');
    probes.push(await probeOn('PostgreSQL', { databaseUrl: postgres.url }));
  }

  log(`cold load: generating ${args.coldUpdates} updates`);
  const generated = generateUpdateLog(args.coldUpdates);
  log(`  ${generated.updates.length} updates, ${(generated.bytes / 1024 / 1024).toFixed(2)} MB`);
  const cold: ColdLoadResult[] = [];
  const coldOptions = { samples: COLD_SAMPLES, batchSize: APPEND_BATCH };
  log('cold load: Plano, embedded database on disk');
  cold.push(await runColdLoad({ label: 'Plano, embedded (SQLite on disk)', dataDir: await dataDir('cold-embedded') }, generated, coldOptions));
  log(`  ${coldLine(cold[cold.length - 1])}`);
  if (postgres) {
    log('cold load: Plano, PostgreSQL');
    cold.push(await runColdLoad({ label: 'Plano, PostgreSQL', dataDir: await dataDir('cold-postgres'), databaseUrl: postgres.url }, generated, coldOptions));
    log(`  ${coldLine(cold[cold.length - 1])}`);
  }

  await cleanUp();
  const notes = buildNotes(args, cold);
  const others = otherCpuShare(cpuAtStart, await readCpuCounters());
  if (others !== null) {
    notes.unshift(
      `Other processes on the machine used ${(others * 100).toFixed(0)}% of its CPU capacity during the run` +
        (others >= 0.05 ? ': latency tails and cold loads are inflated by that; compare the servers within one run.' : ' (a quiet machine).'),
    );
  }
  const section = renderLatestRun({ machine, args, warmupSeconds: WARMUP_SECONDS, fanout, memory, probes, cold, notes, durationSeconds: performance.now() / 1000, loadAverageAtEnd: Math.round(os.loadavg()[0] * 100) / 100 });
  console.log(`\n${section}`);
  if (args.write) {
    await writeLatestRun(BENCHMARKS_FILE, section);
    log(`wrote ${path.relative(process.cwd(), BENCHMARKS_FILE) || BENCHMARKS_FILE}`);
  }
  const lost = fanout.flatMap((run) => run.entries).reduce((sum, entry) => sum + entry.result.lost, 0);
  const contentOk = cold.every((c) => c.contentEqual);
  if (lost > 0 || !contentOk) {
    console.error(`bench: ${lost} lost deliveries, content check ${contentOk ? 'passed' : 'FAILED'}`);
    process.exitCode = 1;
  }
}

/** The storage probe, in the bench process (quiet by then: no server runs meanwhile). */
async function probeOn(label: string, where: { dataDir?: string; databaseUrl?: string }): Promise<ProbeResult> {
  const sql = await openDatabase(where);
  try {
    const probe = await probeStorage(label, sql);
    for (const row of probe.rows) {
      log(`  ${row.operation}: p50 ${row.backToBack.p50.toFixed(3)} ms back to back, ${row.afterIdle.p50.toFixed(3)} ms after an idle spell`);
    }
    if (probe.toDisk) log(`  edit to disk: p50 ${probe.toDisk.latency.p50.toFixed(0)} ms, p95 ${probe.toDisk.latency.p95.toFixed(0)} ms`);
    return probe;
  } finally {
    await sql.close();
  }
}

function coldLine(c: ColdLoadResult): string {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)].toFixed(0);
  return `before ${mid(c.before.freshMs)} ms (${c.before.freshMs.map((v) => v.toFixed(0)).join(', ')}), after ${mid(c.after.freshMs)} ms (${c.after.freshMs.map((v) => v.toFixed(0)).join(', ')}); content equal: ${c.contentEqual}`;
}

function buildNotes(args: BenchArgs, cold: ColdLoadResult[]): string[] {
  const notes = [
    `Each server ran alone in its own Node process; the clients of a run shared the bench process. ` +
      `Latency therefore includes the clients' own event-loop delay (row above), the same for every server.`,
    `Plano relays an update only after it is committed to its database (group commit across all rooms of a process; PERSIST_BATCH_MS = ${loadConfig({}).limits.persistBatchMs} by default, so an update is written at once and updates any room receives meanwhile share the next statement); the reference server relays at once and stores nothing. ` +
      'The persisting peer is the same reference server with one SQLite insert (node:sqlite, WAL, synchronous=NORMAL) run as each document\'s first update handler, before its own broadcast (bench/persistingReference.mjs): the cheapest commit-before-relay a server can do.',
    `"${FANOUT_PAIR_LABEL}": two Plano processes on one PostgreSQL database and a private redis-server, the clients of every room alternating between them, so about half of each room's deliveries cross Redis; its RSS, CPU and rooms rows are the sum of both processes (each holds every room). ` +
      'Hocuspocus with its Redis extension was not run as a peer: it speaks its own protocol (a document name in every message, its own auth message), so the stock y-websocket clients this bench drives cannot connect to it, and comparing would mean measuring a different client (@hocuspocus/provider) too.',
    'Plano warms its board-loading path once at start (server/setup/warmUp.ts), so "fresh server process" measures a just-started server that is ready for its first facilitator.',
    `A room loaded from a snapshot sends it as it is to a device that has nothing, and applies it to its own copy ${APPLY_STORED_AFTER_MS} ms later (at once when an edit or a returning device needs it), so a client on the same machine applies the board without the server competing for the CPU; the cold-load client shares this 2-core machine with the server, as a facilitator's laptop that serves and shows the board does.`,
  ];
  const added = cold.filter((c) => c.updatesAddedByConnections > 0);
  if (added.length > 0) {
    notes.push(
      `The ${COLD_SAMPLES * 2} client connections of each "before" phase added ${added.map((c) => `${c.updatesAddedByConnections} (${c.label})`).join(', ')} entries to the update log without editing anything ` +
        '(a write-capable stock client answers the server\'s sync step 1 with an empty update, which the server stores). ' +
        'With the default COMPACT_AFTER_UPDATES (500) that write makes the first connection to a document with a long log compact it, so the "before" samples run with compaction out of reach to measure the uncompacted load.',
    );
  }
  return notes;
}

main().catch(async (error: unknown) => {
  console.error(error);
  await Promise.race([cleanUp(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  process.exit(1);
});
