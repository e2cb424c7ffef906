/**
 * Fan-out latency: R rooms x C stock y-websocket clients, all in this process (one clock). Every
 * client sets its own key of a shared Y.Map to a small object carrying the send time, at a steady
 * rate; every other client in the room records when it observes that edit.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { connectStockClient, type StockClient } from '../server/testing/testServer';
import { summarize, type Summary } from './stats';

export interface FanoutRoom {
  docName: string;
  /** One token per client (null: no token, for the reference server). */
  tokens: (string | null)[];
}

export interface FanoutTarget {
  /** One server, or several instances: the clients of each room are spread over them in turn. */
  wsBase: string | string[];
  rooms: FanoutRoom[];
}

export interface FanoutLoad {
  /** Measured seconds of sending, after the warm-up. */
  seconds: number;
  /** Edits per second per client. */
  rate: number;
  /** Seconds of sending before measuring starts (still checked for loss). */
  warmupSeconds: number;
  /** How long to wait for missing deliveries after the last send. */
  graceMs: number;
  connectTimeoutMs: number;
}

export interface FanoutResult {
  rooms: number;
  clientsPerRoom: number;
  /** Time until every client finished its first sync. */
  connectMs: number;
  /** Edits sent, warm-up included. */
  edits: number;
  /** Deliveries expected: every edit times (clients in its room - 1). */
  expected: number;
  /** Deliveries observed. */
  delivered: number;
  /** Expected deliveries never observed within the grace period. */
  lost: number;
  /** An edit observed twice by the same client (should be 0). */
  duplicates: number;
  /** Latency of deliveries of edits sent after the warm-up, in ms. */
  latency: Summary;
  /** Event-loop delay of this (the clients') process during the run, in ms. */
  clientLoopDelay: { p99: number; max: number };
  /** Seconds from the first send until the last delivery or the end of the grace period. */
  durationSeconds: number;
}

interface BenchValue {
  /** performance.now() at send. */
  t: number;
  /** Writer id. */
  w: string;
  /** Writer's sequence number. */
  s: number;
  x: number;
  y: number;
}

interface EditRecord {
  sentAt: number;
  /** Sent after the warm-up: its deliveries count towards the latency. */
  measured: boolean;
  /** Indexes of the clients that observed it. */
  receivers: Set<number>;
  /** Clients that should observe it: the others in the writer's room. */
  peers: number;
}

const MAP_NAME = 'bench';
const LOOP_DELAY_RESOLUTION_MS = 10;

export interface FanoutHooks {
  /** Called once everyone synced, right before the first edit is sent. */
  beforeLoad?(): Promise<void>;
  /** Called after the grace period, while every client is still connected (rooms loaded). */
  afterLoad?(): Promise<void>;
}

export async function runFanout(target: FanoutTarget, load: FanoutLoad, hooks: FanoutHooks = {}): Promise<FanoutResult> {
  const clientsPerRoom = target.rooms[0]?.tokens.length ?? 0;
  const clients: { client: StockClient; map: Y.Map<BenchValue>; id: string; peers: number }[] = [];
  const edits = new Map<string, EditRecord>();
  const latencies: number[] = [];
  let delivered = 0;
  let duplicates = 0;
  let expected = 0;
  const timers: NodeJS.Timeout[] = [];

  try {
    // Connect everyone and wait for the first sync of each.
    const connectStart = performance.now();
    target.rooms.forEach((room, roomIndex) => {
      room.tokens.forEach((token, clientIndex) => {
        const bases = typeof target.wsBase === 'string' ? [target.wsBase] : target.wsBase;
        const client = connectStockClient(bases[clientIndex % bases.length], room.docName, token);
        const index = clients.length;
        const id = `r${roomIndex}c${clientIndex}`;
        const map = client.doc.getMap<BenchValue>(MAP_NAME);
        map.observe((event) => {
          if (event.transaction.local) return;
          const now = performance.now();
          for (const key of event.keysChanged) {
            const value = map.get(key);
            if (!value || value.w === id) continue;
            const edit = edits.get(`${value.w}#${value.s}`);
            if (!edit) continue;
            if (edit.receivers.has(index)) {
              duplicates++;
              continue;
            }
            edit.receivers.add(index);
            delivered++;
            if (edit.measured) latencies.push(now - edit.sentAt);
          }
        });
        clients.push({ client, map, id, peers: room.tokens.length - 1 });
      });
    });
    await withTimeout(Promise.all(clients.map(({ client }) => client.synced)), load.connectTimeoutMs, `${clients.length} clients to sync`);
    const connectMs = performance.now() - connectStart;
    await hooks.beforeLoad?.();

    // Steady load: each client on its own interval, phases spread over one period.
    const periodMs = 1000 / load.rate;
    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
    loopDelay.enable();
    const start = performance.now();
    const measureFrom = start + load.warmupSeconds * 1000;
    const stopAt = measureFrom + load.seconds * 1000;
    const maxEditsPerClient = Math.ceil((load.warmupSeconds + load.seconds) * load.rate) + 2;
    let editCount = 0;
    const sending = new Promise<void>((resolve) => {
      let running = clients.length;
      for (const { map, id, peers } of clients) {
        let seq = 0;
        let interval: NodeJS.Timeout | undefined;
        const tick = () => {
          const now = performance.now();
          if (now >= stopAt || seq >= maxEditsPerClient) {
            clearInterval(interval);
            if (--running === 0) resolve();
            return;
          }
          seq++;
          editCount++;
          expected += peers;
          edits.set(`${id}#${seq}`, { sentAt: now, measured: now >= measureFrom, receivers: new Set(), peers });
          map.set(id, { t: now, w: id, s: seq, x: Math.round(Math.random() * 1000), y: Math.round(Math.random() * 1000) });
        };
        const phase = setTimeout(() => {
          interval = setInterval(tick, periodMs);
          timers.push(interval);
          tick();
        }, Math.random() * periodMs);
        timers.push(phase);
      }
    });
    await withTimeout(sending, stopAt - start + 10_000, 'the clients to finish sending');

    // Grace period: wait for the last deliveries, bounded.
    const graceEnd = performance.now() + load.graceMs;
    while (delivered < expected && performance.now() < graceEnd) await sleep(20);
    loopDelay.disable();
    const durationSeconds = (performance.now() - start) / 1000;
    await hooks.afterLoad?.();

    let lost = 0;
    for (const edit of edits.values()) lost += edit.peers - edit.receivers.size;

    return {
      rooms: target.rooms.length,
      clientsPerRoom,
      connectMs,
      edits: editCount,
      expected,
      delivered,
      lost,
      duplicates,
      latency: summarize(latencies),
      // The histogram records whole sampling intervals: the delay is what exceeds the interval.
      clientLoopDelay: { p99: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS), max: Math.max(0, loopDelay.max / 1e6 - LOOP_DELAY_RESOLUTION_MS) },
      durationSeconds,
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const { client } of clients) client.destroy();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
