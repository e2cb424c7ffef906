/**
 * Further MCUA rounds (topic 4.7): when the overall top is tied, the method scores the tied
 * actions again, among themselves, on the same criteria and weights; the new round orders that
 * top block and leaves the rest where it was. Round 1 is the sheet's own grid.
 *
 * Layout, beside the sheet's maps (./mcuaSheet.ts):
 * - `mcuaRounds`:      `<n>` (2 … 10) → { actions: actionId[] }: the actions tied at the top of round n − 1
 * - `mcuaRoundScores`: `<n>:<actionId>:<criterionId>` → number, on the criterion's scale
 * As with 2.1's ranking, a stored round applies only while it still follows from the round before
 * (same number sequence, same tied actions); after a round-1 score changes it is set aside.
 */
import { z } from 'zod';
import { assessActions, type McuaMatrix, type McuaResult } from '../scoring/mcua';
import { scoreProblem } from './scale';

export const MCUA_ROUNDS_MAP = 'mcuaRounds';
export const MCUA_ROUND_SCORES_MAP = 'mcuaRoundScores';
/** Round 1 and at most this many further rounds. */
export const MAX_MCUA_ROUNDS = 10;
const SEPARATOR = ':';
const ID = /^[A-Za-z0-9_-]{1,200}$/;

export const mcuaRoundValue = z.strictObject({ actions: z.array(z.string().regex(ID)).min(2).max(200) });

export function mcuaRoundScoreKey(round: number, actionId: string, criterionId: string): string {
  return [round, actionId, criterionId].join(SEPARATOR);
}

/** The number of a further round (2 … MAX_MCUA_ROUNDS), or null. */
export function furtherRoundNumber(text: string): number | null {
  if (!/^[1-9][0-9]?$/.test(text)) return null;
  const round = Number(text);
  return round >= 2 && round <= MAX_MCUA_ROUNDS ? round : null;
}

export function parseMcuaRoundScoreKey(key: string): { round: number; actionId: string; criterionId: string } | null {
  const parts = key.split(SEPARATOR);
  if (parts.length !== 3) return null;
  const round = furtherRoundNumber(parts[0]);
  return round !== null && ID.test(parts[1]) && ID.test(parts[2]) ? { round, actionId: parts[1], criterionId: parts[2] } : null;
}

/** A stored further round: its actions and their scores (valid ones, on their criteria's scales). */
export interface McuaFurtherRound {
  number: number;
  matrix: McuaMatrix;
}

function entriesOf(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** The stored further rounds in number order, each a matrix of its actions (those that still exist). */
export function readMcuaRounds(snapshot: { rounds?: unknown; roundScores?: unknown }, matrix: McuaMatrix): McuaFurtherRound[] {
  const rounds: McuaFurtherRound[] = [];
  for (const [key, raw] of entriesOf(snapshot.rounds)) {
    const number = furtherRoundNumber(key);
    const parsed = mcuaRoundValue.safeParse(raw);
    if (number === null || !parsed.success) continue;
    const actions = matrix.actions.filter((action) => parsed.data.actions.includes(action.id));
    rounds.push({ number, matrix: { criteria: matrix.criteria, actions, scores: Object.fromEntries(actions.map((action) => [action.id, {}])) } });
  }
  rounds.sort((a, b) => a.number - b.number);
  const byNumber = new Map(rounds.map((round) => [round.number, round]));
  const criteria = new Map(matrix.criteria.map((c) => [c.id, c]));
  for (const [key, value] of entriesOf(snapshot.roundScores)) {
    const parsed = parseMcuaRoundScoreKey(key);
    const criterion = parsed ? criteria.get(parsed.criterionId) : undefined;
    const scores = parsed ? (byNumber.get(parsed.round)?.matrix.scores as Record<string, Record<string, number>> | undefined) : undefined;
    if (!parsed || !criterion || !scores?.[parsed.actionId]) continue;
    if (scoreProblem(value, criterion.scale ?? { min: 0, max: 100 }) === null) scores[parsed.actionId][parsed.criterionId] = value as number;
  }
  return rounds;
}

export type McuaRoundState =
  | { kind: 'decided'; round: number; top: string }
  /** The top of the last round is shared; `nextRound` null when no further round is allowed. */
  | { kind: 'tied'; round: number; tied: string[]; nextRound: number | null }
  /** A further round is being scored (some of its cells are still empty). */
  | { kind: 'round-open'; round: number };

export interface McuaRoundEntry {
  id: string;
  label: string;
  rank: number;
  /** totals[0]: the utility in round 1; totals[1]: in round 2, for the actions re-scored there … */
  totals: number[];
}

export interface McuaRoundsAssessment {
  /** Round 1 (every action, overall), then each further round that still applies. */
  rounds: { number: number; matrix: McuaMatrix; result: McuaResult }[];
  /** Stored further rounds that no longer follow from the round before. */
  staleRounds: number[];
  state: McuaRoundState;
  /** Every action best first: round 1's order, each tied top block re-ordered by the next round. */
  order: McuaRoundEntry[];
  /** Cells without a valid score in the rounds that apply. */
  missing: number;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * The overall MCUA result with its further rounds. The sheet must be rankable (criteria with
 * weight, actions: see `assessSheet`).
 */
export function assessMcuaRounds(matrix: McuaMatrix, further: readonly McuaFurtherRound[]): McuaRoundsAssessment {
  const rounds = [{ number: 1, matrix, result: assessActions(matrix) }];
  const staleRounds: number[] = [];
  for (const round of further) {
    const previous = rounds[rounds.length - 1];
    const follows = staleRounds.length === 0 && round.number === previous.number + 1 && sameMembers(round.matrix.actions.map((a) => a.id), previous.result.tiedForTop);
    if (follows) rounds.push({ ...round, result: assessActions(round.matrix) });
    else staleRounds.push(round.number);
  }
  const last = rounds[rounds.length - 1];
  let state: McuaRoundState;
  if (last.number > 1 && last.result.missing.length > 0) state = { kind: 'round-open', round: last.number };
  else if (last.result.top !== null) state = { kind: 'decided', round: last.number, top: last.result.top };
  else state = { kind: 'tied', round: last.number, tied: last.result.tiedForTop, nextRound: last.number < MAX_MCUA_ROUNDS ? last.number + 1 : null };

  const labelOf = new Map(matrix.actions.map((action) => [action.id, action.label]));
  let order: McuaRoundEntry[] = rounds[0].result.ranked.map((entry) => ({ id: entry.item, label: labelOf.get(entry.item) ?? entry.item, rank: entry.rank, totals: [entry.total] }));
  for (const round of rounds.slice(1)) {
    // A further round's actions are exactly the top block (rank 1) of the order so far, so its own
    // ranks are their ranks overall, and the actions below keep theirs.
    const previous = new Map(order.map((entry) => [entry.id, entry]));
    const block = round.result.ranked.map((entry) => ({ ...previous.get(entry.item)!, rank: entry.rank, totals: [...previous.get(entry.item)!.totals, entry.total] }));
    const inBlock = new Set(block.map((entry) => entry.id));
    order = [...block, ...order.filter((entry) => !inBlock.has(entry.id))];
  }
  return { rounds, staleRounds, state, order, missing: rounds.reduce((sum, round) => sum + round.result.missing.length, 0) };
}
