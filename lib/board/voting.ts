/**
 * Dot voting, as on paper: the facilitator hands everyone N dots, each person sticks them on the
 * cards they favour (at most one dot per card here: a second tap takes it back), the tallies stay
 * hidden until the facilitator reveals them.
 *
 * In the board's Yjs document:
 * - `meta.vote` ({@link VoteState}): the current vote, written by the facilitator's client;
 * - Y.Map `votes`, `<voteId>:<userId>` → card ids: one entry per person, so two people placing
 *   dots at the same moment never overwrite each other.
 *
 * Every rule here reads values any peer may have written, so each one is checked, not trusted.
 */

/** Key of the current vote in the board's `meta` map (facilitator-only, see docMeta.ts). */
export { META_VOTE } from './docMeta';
/** Y.Map of each person's dots, keyed by {@link voteEntryKey}. */
export const VOTES_MAP = 'votes';

/** open: dots may be placed; revealed: placing stopped, totals shown; closed: the vote is over. */
export const VOTE_PHASES = ['open', 'revealed', 'closed'] as const;
export type VotePhase = (typeof VOTE_PHASES)[number];

/** Most dots a facilitator may hand out per person. */
export const MAX_DOTS_PER_PERSON = 10;

export interface VoteState {
  /** Fresh for every vote, so an old vote's dots never count in the next one. */
  id: string;
  phase: VotePhase;
  dotsPerPerson: number;
  /** When the facilitator started it, in ms since the epoch. */
  startedAt: number;
}

/** The votes map as JSON (`ydoc.getMap('votes').toJSON()`). */
export type VotesJson = Readonly<Record<string, unknown>>;

/** Reads `meta.vote`; null when there is none or it is not a well-formed vote. */
export function readVoteState(value: unknown): VoteState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '' || v.id.includes(':')) return null;
  if (!(VOTE_PHASES as readonly unknown[]).includes(v.phase)) return null;
  if (!isDotCount(v.dotsPerPerson)) return null;
  const startedAt = typeof v.startedAt === 'number' && Number.isFinite(v.startedAt) ? v.startedAt : 0;
  return { id: v.id, phase: v.phase as VotePhase, dotsPerPerson: v.dotsPerPerson, startedAt };
}

export function isDotCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DOTS_PER_PERSON;
}

/** A new open vote. */
export function startVote(id: string, dotsPerPerson: number, now: number): VoteState {
  if (!isDotCount(dotsPerPerson)) throw new RangeError(`dots per person must be 1–${MAX_DOTS_PER_PERSON}, got ${dotsPerPerson}`);
  if (id === '' || id.includes(':')) throw new RangeError(`a vote id must be non-empty and without ':', got "${id}"`);
  return { id, phase: 'open', dotsPerPerson, startedAt: now };
}

/** Moves a vote on; a phase never goes back (a revealed tally cannot be hidden again). */
export function advanceVote(vote: VoteState, phase: 'revealed' | 'closed'): VoteState {
  if (VOTE_PHASES.indexOf(phase) <= VOTE_PHASES.indexOf(vote.phase)) return vote;
  return { ...vote, phase };
}

export function voteEntryKey(voteId: string, userId: string): string {
  return `${voteId}:${userId}`;
}

/** Whose dots an entry of the votes map holds (the user id after the vote id); null for a malformed key. */
export function voteEntryOwner(key: string): string | null {
  const colon = key.indexOf(':');
  return colon > 0 && colon < key.length - 1 ? key.slice(colon + 1) : null;
}

/**
 * The dots that count for one entry: card ids only, each once, only cards that exist, and no more
 * than the vote allows (the first ones placed win if a peer wrote more).
 */
export function validDots(entry: unknown, vote: VoteState, cardIds: ReadonlySet<string>): string[] {
  if (!Array.isArray(entry)) return [];
  const dots: string[] = [];
  for (const cardId of entry) {
    if (dots.length >= vote.dotsPerPerson) break;
    if (typeof cardId === 'string' && cardIds.has(cardId) && !dots.includes(cardId)) dots.push(cardId);
  }
  return dots;
}

/** One person's counted dots in this vote. */
export function dotsOf(votes: VotesJson, vote: VoteState, userId: string, cardIds: ReadonlySet<string>): string[] {
  return validDots(votes[voteEntryKey(vote.id, userId)], vote, cardIds);
}

export function remainingDots(vote: VoteState, myDots: readonly string[]): number {
  return Math.max(0, vote.dotsPerPerson - myDots.length);
}

export type ToggleResult =
  | { ok: true; dots: string[] }
  | { ok: false; reason: 'vote-not-open' | 'no-dots-left' | 'unknown-card' };

/** A tap on a card: takes my dot back if it is there, else places one if I have one left. */
export function toggleDot(vote: VoteState, myDots: readonly string[], cardId: string, cardIds: ReadonlySet<string>): ToggleResult {
  if (vote.phase !== 'open') return { ok: false, reason: 'vote-not-open' };
  if (myDots.includes(cardId)) return { ok: true, dots: myDots.filter((id) => id !== cardId) };
  if (!cardIds.has(cardId)) return { ok: false, reason: 'unknown-card' };
  if (remainingDots(vote, myDots) === 0) return { ok: false, reason: 'no-dots-left' };
  return { ok: true, dots: [...myDots, cardId] };
}

export interface VoteTally {
  /** Dots per card id; every existing card is present, with 0 when it got none. */
  perCard: Record<string, number>;
  /** People who placed at least one counted dot. */
  voters: number;
}

/** Counts the current vote's valid dots; entries of other votes are ignored. */
export function tallyVotes(votes: VotesJson, vote: VoteState, cardIds: ReadonlySet<string>): VoteTally {
  const perCard: Record<string, number> = {};
  for (const id of cardIds) perCard[id] = 0;
  let voters = 0;
  const prefix = `${vote.id}:`;
  for (const [key, entry] of Object.entries(votes)) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const dots = validDots(entry, vote, cardIds);
    if (dots.length > 0) voters += 1;
    for (const cardId of dots) perCard[cardId] += 1;
  }
  return { perCard, voters };
}

/** Why a ballot (a private space's `ballots` entry: vote id → card ids) is not well formed, or null. */
export function ballotProblem(voteId: string, value: unknown): string | null {
  if (voteId === '' || voteId.includes(':') || voteId.length > 100) return `ballot key ${voteId.slice(0, 40)} is not a vote id`;
  if (!Array.isArray(value) || value.length > MAX_DOTS_PER_PERSON) return `ballot ${voteId} is not a list of at most ${MAX_DOTS_PER_PERSON} cards`;
  if (!value.every((cardId) => typeof cardId === 'string' && cardId.length > 0 && cardId.length <= 100)) return `ballot ${voteId} names something other than cards`;
  return null;
}
