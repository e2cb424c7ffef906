/**
 * Updates that refer to something the server does not have yet, waiting (not applied, stored or
 * relayed) for it to arrive. Honest clients send such updates in two races:
 * - a device reconnecting with offline edits sends a new edit before answering the server's
 *   sync step 1; its answer (sync step 2) then brings what the edit builds on;
 * - two tabs of one browser share edits over a BroadcastChannel, so tab B may send an edit on top
 *   of tab A's before tab A's own connection delivered it.
 * Either way the missing part is the same person's: an update waits only for client ids nobody
 * else writes as or shows presence under, and is refused if what arrives for them came from
 * someone else. Otherwise a hostile update naming the facilitator's NEXT item as its origin
 * (or deleting it in advance) would wait for the facilitator to write it, and then apply.
 * A connection's updates wait in arrival order. They may wait while the connection has not yet
 * answered the server's step 1, then ANSWERED_WAIT_MS; past that (or past the caps) the
 * connection is closed with CloseCode.incompleteUpdate, and reconnecting sends the whole piece.
 */
import type { DecodedUpdate } from './messages';
import type { MissingDependency } from './updateInspection';

export interface ParkedUpdate {
  update: Uint8Array;
  decoded: DecodedUpdate;
  /** What it waited for when last tried; it is tried again once the document has that clock. */
  missing: MissingDependency;
  /** Every client id it waited for: what arrives for them must come from the same person. */
  waitedFor: Set<number>;
}

/** Longest wait after the connection answered the server's sync step 1, in milliseconds. */
export const ANSWERED_WAIT_MS = 5000;
/** Longest wait for a connection that never answers (its answer is what fills the gap). */
export const UNANSWERED_WAIT_MS = 30_000;
const MAX_PARKED_UPDATES = 64;
const MAX_PARKED_BYTES = 4 * 1024 * 1024;

interface Queue {
  answered: boolean;
  items: ParkedUpdate[];
  bytes: number;
  timer: NodeJS.Timeout | null;
}

export class ParkedUpdates<P> {
  private readonly queues = new Map<P, Queue>();

  /** `expire` is called when a peer's wait is over; it closes the peer (and calls `drop`). */
  constructor(private readonly expire: (peer: P, head: ParkedUpdate) => void) {}

  add(peer: P): void {
    this.queues.set(peer, { answered: false, items: [], bytes: 0, timer: null });
  }

  drop(peer: P): void {
    const queue = this.queues.get(peer);
    if (queue?.timer) clearTimeout(queue.timer);
    this.queues.delete(peer);
  }

  hasWaiting(peer: P): boolean {
    return (this.queues.get(peer)?.items.length ?? 0) > 0;
  }

  /** Peers with updates waiting. */
  waitingPeers(): P[] {
    const peers: P[] = [];
    for (const [peer, queue] of this.queues) if (queue.items.length > 0) peers.push(peer);
    return peers;
  }

  /** Parks an update behind the peer's others; false when the peer is over its caps. */
  park(peer: P, item: ParkedUpdate): boolean {
    const queue = this.queues.get(peer);
    if (!queue) return false;
    if (queue.items.length >= MAX_PARKED_UPDATES || queue.bytes + item.update.byteLength > MAX_PARKED_BYTES) return false;
    queue.items.push(item);
    queue.bytes += item.update.byteLength;
    if (queue.items.length === 1) this.restartTimer(peer, queue);
    return true;
  }

  /** The peer answered the server's sync step 1: from now on its updates wait ANSWERED_WAIT_MS at most. */
  markAnswered(peer: P): void {
    const queue = this.queues.get(peer);
    if (!queue || queue.answered) return;
    queue.answered = true;
    if (queue.items.length > 0) this.restartTimer(peer, queue);
  }

  head(peer: P): ParkedUpdate | undefined {
    return this.queues.get(peer)?.items[0];
  }

  /** Removes the head once it was handled; the wait starts over for the next one. */
  shift(peer: P): void {
    const queue = this.queues.get(peer);
    const item = queue?.items.shift();
    if (!queue || !item) return;
    queue.bytes -= item.update.byteLength;
    if (queue.items.length > 0) this.restartTimer(peer, queue);
    else if (queue.timer) {
      clearTimeout(queue.timer);
      queue.timer = null;
    }
  }

  clear(): void {
    for (const queue of this.queues.values()) if (queue.timer) clearTimeout(queue.timer);
    this.queues.clear();
  }

  private restartTimer(peer: P, queue: Queue): void {
    if (queue.timer) clearTimeout(queue.timer);
    queue.timer = setTimeout(
      () => {
        queue.timer = null;
        const head = queue.items[0];
        if (head && this.queues.get(peer) === queue) this.expire(peer, head);
      },
      queue.answered ? ANSWERED_WAIT_MS : UNANSWERED_WAIT_MS,
    );
    queue.timer.unref();
  }
}
