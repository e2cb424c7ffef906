/**
 * What a connection may put in a board's awareness, and what the room relays for it. Each
 * connection speaks for one Yjs client id: the first it announces that nobody else holds (the
 * stock y-websocket client announces its own at once, then echoes everyone else's states back,
 * which are dropped here without fuss). The state relayed is rebuilt by the server from the
 * person's sign-in (verifiedAwarenessState), so nobody can show up under another's name, colour
 * or role, raise an observer's hand or ask as a facilitator. Querying everyone's states is
 * rate-limited: it is the one message whose answer is far larger than the question.
 */
import * as encoding from 'lib0/encoding';
import { verifiedAwarenessState, type AwarenessIdentity } from '@/lib/session/awarenessState';
import type { AwarenessEntry } from './messages';
import { TokenBucket } from './rateLimiter';

export interface AwarenessPeer {
  readonly identity: AwarenessIdentity;
}

/** queryAwareness answers per connection: two at once, then one every two seconds. */
const QUERY_BURST = 2;
const QUERIES_PER_SECOND = 0.5;

export class AwarenessGate<P extends AwarenessPeer> {
  private readonly ownId = new Map<P, number>();
  private readonly peerOfId = new Map<number, P>();
  /** Whose each client id seen in this room was (also after they left): only they may take it back. */
  private readonly userOfId = new Map<number, string>();
  private readonly queries = new Map<P, TokenBucket>();

  /** The part of `entries` the room applies for `peer`: its own client id only, with verified states. */
  admit(peer: P, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    let own = this.ownId.get(peer);
    const admitted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (own === undefined && entry.state !== null && this.mayClaim(peer, entry.clientId)) {
        own = entry.clientId;
        this.ownId.set(peer, own);
        this.peerOfId.set(own, peer);
        this.userOfId.set(own, peer.identity.userId);
      }
      if (entry.clientId !== own) continue;
      const state = entry.state === null ? null : verifiedAwarenessState(entry.state as Record<string, unknown>, peer.identity);
      admitted.push({ clientId: own, clock: entry.clock, state });
    }
    return admitted;
  }

  /** The peer left: returns its client id (whose state the room removes); the id stays its person's. */
  release(peer: P): number | null {
    this.queries.delete(peer);
    const own = this.ownId.get(peer);
    if (own === undefined) return null;
    this.ownId.delete(peer);
    if (this.peerOfId.get(own) === peer) this.peerOfId.delete(own);
    return own;
  }

  /** States another instance relayed (it verified them): their client ids stay their people's. */
  noteRemote(entries: readonly AwarenessEntry[]): void {
    for (const entry of entries) {
      const user = (entry.state as { user?: { id?: unknown } } | null)?.user;
      if (typeof user?.id === 'string' && !this.peerOfId.has(entry.clientId)) this.userOfId.set(entry.clientId, user.id);
    }
  }

  /** Whose awareness client id `clientId` was in this room, if anyone's. */
  userOf(clientId: number): string | undefined {
    return this.userOfId.get(clientId);
  }

  /** Whether `peer` may be answered a queryAwareness now. */
  mayQuery(peer: P): boolean {
    let bucket = this.queries.get(peer);
    if (!bucket) {
      bucket = new TokenBucket(QUERIES_PER_SECOND, QUERY_BURST);
      this.queries.set(peer, bucket);
    }
    return bucket.take();
  }

  private mayClaim(peer: P, clientId: number): boolean {
    const holder = this.peerOfId.get(clientId);
    if (holder !== undefined && holder !== peer) return false;
    const user = this.userOfId.get(clientId);
    return user === undefined || user === peer.identity.userId;
  }
}

/** An awareness update (y-protocols format) carrying exactly `entries`. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
