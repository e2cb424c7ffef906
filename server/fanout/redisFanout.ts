/**
 * Fan-out between Plano instances over Redis pub/sub, as an adapter on the room core's hooks.
 *
 * - Committed updates and local awareness changes are published on the document's channel,
 *   tagged with this instance's id so it ignores its own messages.
 * - An instance subscribes to a document's channel only while it holds the document, and
 *   BEFORE the room reads storage: whatever another instance commits after our subscription is
 *   delivered, whatever it committed before is in storage. Messages that arrive during the load
 *   are buffered and applied after it (Yjs updates are idempotent).
 * - Redis is never on the write path: when it is down, editing and storage go on, and when it is
 *   back every held room re-subscribes and re-syncs from the database, which has everything.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from '../log';
import type { PlanoMetrics } from '../observability/planoMetrics';
import type { Room, RoomExtension, RoomStorage } from '../rooms/Room';
import type { RoomLifecycle } from '../rooms/RoomRegistry';
import { channelOf, decodeFanoutMessage, docNameOf, encodeFanoutMessage, FanoutKind, type FanoutKindName, type FanoutMessage } from './fanoutMessage';
import { syncFromStorage } from './syncFromStorage';

export interface RedisFanoutOptions {
  redisUrl: string;
  /** Read on re-sync; the database is the only source of truth. */
  storage: Pick<RoomStorage, 'load'>;
  metrics: PlanoMetrics;
  log: Logger;
  /** How long a room load waits for its subscription before going on without it, in milliseconds. */
  subscribeTimeoutMs?: number;
}

/** A document this instance holds (loading or loaded). */
interface HeldDoc {
  room: Room | null;
  /** Messages that arrived while the room was loading. */
  buffered: FanoutMessage[];
  /** The room has started (or finished) reading storage. */
  loadStarted: boolean;
  /** Subscribed after the load had started, so the room must catch up from storage once loaded. */
  resyncAfterLoad: boolean;
}

export interface RedisFanout extends RoomExtension, RoomLifecycle {
  /** True while both Redis connections are up (reported by /readyz). */
  readonly connected: boolean;
  close(): Promise<void>;
}

const DEFAULT_SUBSCRIBE_TIMEOUT_MS = 2000;
/** Reconnect quickly: a workshop notices a second of missing cursors, not a Redis restart. */
const MAX_RECONNECT_DELAY_MS = 1000;

export function createRedisFanout(options: RedisFanoutOptions): RedisFanout {
  const { storage, metrics, log } = options;
  const subscribeTimeoutMs = options.subscribeTimeoutMs ?? DEFAULT_SUBSCRIBE_TIMEOUT_MS;
  const instanceId = randomBytes(16);
  const held = new Map<string, HeldDoc>();
  /** Docs whose committed updates could not be published; others are asked to re-sync them. */
  const unpublished = new Set<string>();
  let closed = false;
  let down = false;

  const connectionOptions = {
    // Queued commands would pile up while Redis is down; fail fast and re-sync instead.
    enableOfflineQueue: false,
    autoResubscribe: false,
    lazyConnect: false,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  };
  const pub = new Redis(options.redisUrl, { ...connectionOptions, connectionName: 'plano-pub' });
  const sub = new Redis(options.redisUrl, { ...connectionOptions, connectionName: 'plano-sub' });

  /** Logs an outage once, not on every reconnect attempt. */
  const markDown = (reason: string) => {
    if (closed || down) return;
    down = true;
    log.error('Redis unreachable: fan-out paused, local editing and storage go on', { reason });
  };
  pub.on('error', (error: Error) => markDown(error.message));
  sub.on('error', (error: Error) => markDown(error.message));
  // Whatever is published while the subscriber is away is lost to us: re-sync on the way back.
  sub.on('close', () => markDown('subscriber connection closed'));
  sub.on('ready', () => void onSubscriberReady());
  pub.on('ready', () => void onPublisherReady());
  sub.on('messageBuffer', (channel: Buffer, frame: Buffer) => onMessage(channel, frame));

  async function onSubscriberReady(): Promise<void> {
    if (closed) return;
    if (down) log.info('Redis reachable again: re-subscribing and re-syncing from the database', { rooms: held.size });
    down = false;
    const names = [...held.keys()];
    if (names.length === 0) return;
    try {
      await sub.subscribe(...names.map(channelOf));
    } catch (error) {
      // The connection dropped again; the next 'ready' retries.
      log.warn('re-subscribing failed', { error: String(error) });
      return;
    }
    for (const name of names) {
      const entry = held.get(name);
      if (entry) afterSubscribed(name, entry);
    }
  }

  function onPublisherReady(): void {
    if (closed) return;
    for (const name of [...unpublished]) {
      unpublished.delete(name);
      if (held.has(name)) publish(name, 'resync');
    }
  }

  /** Called once a subscription is acknowledged; from then on nothing published is missed. */
  function afterSubscribed(name: string, entry: HeldDoc): void {
    if (!entry.loadStarted) return;
    if (entry.room) void resync(name, entry);
    else entry.resyncAfterLoad = true;
  }

  async function resync(name: string, entry: HeldDoc): Promise<void> {
    const room = entry.room;
    if (!room) return;
    try {
      await syncFromStorage(room, storage);
      if (held.get(name) !== entry) return;
      metrics.fanoutResyncs.inc();
      publish(name, 'awarenessQuery');
    } catch (error) {
      metrics.fanoutErrors.inc(1, { reason: 'resync' });
      log.error('re-syncing a room from the database failed', { doc: name, error: String(error) });
    }
  }

  function onMessage(channel: Buffer, frame: Buffer): void {
    const name = docNameOf(channel.toString());
    const entry = name === null ? undefined : held.get(name);
    if (!name || !entry) return;
    const message = decodeFanoutMessage(frame);
    if (!message) {
      metrics.fanoutErrors.inc(1, { reason: 'malformed' });
      return;
    }
    if (message.sender.equals(instanceId)) return;
    if (!entry.room) {
      entry.buffered.push(message);
      return;
    }
    apply(name, entry, entry.room, message);
  }

  function apply(name: string, entry: HeldDoc, room: Room, message: FanoutMessage): void {
    metrics.fanoutIn.inc(1, { kind: kindName(message.kind) });
    try {
      switch (message.kind) {
        case FanoutKind.update:
          room.applyCommittedRemoteUpdate(message.payload);
          break;
        case FanoutKind.awareness:
          room.applyRemoteAwareness(message.payload);
          break;
        case FanoutKind.awarenessQuery:
          publishAwareness(name, room);
          break;
        case FanoutKind.resync:
          void resync(name, entry);
          break;
      }
    } catch (error) {
      metrics.fanoutErrors.inc(1, { reason: 'apply' });
      log.warn('a fan-out message failed to apply; the room re-syncs from the database', { doc: name, error: String(error) });
      void resync(name, entry);
    }
  }

  function publishAwareness(name: string, room: Room): void {
    const clients = [...room.awareness.getStates().keys()];
    if (clients.length > 0) publish(name, 'awareness', awarenessProtocol.encodeAwarenessUpdate(room.awareness, clients));
  }

  function publish(name: string, kind: FanoutKindName, payload?: Uint8Array): void {
    if (closed) return;
    const dropped = (reason: string) => {
      metrics.fanoutErrors.inc(1, { reason });
      if (kind === 'update') unpublished.add(name);
    };
    if (pub.status !== 'ready') {
      dropped('redis down');
      return;
    }
    metrics.fanoutOut.inc(1, { kind });
    pub.publish(channelOf(name), encodeFanoutMessage(FanoutKind[kind], instanceId, payload)).catch((error: unknown) => {
      dropped('publish failed');
      log.warn('publishing to Redis failed', { doc: name, error: String(error) });
    });
  }

  async function subscribeWithin(name: string): Promise<boolean> {
    if (sub.status !== 'ready') return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), subscribeTimeoutMs);
    });
    const subscribed = sub.subscribe(channelOf(name)).then(
      () => true,
      (error: unknown) => {
        log.warn('subscribing failed; the room re-syncs when Redis is back', { doc: name, error: String(error) });
        return false;
      },
    );
    try {
      return await Promise.race([subscribed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get connected() {
      return pub.status === 'ready' && sub.status === 'ready';
    },

    async beforeLoad(name) {
      const entry: HeldDoc = { room: null, buffered: [], loadStarted: false, resyncAfterLoad: false };
      held.set(name, entry);
      const subscribed = await subscribeWithin(name);
      entry.loadStarted = true;
      // Not subscribed in time: the room loads anyway and catches up once the subscription lands
      // (afterSubscribed via the next 'ready'), so Redis never blocks a board from opening.
      if (!subscribed) entry.resyncAfterLoad = sub.status === 'ready';
    },

    afterLoad(room) {
      const entry = held.get(room.name);
      if (!entry) return;
      entry.room = room;
      for (const message of entry.buffered.splice(0)) apply(room.name, entry, room, message);
      if (entry.resyncAfterLoad) void resync(room.name, entry);
      // Cursors of people on other instances, without waiting for their next renewal.
      publish(room.name, 'awarenessQuery');
    },

    afterUnload(name) {
      held.delete(name);
      unpublished.delete(name);
      if (sub.status !== 'ready') return;
      sub.unsubscribe(channelOf(name)).catch((error: unknown) => log.warn('unsubscribing failed', { doc: name, error: String(error) }));
    },

    afterCommit(docName, updates) {
      if (!held.has(docName)) return;
      publish(docName, 'update', updates.length === 1 ? updates[0] : Y.mergeUpdates(updates));
    },

    afterAwareness(docName, update) {
      if (held.has(docName)) publish(docName, 'awareness', update);
    },

    async close() {
      closed = true;
      held.clear();
      await Promise.all([pub, sub].map((connection) => closeConnection(connection, log)));
    },
  };
}

async function closeConnection(connection: Redis, log: Logger): Promise<void> {
  if (connection.status !== 'ready') {
    connection.disconnect();
    return;
  }
  try {
    await connection.quit();
  } catch (error) {
    log.warn('closing a Redis connection failed; dropping it', { error: String(error) });
    connection.disconnect();
  }
}

function kindName(kind: number): FanoutKindName {
  const found = (Object.keys(FanoutKind) as FanoutKindName[]).find((name) => FanoutKind[name] === kind);
  return found ?? 'update';
}
