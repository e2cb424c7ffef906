/** Renders a run as Markdown (printed, and written into BENCHMARKS.md as the "Latest run" section). */
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchArgs } from './args';
import type { ColdLoadResult, PhaseResult } from './coldLoad';
import { DEFAULT_PROBE, type ProbeResult } from './commitProbe';
import type { FanoutResult } from './fanout';
import type { MachineInfo } from './machine';
import type { ServerMemory } from './serverMemory';
import { median } from './stats';

export interface ServerFanout {
  label: string;
  /** reference: @y/websocket-server in memory; persistingReference: the same with an SQLite insert before each relay. */
  kind: 'plano' | 'reference' | 'persistingReference';
  result: FanoutResult;
  server: {
    rssIdleBytes: number;
    rssLoadedBytes: number;
    /** CPU seconds the server used from the first edit to the end of the grace period. */
    cpuSeconds: number;
    /** Rooms the server held when measured (Plano only). */
    loadedRooms: number | null;
  };
}

export interface FanoutShape {
  rooms: number;
  clients: number;
}

/** One fan-out shape (rooms x clients) and every server measured in it. */
export interface FanoutRun extends FanoutShape {
  entries: ServerFanout[];
}

export interface BenchReport {
  machine: MachineInfo;
  args: BenchArgs;
  warmupSeconds: number;
  fanout: FanoutRun[];
  /** `npm start` on a fresh embedded folder: RSS idle and with boards open (null when not run). */
  memory: ServerMemory | null;
  /** Storage round trips back to back and after an idle spell (empty when not run). */
  probes: ProbeResult[];
  cold: ColdLoadResult[];
  notes: string[];
  durationSeconds: number;
  /** 1-minute load average at the end of the run. */
  loadAverageAtEnd: number;
}

export const LATEST_HEADING = '## Latest run';
export const P95_RATIO_TARGET = 1.3;
export const RSS_TARGET_MIB = 200;
export const TO_DISK_INTERVAL_MS = 250;
/** The embedded append after an idle spell, p95. */
export const APPEND_AFTER_IDLE_TARGET_MS = 0.25;
export const COLD_LOAD_TARGET_MS = 300;

export const INTRO = `# Benchmarks

\`npm run bench\` (\`bench/run.ts\`) measures Plano's live-sync server against the reference
y-websocket server, with stock \`y-websocket\` clients, all on 127.0.0.1:

- **Fan-out latency**: R rooms x C clients (default 10 x 10), and one room of 50 clients (a
  plenary; \`--crowd\`); every client sets its own key of a
  shared \`Y.Map\` to a small object carrying the send time, at a steady rate (default 2 edits/s),
  for 10 s after a 1 s warm-up. For every edit we time send -> observed by each *other* client in
  the room (all clients live in the bench process: one clock), and count lost deliveries (expected
  but never observed within a 5 s grace period; must be 0). Plano runs with auth (real facilitator
  tokens) and persist-before-relay on, on the embedded database on disk as a workshop laptop runs
  it, and on PostgreSQL when \`DATABASE_URL\` is set (in a throw-away database, dropped after). The
  reference is \`@y/websocket-server\` in memory, and beside it the same server made a peer that,
  like Plano, commits before relaying: one SQLite insert as each document's first update handler,
  ahead of its own broadcast (\`bench/persistingReference.mjs\`). Plano's p95 is given against
  both. With PostgreSQL and \`redis-server\` installed (10 x 10 only), a
  further column runs two Plano instances on one database and a private Redis, each room's
  clients alternating between them. Each server runs in its own child process, so the
  clients' work is not charged to either server; server RSS and CPU come from \`/proc\`.
- **Storage round trip**: what the commit before each relay costs on this machine. In the bench
  process, with no server running: \`select 1\` and the append of one 60-byte update (the
  statement a live edit's commit runs), 300 times back to back and 300 times each after a 5 ms
  idle spell (about the gap between commits under the fan-out load), in alternating blocks, on
  the embedded database on disk and on PostgreSQL; and on the embedded database the **edit to
  disk** time: a stream of appends 5 ms apart, each timed from its commit until the background
  \`fdatasync\` of the WAL that covers it has finished.
- **Memory**: \`server/main.ts\` (what \`npm start\` runs, with the web app) on a fresh data
  folder: RSS once it has served its first pages and sits idle, and with 10 boards open.
- **Cold load**: a board document whose log holds 50,000 small realistic updates from three
  authors (shapes placed and moved in a \`Y.Map\`, ids inserted into a \`Y.Array\`, words typed
  into a \`Y.Text\`), written straight into the doc store in batches of 500, then opened by a fresh
  stock client: time from creating the client to its first sync, before and after
  \`docStore.compact\`, median of 3, and of that the time until the message completing the sync
  reached the client (the server's and the network's part; the rest is the client's own apply).
  "Fresh server process" means the server was started just before (nothing warm); "room
  unloaded" means a second client after the room was unloaded in that same, now warm, process. The content each client receives is compared with the generator's,
  before and after compaction.

Run it with \`npm run bench\` (flags: \`--rooms\`, \`--clients\`, \`--crowd\`, \`--seconds\`, \`--rate\`,
\`--cold-updates\`, \`--no-write\`; \`DATABASE_URL=postgres://... npm run bench\` adds the PostgreSQL
columns). It rewrites the "Latest run" section below, keeping the rest of this file. The numbers
are from one run on the machine named there; on a quiet 2-core machine p50 and p95 moved by up to
about 25% between runs, p99 and max more, and work of other processes inflates them (the notes
say how much CPU other processes used during the run).
`;

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) : 'n/a');
const int = (value: number) => value.toLocaleString('en-US');
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** Memory a loaded room costs under this load (its doc, awareness, peers' buffers), scaled to 100 rooms. */
function rssPer100Rooms(entry: ServerFanout): string {
  const rooms = entry.server.loadedRooms ?? entry.result.rooms;
  if (rooms <= 0) return 'n/a';
  return (((entry.server.rssLoadedBytes - entry.server.rssIdleBytes) / rooms) * 100 / 1024 / 1024).toFixed(0);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function renderLatestRun(report: BenchReport): string {
  const { machine, args, fanout, cold } = report;
  const lines: string[] = [];
  lines.push(LATEST_HEADING, '');
  lines.push(
    `${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os}. ` +
      `Load average (1 min) ${machine.loadAverage} at the start, ${report.loadAverageAtEnd} at the end. The whole run took ${report.durationSeconds.toFixed(0)} s.`,
    '',
  );

  for (const run of fanout) lines.push(...renderFanout(run, args, report.warmupSeconds));
  if (fanout.length > 0) {
    const lost = fanout.flatMap((run) => run.entries).reduce((sum, e) => sum + e.result.lost, 0);
    lines.push(`- Lost deliveries across all servers and runs: ${lost}${lost === 0 ? ' (as required)' : ' (**must be 0**)'}.`, '');
  }
  if (report.memory) lines.push(...renderMemory(report.memory));

  lines.push(...renderProbes(report.probes));

  if (cold.length > 0) {
    lines.push(`### Cold load: one document with ${int(cold[0].generated)} logged updates`, '');
    lines.push(row(['', ...cold.map((c) => c.label)]));
    lines.push(row(['---', ...cold.map(() => '--:')]));
    const add = (label: string, cell: (c: ColdLoadResult) => string) => lines.push(row([label, ...cold.map(cell)]));
    const phase = (p: PhaseResult, which: 'freshMs' | 'freshArrivedMs' | 'reloadMs') => `${ms(median(p[which]))} (${p[which].map(ms).join(', ')})`;
    add('baseline: first sync of an empty document, fresh server process (ms, median of 3)', (c) => `${ms(median(c.emptyFreshMs))} (${c.emptyFreshMs.map(ms).join(', ')})`);
    add('writing the log (append, batches of 500) (ms)', (c) => ms(c.appendMs));
    add('store before compaction: log updates / bytes', (c) => `${int(c.before.store.updates)} / ${size(c.before.store.bytes)}`);
    add('**first sync, fresh server process, before compaction (ms, median of 3)**', (c) => `**${phase(c.before, 'freshMs')}**`);
    add('of which: until the document reached the client, before (ms)', (c) => phase(c.before, 'freshArrivedMs'));
    add('first sync after the room unloaded, warm process, before (ms)', (c) => phase(c.before, 'reloadMs'));
    add('DocStore.load / Yjs apply in the bench process, before (ms)', (c) => `${ms(c.before.readMs)} / ${ms(c.before.applyMs)}`);
    add('compaction: docStore.compact (ms)', (c) => `${ms(c.compaction.ms)} (log ${int(c.compaction.before)} -> ${int(c.compaction.after)})`);
    add('store after compaction: log updates / bytes, snapshot', (c) =>
      `${int(c.after.store.updates)} / ${size(c.after.store.bytes)}, snapshot ${c.after.store.snapshotBytes === null ? 'none' : size(c.after.store.snapshotBytes)}`,
    );
    add('**first sync, fresh server process, after compaction (ms, median of 3)**', (c) => `**${phase(c.after, 'freshMs')}**`);
    add('of which: until the document reached the client (ms; the rest is the client applying it)', (c) => phase(c.after, 'freshArrivedMs'));
    add('first sync after the room unloaded, warm process, after (ms)', (c) => phase(c.after, 'reloadMs'));
    add('DocStore.load / Yjs apply in the bench process, after (ms)', (c) => `${ms(c.after.readMs)} / ${ms(c.after.applyMs)}`);
    add('**content after compaction equals content before**', (c) => (c.contentEqual ? '**yes**' : '**NO**'));
    lines.push('');
    for (const c of cold) {
      const after = median(c.after.freshMs);
      const reload = median(c.after.reloadMs);
      const verdict = (value: number) => (value < COLD_LOAD_TARGET_MS ? 'met' : '**not met**');
      lines.push(
        `- ${c.label}: cold load after compaction ${ms(after)} ms on a fresh server process (target under ${COLD_LOAD_TARGET_MS} ms: ${verdict(after)}), ` +
          `${ms(reload)} ms with the room unloaded in a running process (${verdict(reload)}); ` +
          `content (${c.contentSummary}) identical in every sample before and after compaction and to the generator's: ${c.contentEqual ? 'yes' : 'NO'}.`,
      );
    }
    lines.push('');
  }

  if (report.notes.length > 0) {
    lines.push('### Notes', '');
    for (const note of report.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One fan-out shape: a column per server, and each Plano's p95 against the in-memory and the persisting reference. */
export function renderFanout(run: FanoutRun, args: Pick<BenchArgs, 'rate' | 'seconds'>, warmupSeconds: number): string[] {
  const { entries } = run;
  const lines = [`### Fan-out latency: ${run.rooms} ${run.rooms === 1 ? 'room' : 'rooms'} x ${run.clients} clients, ${args.rate} edits/s per client, ${args.seconds} s measured after ${warmupSeconds} s warm-up`, ''];
  lines.push(row(['', ...entries.map((entry) => entry.label)]));
  lines.push(row(['---', ...entries.map(() => '--:')]));
  const add = (label: string, cell: (entry: ServerFanout) => string) => lines.push(row([label, ...entries.map(cell)]));
  add('edits sent', (e) => int(e.result.edits));
  add('deliveries observed / expected', (e) => `${int(e.result.delivered)} / ${int(e.result.expected)}`);
  add('**lost deliveries**', (e) => `**${int(e.result.lost)}**`);
  add('duplicate deliveries', (e) => int(e.result.duplicates));
  add('latency p50 (ms)', (e) => ms(e.result.latency.p50));
  add('**latency p95 (ms)**', (e) => `**${ms(e.result.latency.p95)}**`);
  add('latency p99 (ms)', (e) => ms(e.result.latency.p99));
  add('latency max (ms)', (e) => ms(e.result.latency.max));
  add('latency mean (ms)', (e) => ms(e.result.latency.mean));
  add(`all ${run.rooms * run.clients} clients connected and synced (ms)`, (e) => ms(e.result.connectMs));
  add('rooms the server held when RSS was read', (e) => (e.server.loadedRooms === null ? 'n/a' : int(e.server.loadedRooms)));
  add('server RSS idle (MiB)', (e) => mib(e.server.rssIdleBytes));
  add(`server RSS after the run, ${run.rooms} ${run.rooms === 1 ? 'room' : 'rooms'} loaded (MiB)`, (e) => mib(e.server.rssLoadedBytes));
  add('server RSS per 100 loaded rooms (MiB, (after - idle) / rooms x 100)', (e) => rssPer100Rooms(e));
  add('server CPU during the load (% of one core)', (e) => `${((e.server.cpuSeconds / e.result.durationSeconds) * 100).toFixed(0)}%`);
  add("clients' event-loop delay p99 / max (ms)", (e) => `${ms(e.result.clientLoopDelay.p99)} / ${ms(e.result.clientLoopDelay.max)}`);
  lines.push('');
  const reference = entries.find((entry) => entry.kind === 'reference');
  const persisting = entries.find((entry) => entry.kind === 'persistingReference');
  for (const entry of entries.filter((e) => e.kind === 'plano')) {
    const against = (peer: ServerFanout | undefined, name: string) => {
      if (!peer) return null;
      const ratio = entry.result.latency.p95 / peer.result.latency.p95;
      return `**${ratio.toFixed(2)}x** the ${name} (${ms(peer.result.latency.p95)} ms; target ${P95_RATIO_TARGET}x: ${ratio <= P95_RATIO_TARGET ? 'met' : '**not met**'})`;
    };
    const parts = [against(reference, 'in-memory reference'), against(persisting, 'persisting reference')].filter((part) => part !== null);
    if (parts.length > 0) lines.push(`- ${entry.label}: p95 ${ms(entry.result.latency.p95)} ms = ${parts.join(', ')}.`);
  }
  lines.push('');
  return lines;
}

/** Resident memory of `npm start`, idle and with boards open, against the target. */
export function renderMemory(memory: ServerMemory): string[] {
  const verdict = (bytes: number) => (bytes / 1024 / 1024 < RSS_TARGET_MIB ? 'met' : '**not met**');
  return [
    '### Memory of `npm start` (server with the web app, embedded SQLite)',
    '',
    row(['', 'RSS (MiB)', `target under ${RSS_TARGET_MIB} MiB`]),
    row(['---', '--:', '--:']),
    row(['idle, after serving the first pages', mib(memory.idleBytes), verdict(memory.idleBytes)]),
    row([`with ${memory.rooms} boards open`, mib(memory.loadedBytes), verdict(memory.loadedBytes)]),
    '',
  ];
}

/** The storage round-trip table: per operation, p50 / p95 back to back and after an idle spell. */
export function renderProbes(probes: readonly ProbeResult[]): string[] {
  if (probes.length === 0) return [];
  const idle = `${DEFAULT_PROBE.idleMs} ms idle`;
  const lines = [`### Storage round trip: back to back and after ${idle} (ms, p50 / p95 of ${DEFAULT_PROBE.samples} each)`, ''];
  lines.push(row(['', ...probes.flatMap((p) => [`${p.label}: back to back`, `${p.label}: after ${idle}`])]));
  lines.push(row(['---', ...probes.flatMap(() => ['--:', '--:'])]));
  const pair = (s: { p50: number; p95: number }) => `${s.p50.toFixed(3)} / ${s.p95.toFixed(3)}`;
  for (const [i, { operation }] of probes[0].rows.entries()) {
    lines.push(row([operation, ...probes.flatMap((p) => [pair(p.rows[i].backToBack), pair(p.rows[i].afterIdle)])]));
  }
  lines.push('');
  for (const p of probes) {
    if (p.toDisk) {
      const { latency, edits, spacingMs } = p.toDisk;
      lines.push(
        `- ${p.label}: **edit to disk** (commit until the WAL flush covering it is done, ${edits} edits ${spacingMs} ms apart): p50 ${ms(latency.p50)} ms, **p95 ${ms(latency.p95)} ms**, max ${ms(latency.max)} ms ` +
          `(flushes at most every ${TO_DISK_INTERVAL_MS} ms, on the thread pool; the relay never waits for them).`,
      );
    }
    const roundTrip = p.rows.find((r) => r.kind === 'roundTrip');
    const append = p.rows.find((r) => r.kind === 'append');
    if (!roundTrip || !append) continue;
    if (p.toDisk) {
      const met = append.afterIdle.p95 < APPEND_AFTER_IDLE_TARGET_MS;
      lines.push(`- ${p.label}: the append after ${idle}, p95 ${append.afterIdle.p95.toFixed(3)} ms (target under ${APPEND_AFTER_IDLE_TARGET_MS} ms: ${met ? 'met' : '**not met**'}).`);
    }
    lines.push(
      `- ${p.label}: an append after ${idle} takes ${(append.afterIdle.p50 / append.backToBack.p50).toFixed(1)}x its back-to-back time (p50), ` +
        `a bare round trip ${(roundTrip.afterIdle.p50 / roundTrip.backToBack.p50).toFixed(1)}x. Under the fan-out load the server commits every few ms, so each edit pays the "after idle" cost before it is relayed.`,
    );
  }
  lines.push('');
  return lines;
}

/** Replaces the "Latest run" section of the file (or adds it), keeping everything else. */
export async function writeLatestRun(filePath: string, section: string): Promise<void> {
  let current: string | null = null;
  try {
    current = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const body = section.trimEnd() + '\n';
  if (current === null) {
    await writeFile(filePath, `${INTRO}\n${body}`);
    return;
  }
  const start = current.search(/^## Latest run\s*$/m);
  if (start < 0) {
    await writeFile(filePath, `${current.trimEnd()}\n\n${body}`);
    return;
  }
  const rest = current.slice(start + LATEST_HEADING.length);
  const next = rest.search(/^## /m);
  const tail = next < 0 ? '' : `\n${rest.slice(next)}`;
  await writeFile(filePath, `${current.slice(0, start)}${body}${tail}`);
}
