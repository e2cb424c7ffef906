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
 *
 * Trust: an update is decided on before anything is applied (updateInspection.ts): refused when
 * Yjs would park it waiting for changes nobody sent, when it writes as another connected person's
 * client id, breaks a policy, or would not fit; what is applied, stored and relayed is the change
 * as the document encodes it, never the bytes received. Awareness goes through awarenessGate.ts.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { AwarenessIdentity } from '@/lib/session/awarenessState';
import { AwarenessGate, encodeAwarenessEntries } from './awarenessGate';
import { ClientWriters, extendedClients } from './clientWriters';
import { CloseCode } from './closeCodes';
import { DocSize } from './docSize';
import { judgeUpdate } from './documentRules';
import type { UpdatePolicy } from './updatePolicies';
import { ParkedUpdates, type ParkedUpdate } from './parkedUpdates';
import { decodeAwarenessEntries, decodeWellFormedUpdate, type DecodedUpdate } from './messages';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeSyncStep2FromUpdate, encodeUpdateMessage, type AwarenessEntry } from './messages';
import { stillMissing, type MissingDependency } from './updateInspection';
import { revertDocument, type KeepEntry } from './revertDocument';

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
  /** Keeps `state` as the board's last good snapshot (see GOOD_SHARE), replacing the previous one. */
  saveCheckpoint?(docName: string, state: Uint8Array): Promise<void>;
}

/** Adapters that observe a room without being part of its core (fan-out, metrics). */
export interface RoomExtension {
  /** Called with updates once they are committed to storage, before they are relayed locally. */
  afterCommit?(docName: string, updates: Uint8Array[]): void;
  /** Called with every awareness change made by a local peer. */
  afterAwareness?(docName: string, awarenessUpdate: Uint8Array): void;
  /**
   * Whether the board is full for participants' writes: called when it becomes full, and after
   * every exact measurement (so a mark left by an earlier process is cleared when it has room).
   */
  capacityChanged?(room: Room, full: boolean): void;
}

/** A connection as the room sees it. */
export interface RoomPeer {
  /** Who is connected (account id or participant subject); used to cut a person's connections. */
  readonly subject: string;
  readonly label: string;
  /** Who the person is as their sign-in says: what their presence shows (see awarenessGate.ts). */
  readonly identity: AwarenessIdentity;
  /** `onWritten`, when given, is called once the frame left for the network (or was dropped). */
  send(frame: Uint8Array, onWritten?: () => void): void;
  close(code: number, reason: string): void;
  /** Asked on every incoming update, so a lock or a role change takes effect at once. */
  mayWrite(): boolean;
  /** May change the protected keys (see RoomLimits.protectedKeys). */
  mayConfigure(): boolean;
}

export interface RoomLimits {
  /**
   * Largest document accepted, in bytes of the document encoded as one update (see docSize.ts):
   * facilitators write up to it, participants up to PARTICIPANT_SHARE of it.
   */
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
  private readonly awarenessGate = new AwarenessGate<RoomPeer>();
  private readonly parked = new ParkedUpdates<RoomPeer>((peer, head) => this.giveUpWaiting(peer, head));
  private readonly writers: ClientWriters;
  private retryingParked = false;

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
  private logBytes = 0;
  private size: DocSize;
  private full = false;
  private lastCheckpointAt = 0;

  private constructor(
    readonly name: string,
    private readonly storage: RoomStorage,
    private readonly limits: RoomLimits,
    private readonly extensions: RoomExtension[],
    private readonly log: RoomLogger,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.writers = new ClientWriters(this.ydoc.clientID);
    this.size = new DocSize(limits.maxDocBytes, 0);
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
    room.logBytes = stored.logBytes;
    // Until measured, what storage holds bounds what the document holds.
    room.size = new DocSize(limits.maxDocBytes, (stored.snapshot?.byteLength ?? 0) + stored.logBytes);
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

  /** Bytes the document encodes in, as last estimated or measured (see docSize.ts). */
  get sizeBytes(): number {
    return this.size.bytes;
  }

  /**
   * Whether `bytes` more would fit under a participant's share of the board (what the server
   * copies on participants' behalf, e.g. revealed private cards, must not fill it either).
   */
  hasRoomForParticipant(bytes: number): boolean {
    return this.size.fits(bytes, false, () => this.measure());
  }

  /** True while participants' writes do not fit (the board shows it; see RoomExtension.capacityChanged). */
  get isFull(): boolean {
    return this.full;
  }

  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
    this.parked.add(peer);
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
    // What it parked was neither stored nor relayed; its device keeps it and sends it again.
    this.parked.drop(peer);
    const own = this.awarenessGate.release(peer);
    if (own !== null) awarenessProtocol.removeAwarenessStates(this.awareness, [own], null);
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

  /**
   * An update from a peer. `decoded` is the update as the message layer decoded it (so it is not
   * decoded twice); `answer` marks the peer's sync step 2, its answer to the server's step 1,
   * which carries everything the server lacked of what the peer had then.
   */
  handleUpdate(peer: RoomPeer, update: Uint8Array, decoded?: DecodedUpdate, answer = false): void {
    if (!this.peers.has(peer)) return;
    // Read-only peers' updates are neither applied, stored nor relayed.
    if (peer.mayWrite()) {
      if (!answer && this.parked.hasWaiting(peer)) {
        // Behind an update still waiting: order matters (this one may build on it).
        this.park(peer, update, decoded ?? decodeWellFormedUpdate(update).decoded);
        return;
      }
      const outcome = this.accept(peer, update, decoded);
      if (outcome.kind === 'missing') {
        // The answer to our step 1 has everything the server lacked: nothing may be missing.
        if (answer) this.refuseIncomplete(peer, outcome.missing.reason);
        else this.park(peer, update, outcome.decoded, outcome.missing);
        return;
      }
    }
    if (answer && this.peers.has(peer)) {
      this.parked.markAnswered(peer);
      this.retryParked();
    }
  }

  /**
   * Decides on one update and applies it when it passes. Returns 'missing' (nothing done) when it
   * refers to changes the document does not have; closes the peer when it is refused.
   */
  private accept(peer: RoomPeer, update: Uint8Array, decoded?: DecodedUpdate, waitedFor?: ReadonlySet<number>): Outcome {
    // Every client answers the server's sync step 1 with an update, empty when it has nothing new:
    // storing those would cost a commit per connection and grow the log for nothing.
    if (isEmptyUpdate(update)) return DONE;
    const doc = this.doc;
    const structure = decoded ?? decodeWellFormedUpdate(update).decoded;
    const verdict = judgeUpdate(doc, structure, peer, this.limits.policies ?? []);
    if (verdict.kind === 'missing') {
      const { missing } = verdict;
      if (!this.mayWaitFor(peer, missing.client)) return this.refuseIncomplete(peer, missing.reason);
      return { kind: 'missing', missing, decoded: structure };
    }
    for (const client of waitedFor ?? []) {
      if (this.writers.writerOf(client) !== peer.subject) return this.refuseIncomplete(peer, `what it waited for (client ${client}) came from someone else`);
    }
    const extended = extendedClients(doc, structure);
    const foreign = extended.find((client) => this.belongsToSomeoneElse(peer, client));
    if (foreign !== undefined) return this.refuse(peer, CloseCode.writesAsAnotherDevice, `writes as client ${foreign}, which another connected person writes as`);
    // Only a tampered or broken client sends this: the UI never produces such an update.
    if (verdict.kind === 'refused') return this.refuse(peer, verdict.code, verdict.reason);
    if (!this.size.fits(update.byteLength, peer.mayConfigure(), () => this.measure())) {
      this.setFull(true);
      return this.refuse(peer, CloseCode.boardFull, 'board full');
    }
    this.applyPeerUpdate(peer, update);
    this.writers.record(extended, peer.subject);
    this.retryParked();
    return DONE;
  }

  /** Whether someone else, connected now, writes or shows presence as Yjs client `client` (see clientWriters.ts). */
  private belongsToSomeoneElse(peer: RoomPeer, client: number): boolean {
    const connected = (subject: string) => this.hasPeerOf(subject);
    if (this.writers.foreignClient([client], peer.subject, connected) !== null) return true;
    const user = this.awarenessGate.userOf(client);
    // Present on this board now: connected here, or shown by another instance (fan-out).
    return user !== undefined && user !== peer.subject && (connected(user) || this.awareness.getStates().has(client));
  }

  /** Whether an update may wait for `client`'s missing clocks: only when nobody else writes or shows presence as it. */
  private mayWaitFor(peer: RoomPeer, client: number): boolean {
    const writer = this.writers.writerOf(client);
    const user = this.awarenessGate.userOf(client);
    return (writer === undefined || writer === peer.subject) && (user === undefined || user === peer.subject);
  }

  /** Applies an accepted update; stores and relays the change it made to the document. */
  private applyPeerUpdate(peer: RoomPeer, update: Uint8Array): void {
    const seq = this.appliedSeq + 1;
    const hadPending = this.ydoc.store.pendingStructs !== null || this.ydoc.store.pendingDs !== null;
    const changes: Uint8Array[] = [];
    const capture = (change: Uint8Array, origin: unknown) => {
      if (origin === peer) changes.push(change);
    };
    this.applyingSeq = seq;
    this.ydoc.on('update', capture);
    try {
      Y.applyUpdate(this.ydoc, update, peer);
    } catch (error) {
      // Checked beforehand, so this is a Yjs surprise. What it applied before throwing is in the
      // document and captured for relay: it is stored below like any change.
      this.log.warn('update failed to apply; connection closed', { doc: this.name, peer: peer.label, error: String(error) });
      peer.close(CloseCode.malformedMessage, 'update does not apply');
    } finally {
      this.ydoc.off('update', capture);
      this.applyingSeq = 0;
    }
    if (!hadPending && (this.ydoc.store.pendingStructs !== null || this.ydoc.store.pendingDs !== null)) {
      // Cannot happen after findMissingDependency; if it does, nothing parked may wait to be completed later.
      this.log.error('an accepted update left pending structs; discarded', { doc: this.name, peer: peer.label });
      this.ydoc.store.pendingStructs = null;
      this.ydoc.store.pendingDs = null;
    }
    if (changes.length === 0) {
      // Nothing new (everything already held): nothing to store, and nothing was relayed.
      for (const message of this.held) if (message.needs === seq) message.needs = seq - 1;
      this.releaseHeld();
      return;
    }
    const change = changes.length === 1 ? changes[0] : Y.mergeUpdates(changes);
    this.appliedSeq = seq;
    this.pending.push(change);
    this.size.grow(change.byteLength);
    this.scheduleFlush();
  }

  private refuse(peer: RoomPeer, code: number, reason: string): Outcome {
    this.log.warn('update refused; connection closed', { doc: this.name, peer: peer.label, code, reason });
    peer.close(code, reason);
    return REFUSED;
  }

  private refuseIncomplete(peer: RoomPeer, reason: string): Outcome {
    return this.refuse(peer, CloseCode.incompleteUpdate, `update refers to changes the server does not have: ${reason}`.slice(0, 120));
  }

  private park(peer: RoomPeer, update: Uint8Array, decoded: DecodedUpdate, missing?: MissingDependency): void {
    const waitsFor = missing ?? { client: 0, clock: -1, reason: 'behind an earlier update' };
    const waitedFor = new Set(missing ? [missing.client] : []);
    if (!this.parked.park(peer, { update, decoded, missing: waitsFor, waitedFor })) this.refuseIncomplete(peer, 'too many updates waiting');
  }

  private giveUpWaiting(peer: RoomPeer, head: ParkedUpdate): void {
    if (this.peers.has(peer)) this.refuseIncomplete(peer, head.missing.reason);
  }

  /** Applies parked updates whose wait is over, in each peer's order, until none moves. */
  private retryParked(): void {
    if (this.retryingParked) return;
    this.retryingParked = true;
    try {
      let moved = true;
      while (moved) {
        moved = false;
        for (const peer of this.parked.waitingPeers()) if (this.drainParked(peer)) moved = true;
      }
    } finally {
      this.retryingParked = false;
    }
  }

  private drainParked(peer: RoomPeer): boolean {
    let moved = false;
    for (let head = this.parked.head(peer); head; head = this.parked.head(peer)) {
      if (this.unapplied === null && stillMissing(this.ydoc, head.missing)) break;
      if (!peer.mayWrite()) {
        // Rights went while it waited: dropped like any update from a read-only peer.
        this.parked.shift(peer);
        moved = true;
        continue;
      }
      const outcome = this.accept(peer, head.update, head.decoded, head.waitedFor);
      if (outcome.kind === 'missing') {
        head.missing = outcome.missing;
        head.waitedFor.add(outcome.missing.client);
        break;
      }
      moved = true;
      if (outcome.kind === 'refused') break;
      this.parked.shift(peer);
    }
    return moved;
  }

  private hasPeerOf(subject: string): boolean {
    for (const peer of this.peers) if (peer.subject === subject) return true;
    return false;
  }

  /** Encodes the whole document to learn its exact size (a full encode: only when it matters). */
  private measure(): number {
    return Y.encodeStateAsUpdate(this.doc).byteLength;
  }

  private setFull(full: boolean): void {
    if (full !== this.full) this.log.warn(full ? 'board full for participants' : 'board has room again', { doc: this.name, bytes: this.size.bytes });
    this.full = full;
    for (const extension of this.extensions) extension.capacityChanged?.(this, full);
  }

  /** After an exact measurement: a full board with room again is free; every board's mark is made to match. */
  private settleCapacity(): void {
    this.setFull(this.full && !this.size.hasRoomAgain);
  }

  /**
   * Brings the document back to `earlierState` (e.g. the last good snapshot of a full board), as
   * a change of the server's that every device receives; entries `keep` accepts stay as they are.
   */
  async revertTo(earlierState: Uint8Array, keep?: KeepEntry): Promise<void> {
    this.applyServerChange((doc) => revertDocument(doc, earlierState, keep));
    this.size.setMeasured(this.measure());
    this.settleCapacity();
    await this.flush();
    await this.compactNow();
  }

  handleAwareness(peer: RoomPeer, _update: Uint8Array, entries: AwarenessEntry[]): void {
    if (!this.peers.has(peer)) return;
    const admitted = this.awarenessGate.admit(peer, entries);
    if (admitted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(admitted), peer);
  }

  handleQueryAwareness(peer: RoomPeer): void {
    if (!this.awarenessGate.mayQuery(peer)) return;
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
    const merged = parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
    this.appliedSeq = seq;
    this.pending.push(merged);
    this.size.grow(merged.byteLength);
    this.scheduleFlush();
  }

  /** Applies updates that another instance already committed (fan-out); nothing is stored again. */
  applyCommittedRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'remote');
    this.size.grow(update.byteLength);
    this.retryParked();
  }

  /** Awareness another instance relayed; it verified the states (see awarenessGate.ts). */
  applyRemoteAwareness(update: Uint8Array): void {
    this.awarenessGate.noteRemote(decodeAwarenessEntries(update));
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
    this.parked.clear();
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
    if (this.ydoc.store.pendingStructs !== null || this.ydoc.store.pendingDs !== null) {
      // Stored before updates were checked for what they refer to (or left by a skipped part):
      // content nobody sees, waiting for a later write to complete it. It must not be completed.
      this.log.error('stored state refers to changes nobody sent; that part is left out', { doc: this.name });
      this.ydoc.store.pendingStructs = null;
      this.ydoc.store.pendingDs = null;
    }
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
        for (const update of batch) this.logBytes += update.byteLength;
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

  /**
   * Compacts when the log holds many updates or many bytes (deleted content still counts there),
   * or when the document's estimate passed COMPACT_SHARE: afterwards the board is measured
   * exactly, kept as the last good snapshot when it is well within its limit, and marked full
   * or free again.
   */
  private maybeCompact(): void {
    if (this.compacting) return;
    const logBytesLimit = Math.max(1024 * 1024, this.limits.maxDocBytes / 8);
    if (this.logCount < this.limits.compactAfterUpdates && this.logBytes < logBytesLimit && !this.size.wantsCompaction) return;
    this.compactNow();
  }

  /** Compacts the stored log now (in the background), then measures the board. */
  compactNow(): Promise<void> {
    if (this.compacting) return this.compacting;
    this.compacting = this.storage
      .compact(this.name)
      .then(
        async ({ before, after }) => {
          this.logCount = Math.max(0, this.logCount - (before - after));
          this.logBytes = before > 0 ? Math.round((this.logBytes * after) / before) : 0;
          if (this.destroyed) return;
          const state = Y.encodeStateAsUpdate(this.doc);
          this.size.setMeasured(state.byteLength);
          this.settleCapacity();
          await this.maybeCheckpoint(state);
        },
        (error: unknown) => this.log.error('compaction failed; the update log stays as it is', { doc: this.name, error: String(error) }),
      )
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  /** Keeps `state` as the last good snapshot when the board is well within its limit (at most every CHECKPOINT_EVERY_MS). */
  private async maybeCheckpoint(state: Uint8Array): Promise<void> {
    if (!this.storage.saveCheckpoint || !this.size.isGood || Date.now() - this.lastCheckpointAt < CHECKPOINT_EVERY_MS) return;
    this.lastCheckpointAt = Date.now();
    try {
      await this.storage.saveCheckpoint(this.name, state);
    } catch (error) {
      this.log.error('keeping the last good snapshot failed', { doc: this.name, error: String(error) });
    }
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

/** A board's last good snapshot is replaced at most this often (each costs a write of the whole board). */
export const CHECKPOINT_EVERY_MS = 10 * 60 * 1000;

type Outcome = { kind: 'done' } | { kind: 'refused' } | { kind: 'missing'; missing: MissingDependency; decoded: DecodedUpdate };
const DONE: Outcome = { kind: 'done' };
const REFUSED: Outcome = { kind: 'refused' };

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
