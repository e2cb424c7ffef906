'use client';

import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_PRIVATE, readPrivateMode, type PrivateMode } from '@/lib/board/privateMode';
import { BALLOTS_MAP } from '@/lib/board/personalDoc';
import { dotsOf, META_VOTE, readVoteState, remainingDots, tallyVotes, validDots, VOTES_MAP, type VoteState, type VotesJson } from '@/lib/board/voting';
import { CARD_SHAPE_TYPE } from '@/lib/shapes/card';

/** The Y.Map of tldraw records (see `useYjsStore`); read here only to know which cards exist. */
const RECORDS_MAP = 'tldraw';

/** What the card views and the card panel need to show and change the board's vote. */
export interface BoardVoting {
  ydoc: Y.Doc;
  /** This person's private space, where their ballot is kept until the reveal; null: on the board. */
  privateDoc: Y.Doc | null;
  userId: string;
  /** May start, reveal and end votes and switch private mode (facilitator rights). */
  isFacilitator: boolean;
  vote: VoteState | null;
  /** Ids of the board's cards, while a vote is on. */
  cardIds: ReadonlySet<string>;
  /** My counted dots in the current vote. */
  myDots: readonly string[];
  remaining: number;
  /** Dots per card id; only filled once the facilitator has revealed the tally. */
  totals: Readonly<Record<string, number>> | null;
  privateMode: PrivateMode | null;
}

export const BoardVotingContext = createContext<BoardVoting | null>(null);

/** The board's vote and private mode, or null outside a synced board. */
export function useBoardVoting(): BoardVoting | null {
  return useContext(BoardVotingContext);
}

/** Follows `meta.vote`, `meta.private`, the `votes` map, this person's ballots and the set of cards, live. */
export function useBoardVotingState(ydoc: Y.Doc | null, userId: string, isFacilitator: boolean, privateDoc: Y.Doc | null = null): BoardVoting | null {
  const [vote, setVote] = useState<VoteState | null>(null);
  const [privateMode, setPrivateMode] = useState<PrivateMode | null>(null);
  const [votes, setVotes] = useState<VotesJson>({});
  const [ballots, setBallots] = useState<VotesJson>({});
  const [cardIds, setCardIds] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!ydoc) return;
    const meta = ydoc.getMap<unknown>(META_MAP);
    const readMeta = () => {
      const nextVote = readVoteState(meta.get(META_VOTE));
      // Keep the same object while nothing changed, so cards do not re-render on every meta write.
      setVote((current) => (JSON.stringify(current) === JSON.stringify(nextVote) ? current : nextVote));
      const nextPrivate = readPrivateMode(meta.get(META_PRIVATE));
      setPrivateMode((current) => (current?.since === nextPrivate?.since ? current : nextPrivate));
    };
    readMeta();
    meta.observe(readMeta);
    return () => meta.unobserve(readMeta);
  }, [ydoc]);

  const voting = vote !== null && vote.phase !== 'closed';
  useEffect(() => {
    if (!privateDoc || !voting) return;
    const ballotsMap = privateDoc.getMap<unknown>(BALLOTS_MAP);
    const readBallots = () => setBallots(ballotsMap.toJSON());
    readBallots();
    ballotsMap.observe(readBallots);
    return () => ballotsMap.unobserve(readBallots);
  }, [privateDoc, voting]);

  useEffect(() => {
    if (!ydoc || !voting) return;
    const votesMap = ydoc.getMap<unknown>(VOTES_MAP);
    const records = ydoc.getMap<unknown>(RECORDS_MAP);
    const readVotes = () => setVotes(votesMap.toJSON());
    const readCards = () => {
      const ids = new Set<string>();
      records.forEach((record, id) => {
        if ((record as { type?: unknown } | null)?.type === CARD_SHAPE_TYPE) ids.add(id);
      });
      setCardIds(ids);
    };
    // Moving a card rewrites its record; only added or deleted records change the set of cards.
    const onRecords = (event: Y.YMapEvent<unknown>) => {
      for (const change of event.changes.keys.values()) {
        if (change.action !== 'update') return readCards();
      }
    };
    readVotes();
    readCards();
    votesMap.observe(readVotes);
    records.observe(onRecords);
    return () => {
      votesMap.unobserve(readVotes);
      records.unobserve(onRecords);
    };
  }, [ydoc, voting]);

  return useMemo(() => {
    if (!ydoc) return null;
    // My ballot is in my private space until the reveal (then the server copies it onto the board).
    const myDots = !vote ? [] : privateDoc ? validDots(ballots[vote.id], vote, cardIds) : dotsOf(votes, vote, userId, cardIds);
    return {
      ydoc,
      privateDoc,
      userId,
      isFacilitator,
      vote,
      cardIds,
      myDots,
      remaining: vote ? remainingDots(vote, myDots) : 0,
      totals: vote?.phase === 'revealed' ? tallyVotes(votes, vote, cardIds).perCard : null,
      privateMode,
    };
  }, [ydoc, privateDoc, userId, isFacilitator, vote, votes, ballots, cardIds, privateMode]);
}
