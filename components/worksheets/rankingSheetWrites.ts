/**
 * The edits a person makes to 2.1's ranking matrix, as Y.Doc writes in the layout of
 * `lib/worksheets/rankingSheet.ts`: one key per cell, plain values, so concurrent edits of
 * different cells never conflict.
 */
import type * as Y from 'yjs';
import {
  MAX_RANKING_SCORE,
  MAX_ROUNDS,
  RANKING_MAP,
  rankingScoreKey,
  type RankingCriterionValue,
  type RankingIssueValue,
  type RankingRoundValue,
} from '@/lib/worksheets/rankingSheet';

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/** Later additions sort after earlier ones (and after pre-filled issues) on every device; ids break equal times. */
function nextOrder(): number {
  return Date.now();
}

/** Deletes the score keys `keep` says no to; used when what they scored is gone. */
function deleteScores(ydoc: Y.Doc, drop: (round: number, issueId: string, criterionId: string) => boolean): void {
  const scores = ydoc.getMap(RANKING_MAP.scores);
  for (const key of [...scores.keys()]) {
    const [round, issueId, criterionId] = key.split(':');
    if (drop(Number(round), issueId, criterionId)) scores.delete(key);
  }
}

export function addCriterion(ydoc: Y.Doc, label: string): void {
  ydoc.getMap<RankingCriterionValue>(RANKING_MAP.criteria).set(newId(), { label: label.trim(), order: nextOrder() });
}

export function addIssue(ydoc: Y.Doc, label: string): void {
  ydoc.getMap<RankingIssueValue>(RANKING_MAP.issues).set(newId(), { label: label.trim(), order: nextOrder() });
}

/** A new name for a criterion or an issue; its order and source stay. An empty name is ignored. */
export function rename(ydoc: Y.Doc, part: 'criteria' | 'issues', id: string, label: string): void {
  const map = ydoc.getMap<RankingCriterionValue | RankingIssueValue>(RANKING_MAP[part]);
  const current = map.get(id);
  if (!current || !label.trim() || label.trim() === current.label) return;
  map.set(id, { ...current, label: label.trim() });
}

export function removeCriterion(ydoc: Y.Doc, id: string): void {
  ydoc.transact(() => {
    ydoc.getMap(RANKING_MAP.criteria).delete(id);
    deleteScores(ydoc, (_round, _issue, criterionId) => criterionId === id);
  });
}

export function removeIssue(ydoc: Y.Doc, id: string): void {
  ydoc.transact(() => {
    ydoc.getMap(RANKING_MAP.issues).delete(id);
    deleteScores(ydoc, (_round, issueId) => issueId === id);
  });
}

/** An empty or unreadable entry (a word, a negative number) clears the cell rather than storing NaN. */
export function parseScore(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= MAX_RANKING_SCORE ? value : null;
}

export function setScore(ydoc: Y.Doc, round: number, issueId: string, criterionId: string, text: string): void {
  const value = parseScore(text);
  const scores = ydoc.getMap(RANKING_MAP.scores);
  if (value === null) scores.delete(rankingScoreKey(round, issueId, criterionId));
  else scores.set(rankingScoreKey(round, issueId, criterionId), value);
}

/**
 * Starts round `round` for the issues tied at the top of the round before. A round of that number
 * or later left over from before (set aside because a score changed) is removed with its scores,
 * so the new round starts empty.
 */
export function startFurtherRound(ydoc: Y.Doc, round: number, tied: readonly string[]): void {
  if (round < 2 || round > MAX_ROUNDS || tied.length < 2) return;
  ydoc.transact(() => {
    const rounds = ydoc.getMap<RankingRoundValue>(RANKING_MAP.rounds);
    for (const key of [...rounds.keys()]) if (Number(key) >= round) rounds.delete(key);
    deleteScores(ydoc, (scoreRound) => scoreRound >= round);
    rounds.set(String(round), { issues: [...tied] });
  });
}
