/**
 * What the ranking matrix of topic 2.1 says right now, round by round: the main issue, or the
 * issues tied at the top that a further round must score again, or what is still missing.
 *
 * A further round counts only while it still follows from the round before: its number is the
 * next one and its issues are exactly those tied at the top there. When someone changes a round-1
 * score after round 2 started and the tie is gone (or is a different tie), round 2 no longer
 * applies; it is reported as stale and ignored, and a new further round replaces it.
 */
import { rankIssues, type RankingMatrix, type RankingResult } from '../scoring/rankingMatrix';
import { MAX_ROUNDS, type RankingSheet } from './rankingSheet';

export interface AssessedRound {
  number: number;
  matrix: RankingMatrix;
  result: RankingResult;
}

export type RankingState =
  /** Round 1 cannot rank yet. */
  | { kind: 'waiting'; reason: 'no-criteria' | 'no-issues' | 'nothing-scored' }
  /** A further round has started and nothing is scored in it yet. */
  | { kind: 'round-open'; round: number }
  /** The top of the last round is shared; `nextRound` is null when no further round is allowed. */
  | { kind: 'tied'; round: number; tied: string[]; nextRound: number | null }
  | { kind: 'decided'; round: number; mainIssue: string };

/** One issue in the final order: its rank after every round it took part in, and its totals there. */
export interface FinalRankEntry {
  id: string;
  label: string;
  rank: number;
  /** totals[0] is the round-1 total, totals[1] the round-2 total (for issues re-scored there) … */
  totals: number[];
}

export interface RankingAssessment {
  /** Round 1, then every further round that still applies, in order. */
  rounds: AssessedRound[];
  /** Numbers of stored further rounds that no longer follow from the round before. */
  staleRounds: number[];
  state: RankingState;
  /** Every issue best first: round 1's order, with each tied top block re-ordered by the next round. */
  order: FinalRankEntry[];
  /** Cells without a score in the rounds that apply (they count as 0). */
  missing: number;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function stateOf(last: AssessedRound): RankingState {
  if (last.number === 1) {
    if (last.matrix.criteria.length === 0) return { kind: 'waiting', reason: 'no-criteria' };
    if (last.matrix.issues.length === 0) return { kind: 'waiting', reason: 'no-issues' };
  }
  const { mainIssue, tiedForTop } = last.result;
  if (mainIssue !== null) return { kind: 'decided', round: last.number, mainIssue };
  if (tiedForTop.length > 0) return { kind: 'tied', round: last.number, tied: tiedForTop, nextRound: last.number < MAX_ROUNDS ? last.number + 1 : null };
  return last.number === 1 ? { kind: 'waiting', reason: 'nothing-scored' } : { kind: 'round-open', round: last.number };
}

/** The final order: each round re-orders the top block of the round before it (its tied issues). */
function finalOrder(rounds: readonly AssessedRound[]): FinalRankEntry[] {
  const labelOf = new Map(rounds[0].matrix.issues.map((issue) => [issue.id, issue.label]));
  let order: FinalRankEntry[] = rounds[0].result.ranked.map((entry) => ({ id: entry.item, label: labelOf.get(entry.item) ?? entry.item, rank: entry.rank, totals: [entry.total] }));
  for (const round of rounds.slice(1)) {
    // A further round's issues are exactly the top block (rank 1) of the order so far, so its own
    // ranks 1..n are also their ranks overall, and the issues below keep theirs.
    const previous = new Map(order.map((entry) => [entry.id, entry]));
    const block = round.result.ranked.map((entry) => ({ ...previous.get(entry.item)!, rank: entry.rank, totals: [...previous.get(entry.item)!.totals, entry.total] }));
    order = [...block, ...order.filter((entry) => !round.matrix.issues.some((issue) => issue.id === entry.id))];
  }
  return order;
}

export function assessRankingRounds(sheet: RankingSheet): RankingAssessment {
  const [first, ...further] = sheet.rounds;
  const rounds: AssessedRound[] = [{ ...first, result: rankIssues(first.matrix) }];
  const staleRounds: number[] = [];
  for (const round of further) {
    const previous = rounds[rounds.length - 1];
    const follows = staleRounds.length === 0 && round.number === previous.number + 1 && sameMembers(round.matrix.issues.map((issue) => issue.id), previous.result.tiedForTop);
    if (follows) rounds.push({ ...round, result: rankIssues(round.matrix) });
    else staleRounds.push(round.number);
  }
  return {
    rounds,
    staleRounds,
    state: stateOf(rounds[rounds.length - 1]),
    order: finalOrder(rounds),
    missing: rounds.reduce((sum, round) => sum + round.result.missing.length, 0),
  };
}
