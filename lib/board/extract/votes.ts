/**
 * The result of a board's dot vote: each card with its dots, most dots first. Reads the same
 * three things every client has: the records (Y.Map `tldraw`), the dots (Y.Map `votes`) and the
 * vote (`meta.vote`), all as JSON.
 */
import { readVoteState, tallyVotes, type VoteState, type VotesJson } from '../voting';
import { readBoard, type BoardCard, type BoardSnapshot } from './readBoard';

export interface VotedCard {
  card: BoardCard;
  dots: number;
}

export interface VoteReading {
  vote: VoteState;
  /** Every card of the board, most dots first; ties in reading order (top to bottom, left to right). */
  ranking: VotedCard[];
  voters: number;
}

/** null when the board has no (well-formed) vote. */
export function extractVotes(snapshot: BoardSnapshot, votes: VotesJson, voteMeta: unknown): VoteReading | null {
  const vote = readVoteState(voteMeta);
  if (!vote) return null;
  const { cards } = readBoard(snapshot);
  const tally = tallyVotes(votes, vote, new Set(cards.map((card) => card.id)));
  const ranking = cards
    .map((card) => ({ card, dots: tally.perCard[card.id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.card.centre.y - b.card.centre.y || a.card.centre.x - b.card.centre.x);
  return { vote, ranking, voters: tally.voters };
}
