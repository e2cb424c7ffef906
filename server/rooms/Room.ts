/**
 * One live document: the shared Y.Doc, its awareness, the peers connected to it, and the write
 * path that enforces the durability rule. An update from a peer is applied, written to storage
 * (group commit), and only then relayed; any message that reveals document state to a peer waits
 * until the state it reveals is stored. So whatever anyone has seen survives a crash.
 *
 * Loading is split for speed: a room is handed out as soon as storage answered, and the stored
 * state is applied to the Y.Doc later (at once, when something needs the doc). A client that has
 * nothing yet, asking a room whose storage holds a single stored part (a snapshot, after
 * compaction), is answered with those bytes as they are: a board opens without waiting for the
 * server to apply and re-encode it.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from './closeCodes';
import { checkUpdate, type UpdatePolicy } from './updatePolicies';
import type { DecodedUpdate } from './messages';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeSyncStep2FromUpdate, encodeUpdateMessage, type AwarenessEntry } from './messages';

/** Where a room's document lives between loads. The update log is append-only. */
export interface RoomStorage {
  load(docName: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[]; logBytes: number }>;
  /** Stores a batch of updates in one round trip (group commit). */
  append(docName: string, updates: Uint8Array[]): Promise<number>;
  /**
   * Folds the stored log into the snapshot, from what storage holds (not from this room's memory:
   * with several instances, another one may have logged updates this room has not applied yet).
   * Resolves with how many logged updates there were before and are left after.
   */
  compact(docName: string): Promise<{ before: number; after: number }>;
}

/** Adapters that observe a room without being part of its core (fan-out, metrics). */
export interface RoomExtension {
  /** Called with updates once they are committed to storage, before they are relayed locally. */
  afterCommit?(docName: string, updates: Uint8Array[]): void;
  /** Called with every awareness change made by a local peer. */
  afterAwareness?(docName: string, awarenessUpdate: Uint8Array): void;
}

/** A connection as the room sees it. */
export interface RoomPeer {
  /** Who is connected (account id or participant subject); used to cut a person's connections. */
  readonly subject: string;
  readonly label: string;
  /** `onWritten`, when given, is called once the frame left for the network (or was dropped). */
  send(frame: Uint8Array, onWritten?: () => void): void;
  close(code: number, reason: string): void;
  /** Asked on every incoming update, so a lock or a role change takes effect at once. */
  mayWrite(): boolean;
  /** May change the protected keys (see RoomLimits.protectedKeys). */
  mayConfigure(): boolean;
}

export interface RoomLimits {
  /** Largest document accepted, measured as stored bytes (snapshot plus update log). */
  maxDocBytes: number;
  /** How long updates wait to be written together, in milliseconds. */
  persistBatchMs: number;
  /** Compact the update log into a snapshot once it holds this many updates. */
  compactAfterUpdates: number;
  /** Rules every update from a peer must pass before it is applied (see updatePolicies.ts). */
  policies?: readonly UpdatePolicy[];
  /**
   * How long a loaded room waits before applying what storage held when nothing needs it sooner,
   * in milliseconds (default APPLY_STORED_AFTER_MS; 0: one event-loop turn).
   */
  applyStoredAfterMs?: number;
}

export interface RoomLogger {
  error(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
}

interface HeldMessage {
  /** The applied-update sequence number that must be committed before this may go out. */
  needs: number;
  run: () => void;
}

/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = 'plano-server';

export class Room {
  private readonly ydoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  /** Stored state not yet applied to the doc (see the file comment); null once applied. */
  private unapplied: Uint8Array[] | null = null;
  /** Peers that joined before the stored state was applied: they get the server's step 1 after. */
  private awaitingStep1: RoomPeer[] = [];
  /** Peers sent the stored snapshot as is: if it turns out not to apply, they must resync. */
  private sentRawSnapshot = new Set<RoomPeer>();
  /** Snapshots still being written to sockets: applying (which holds the event loop) waits for them. */
  private rawWritesInFlight = 0;
  private applyWhenWritten = false;
  private applyTimer: NodeJS.Timeout | null = null;
  private readonly peers = new Set<RoomPeer>();
  private readonly clientsOfPeer = new Map<RoomPeer, Set<number>>();
  private readonly peerOfClient = new Map<number, RoomPeer>();

  /** Applied to the doc but not yet stored, in order. */
  private pending: Uint8Array[] = [];
  private appliedSeq = 0;
  private committedSeq = 0;
  private applyingSeq = 0;
  private held: HeldMessage[] = [];

  /** Cancels the scheduled write, when one is scheduled. */
  private flushTimer: (() => void) | null = null;
  private flushing: Promise<void> | null = null;
  private compacting: Promise<void> | null = null;
  private failureStreak = 0;
  private destroyed = false;

  private logCount = 0;
  private storedBytes = 0;

  private constructor(
    readonly name: string,
    private readonly storage: RoomStorage,
    private readonly limits: RoomLimits,
    private readonly extensions: RoomExtension[],
    private readonly log: RoomLogger,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => this.relayUpdate(update, origin));
    this.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) =>
      this.relayAwareness(change, origin),
    );
  }

  static async load(name: string, storage: RoomStorage, limits: RoomLimits, extensions: RoomExtension[], log: RoomLogger): Promise<Room> {
    const room = new Room(name, storage, limits, extensions, log);
    const stored = await storage.load(name);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    if (parts.length > 0) {
      room.unapplied = parts;
      const delayMs = limits.applyStoredAfterMs ?? APPLY_STORED_AFTER_MS;
      if (delayMs > 0) {
        // The first devices are sent the stored bytes as they are and are applying them now.
        // Applying here at the same moment competes with them for the CPU when they share the
        // machine (a facilitator's laptop serving and showing the board): their board opens up
        // to twice as slowly. An edit or a returning device applies it sooner (the doc getter).
        room.applyTimer = setTimeout(() => room.applyOnceWritten(), delayMs);
        room.applyTimer.unref();
      } else {
        // Reading storage held the event loop, so the first clients' sync requests may be waiting
        // unread; one full turn later (a poll phase in between) they have been answered first.
        setImmediate(() => setImmediate(() => room.applyOnceWritten()));
      }
    }
    room.logCount = stored.updates.length;
    room.storedBytes = (stored.snapshot?.byteLength ?? 0) + stored.logBytes;
    return room;
  }

  /** The shared document, with everything storage held applied. */
  get doc(): Y.Doc {
    this.applyStored();
    return this.ydoc;
  }

  /**
   * Observes every change to the document after it loaded (not the applying of what storage
   * held), without forcing that stored state to be applied now.
   */
  onUpdate(listener: (update: Uint8Array, origin: unknown) => void): void {
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) listener(update, origin);
    });
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** True while something accepted from a peer is not yet in storage. */
  get hasPendingWrites(): boolean {
    return this.pending.length > 0 || this.flushing !== null || this.flushTimer !== null || this.compacting !== null;
  }

  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
    this.clientsOfPeer.set(peer, new Set());
    // The state vector reveals no content, so it can go out before the next commit; while the
    // stored state is not applied yet it would be wrong (the client would send everything back).
    if (this.unapplied) this.awaitingStep1.push(peer);
    else peer.send(encodeSyncStep1(this.ydoc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    }
  }

  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    this.sentRawSnapshot.delete(peer);
    this.awaitingStep1 = this.awaitingStep1.filter((waiting) => waiting !== peer);
    const clients = this.clientsOfPeer.get(peer);
    this.clientsOfPeer.delete(peer);
    if (clients && clients.size > 0) {
      for (const id of clients) this.peerOfClient.delete(id);
      awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
    }
  }

  /** Answers a peer's sync step 1 once everything the answer contains is stored. */
  handleSyncStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    const snapshotOnly = this.unapplied?.length === 1 ? this.unapplied[0] : null;
    if (snapshotOnly && isEmptyStateVector(stateVector)) {
      // Stored, so it may go out at once; what the client lacks is exactly all of it.
      this.sentRawSnapshot.add(peer);
      this.rawWritesInFlight++;
      let written = false;
      const onWritten = () => {
        if (written) return;
        written = true;
        this.rawWritesInFlight--;
        if (this.rawWritesInFlight === 0 && this.applyWhenWritten) this.applyStored();
      };
      // A client that reads too slowly must not keep the room from applying for long.
      setTimeout(onWritten, RAW_WRITE_WAIT_MS).unref();
      peer.send(encodeSyncStep2FromUpdate(snapshotOnly), onWritten);
      return;
    }
    const reply = encodeSyncStep2(this.doc, stateVector);
    this.hold(() => peer.send(reply));
  }

  /** `decoded` is the update already decoded by the message layer, so it is not decoded twice. */
  handleUpdate(peer: RoomPeer, update: Uint8Array, decoded?: DecodedUpdate): void {
    if (!peer.mayWrite()) return; // Read-only peers' updates are neither applied, stored nor relayed.
    // Every client answers the server's sync step 1 with an update, empty when it has nothing new:
    // storing those would cost a commit per connection and grow the log for nothing.
    if (isEmptyUpdate(update)) return;
    const refusal = checkUpdate(this.limits.policies ?? [], this.doc, decoded ?? update, peer);
    if (refusal) {
      // Only a tampered or broken client sends this: the UI never produces such an update.
      this.log.warn('update refused; connection closed', { doc: this.name, peer: peer.label, reason: refusal.reason });
      peer.close(refusal.code, refusal.reason);
      return;
    }
    if (this.storedBytes + this.pendingBytes() + update.byteLength > this.limits.maxDocBytes) {
      peer.close(CloseCode.tooLarge, 'document size limit reached');
      return;
    }
    const seq = this.appliedSeq + 1;
    this.applyingSeq = seq;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      this.log.warn('update failed to apply; connection closed', { doc: this.name, peer: peer.label, error: String(error) });
      // Relays captured during the failed apply need nothing beyond what is already applied.
      for (const message of this.held) if (message.needs === seq) message.needs = seq - 1;
      this.applyingSeq = 0;
      this.releaseHeld();
      peer.close(CloseCode.malformedMessage, 'update does not apply');
      return;
    } finally {
      this.applyingSeq = 0;
    }
    this.appliedSeq = seq;
    this.pending.push(update);
    this.scheduleFlush();
  }

  handleAwareness(peer: RoomPeer, update: Uint8Array, entries: AwarenessEntry[]): void {
    // A peer may only speak for the Yjs clients it introduced itself.
    const owned = this.clientsOfPeer.get(peer);
    if (!owned) return;
    for (const entry of entries) {
      const owner = this.peerOfClient.get(entry.clientId);
      if (owner && owner !== peer) return;
    }
    for (const entry of entries) {
      if (entry.state === null) {
        owned.delete(entry.clientId);
        this.peerOfClient.delete(entry.clientId);
      } else {
        owned.add(entry.clientId);
        this.peerOfClient.set(entry.clientId, peer);
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  handleQueryAwareness(peer: RoomPeer): void {
    const ids = [...this.awareness.getStates().keys()];
    peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }

  /**
   * A change the server itself makes to the document (e.g. mirroring a lock into its `meta` map
   * so every client shows it). It is stored and relayed like a peer's update.
   */
  applyServerChange(change: (doc: Y.Doc) => void): void {
    const parts: Uint8Array[] = [];
    const capture = (update: Uint8Array) => parts.push(update);
    const seq = this.appliedSeq + 1;
    this.applyingSeq = seq;
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
    } finally {
      this.doc.off('update', capture);
      this.applyingSeq = 0;
    }
    if (parts.length === 0) return;
    this.appliedSeq = seq;
    this.pending.push(parts.length === 1 ? parts[0] : Y.mergeUpdates(parts));
    this.scheduleFlush();
  }

  /** Applies updates that another instance already committed (fan-out); nothing is stored again. */
  applyCommittedRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'remote');
  }

  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, 'remote');
  }

  /** Writes everything pending; resolves when storage has it. */
  async flush(): Promise<void> {
    if (this.flushTimer) {
      this.flushTimer();
      this.flushTimer = null;
    }
    if (!this.flushing && this.pending.length > 0) this.flushing = this.writePending();
    await this.flushing;
    await this.compacting;
  }

  /** Closes every peer and releases timers. Call only once hasPendingWrites is false, or after flush. */
  destroy(code: number = CloseCode.shuttingDown, reason = 'room closed'): void {
    this.destroyed = true;
    for (const peer of [...this.peers]) {
      this.removePeer(peer);
      peer.close(code, reason);
    }
    this.unapplied = null;
    this.clearApplyTimer();
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  closePeersWhere(predicate: (peer: RoomPeer) => boolean, code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      if (predicate(peer)) {
        this.removePeer(peer);
        peer.close(code, reason);
      }
    }
  }

  private applyOnceWritten(): void {
    if (this.rawWritesInFlight > 0) this.applyWhenWritten = true;
    else this.applyStored();
  }

  /** Applies what storage held, once; then tells the peers that joined meanwhile what the server has. */
  private applyStored(): void {
    const parts = this.unapplied;
    if (!parts) return;
    this.unapplied = null;
    this.clearApplyTimer();
    let broken = false;
    this.ydoc.transact(() => {
      for (const part of parts) {
        try {
          Y.applyUpdate(this.ydoc, part);
        } catch (error) {
          // A stored update that no longer applies must not keep the rest of the board from loading.
          broken = true;
          this.log.error('stored update failed to apply; skipped', { doc: this.name, error: String(error) });
        }
      }
    }, this);
    const sentRaw = this.sentRawSnapshot;
    this.sentRawSnapshot = new Set();
    // They were sent bytes that did not apply here either: a new connection gets what did.
    if (broken) this.closePeersWhere((peer) => sentRaw.has(peer), CloseCode.storageFailure, 'document reloaded');
    const waiting = this.awaitingStep1;
    this.awaitingStep1 = [];
    if (waiting.length > 0 && !this.destroyed) {
      const step1 = encodeSyncStep1(this.ydoc);
      for (const peer of waiting) if (this.peers.has(peer)) peer.send(step1);
    }
  }

  private clearApplyTimer(): void {
    if (this.applyTimer) clearTimeout(this.applyTimer);
    this.applyTimer = null;
  }

  private pendingBytes(): number {
    let total = 0;
    for (const update of this.pending) total += update.byteLength;
    return total;
  }

  /**
   * Group commit: the first update after an idle spell is written as soon as the current event
   * loop turn ends (or after persistBatchMs, when set); updates that arrive while a write is in
   * flight wait for it and then go together in the next one.
   */
  private scheduleFlush(): void {
    if (this.flushTimer || this.flushing) return;
    const start = () => {
      this.flushTimer = null;
      this.flushing = this.writePending();
    };
    if (this.limits.persistBatchMs > 0) {
      const timer = setTimeout(start, this.limits.persistBatchMs);
      this.flushTimer = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(start);
      this.flushTimer = () => clearImmediate(immediate);
    }
  }

  private async writePending(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.destroyed) {
        const batch = this.pending.slice();
        try {
          await this.storage.append(this.name, batch);
        } catch (error) {
          await this.onWriteFailure(error);
          continue;
        }
        this.failureStreak = 0;
        this.pending.splice(0, batch.length);
        this.committedSeq += batch.length;
        this.logCount += batch.length;
        for (const update of batch) this.storedBytes += update.byteLength;
        for (const extension of this.extensions) extension.afterCommit?.(this.name, batch);
        this.releaseHeld();
        this.maybeCompact();
      }
    } finally {
      this.flushing = null;
    }
  }

  /**
   * Storage is down: keep the batch (the doc already has it) and retry with backoff. Peers are
   * closed once per failure streak, so their clients show that saving stalled and keep their
   * own copies; nothing unstored is relayed in the meantime.
   */
  private async onWriteFailure(error: unknown): Promise<void> {
    this.failureStreak++;
    this.log.error('storing updates failed; will retry', { doc: this.name, attempt: this.failureStreak, error: String(error) });
    if (this.failureStreak === 1) this.closePeersWhere(() => true, CloseCode.storageFailure, 'saving failed, retrying');
    const delayMs = Math.min(5000, 100 * 2 ** Math.min(this.failureStreak, 6));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }

  private maybeCompact(): void {
    if (this.compacting || this.logCount < this.limits.compactAfterUpdates) return;
    this.compacting = this.storage
      .compact(this.name)
      .then(
        ({ before, after }) => {
          this.logCount = Math.max(0, this.logCount - (before - after));
          // The limit counts stored bytes; the merged state is what storage now mostly holds.
          this.storedBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
        },
        (error: unknown) => this.log.error('compaction failed; the update log stays as it is', { doc: this.name, error: String(error) }),
      )
      .finally(() => {
        this.compacting = null;
      });
  }

  private hold(run: () => void): void {
    const needs = this.applyingSeq || this.appliedSeq;
    if (needs <= this.committedSeq) run();
    else this.held.push({ needs, run });
  }

  private releaseHeld(): void {
    if (this.held.length === 0) return;
    const ready = this.held.filter((message) => message.needs <= this.committedSeq);
    this.held = this.held.filter((message) => message.needs > this.committedSeq);
    for (const message of ready) message.run();
  }

  private relayUpdate(update: Uint8Array, origin: unknown): void {
    // Applying what storage held: peers get it through sync, not as a broadcast.
    if (origin === this) return;
    const frame = encodeUpdateMessage(update);
    this.hold(() => {
      for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    });
  }

  private relayAwareness(change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwarenessMessage(update);
    for (const peer of this.peers) peer.send(frame);
    if (origin !== 'remote') for (const extension of this.extensions) extension.afterAwareness?.(this.name, update);
  }
}

/**
 * When nothing needs it sooner, a loaded room applies its stored state this long after loading:
 * about the time a device takes to apply a large board it was just sent (a 460 KB board takes a
 * stock client 120-280 ms on a 2-core machine, a browser mounting its canvas longer).
 */
export const APPLY_STORED_AFTER_MS = 1000;

/** Longest wait for a stored snapshot to reach the network before the room applies it anyway. */
const RAW_WRITE_WAIT_MS = 2000;

/** A state vector naming no client: the asker has nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

/** A v1 update with no structs and an empty delete set: the bytes [0, 0]. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}
