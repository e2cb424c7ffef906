/**
 * The voting writes into the board's Yjs document. The facilitator's client writes `meta.vote` and
 * `meta.private` (the server refuses those keys from anyone else, see FACILITATOR_META_KEYS);
 * everyone writes only their own ballot, into their private space (the server copies it into the
 * `votes` map at the reveal; see lib/board/personalDoc.ts); the tally still counts only valid
 * dots (see lib/board/voting.ts).
 */
import { uniqueId } from 'tldraw';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { BALLOTS_MAP } from '@/lib/board/personalDoc';
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

/**
 * Replaces this person's whole ballot: only they write it, so there is nothing to merge. It goes
 * to their private space when they have one (nobody else sees it before the reveal), else to the
 * board's `votes` map.
 */
export function writeMyDots(ydoc: Y.Doc, privateDoc: Y.Doc | null, vote: VoteState, userId: string, dots: readonly string[]): void {
  if (privateDoc) privateDoc.getMap(BALLOTS_MAP).set(vote.id, [...dots]);
  else ydoc.getMap(VOTES_MAP).set(voteEntryKey(vote.id, userId), [...dots]);
}

export function writePrivateMode(ydoc: Y.Doc, on: boolean): void {
  ydoc.getMap(META_MAP).set(META_PRIVATE, on ? { since: Date.now() } : false);
}
