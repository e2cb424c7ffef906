/**
 * Raising a hand, over awareness only (nothing is stored): the raiser's client shows its hand in
 * its own awareness state; a facilitator cannot edit someone else's state, so lowering is a
 * request in the facilitator's state that the raiser's client honours for that very hand.
 */
import type { BoardPeer, RaisedHand } from './awarenessState';

export interface HandUp {
  userId: string;
  name: string;
  raisedAt: number;
}

/** Requests kept in a facilitator's state; older ones are for hands long gone. */
const MAX_LOWER_REQUESTS = 50;

/** The hands up among `peers`, one per person (their earliest), longest waiting first. */
export function raisedHands(peers: readonly BoardPeer[]): HandUp[] {
  const byUser = new Map<string, HandUp>();
  for (const peer of peers) {
    if (!peer.hand || isLoweredBy(peers, peer.userId, peer.hand)) continue;
    const known = byUser.get(peer.userId);
    if (!known || peer.hand.raisedAt < known.raisedAt) byUser.set(peer.userId, { userId: peer.userId, name: peer.name, raisedAt: peer.hand.raisedAt });
  }
  return [...byUser.values()].sort((a, b) => a.raisedAt - b.raisedAt);
}

/** Whether a verified facilitator has asked to lower this user's hand raised at `hand.raisedAt`. */
export function isLoweredBy(peers: readonly Pick<BoardPeer, 'lowerHands' | 'leads'>[], userId: string, hand: RaisedHand): boolean {
  return peers.some((peer) => peer.leads && peer.lowerHands[userId] === hand.raisedAt);
}

/** A facilitator's requests with one more hand to lower, keeping only the newest requests. */
export function withLowerRequest(current: Readonly<Record<string, number>>, userId: string, raisedAt: number): Record<string, number> {
  const entries = Object.entries({ ...current, [userId]: raisedAt }).sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, MAX_LOWER_REQUESTS));
}
