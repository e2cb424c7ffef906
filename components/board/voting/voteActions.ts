/**
 * The voting writes into the board's Yjs document. The facilitator's client writes `meta.vote` and
 * `meta.private` (the server refuses those keys from anyone else, see FACILITATOR_META_KEYS);
 * everyone writes only their own entry of the `votes` map, which the server also enforces
 * (ownEntriesPolicy); the tally still counts only valid dots (see lib/board/voting.ts).
 */
import { uniqueId } from 'tldraw';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_PRIVATE } from '@/lib/board/privateMode';
import { advanceVote, META_VOTE, startVote, voteEntryKey, VOTES_MAP, type VoteState } from '@/lib/board/voting';

export function writeNewVote(ydoc: Y.Doc, dotsPerPerson: number): void {
  // uniqueId, not crypto.randomUUID: tablets on the workshop LAN load the board over plain http,
  // where randomUUID does not exist. Its alphabet has no ':', which the entry keys rely on.
  const vote = startVote(uniqueId(), dotsPerPerson, Date.now());
  ydoc.getMap(META_MAP).set(META_VOTE, vote);
}

export function writeVotePhase(ydoc: Y.Doc, vote: VoteState, phase: 'revealed' | 'closed'): void {
  ydoc.getMap(META_MAP).set(META_VOTE, advanceVote(vote, phase));
}

/** Replaces this person's whole entry: only they write it, so there is nothing to merge. */
export function writeMyDots(ydoc: Y.Doc, vote: VoteState, userId: string, dots: readonly string[]): void {
  ydoc.getMap(VOTES_MAP).set(voteEntryKey(vote.id, userId), [...dots]);
}

export function writePrivateMode(ydoc: Y.Doc, on: boolean): void {
  ydoc.getMap(META_MAP).set(META_PRIVATE, on ? { since: Date.now() } : false);
}
