/**
 * The edits a person makes to 2.1's ranking matrix, as Y.Doc writes in the layout of
 * `lib/worksheets/rankingSheet.ts`: one key per cell, plain values, so concurrent edits of
 * different cells never conflict. Each goes through `edit`, so the person's Undo takes it back.
 */
import type * as Y from 'yjs';
import { edit } from './localEdits';
import { DEFAULT_SCALE, readScale, sameScale, scoreInput, type Scale, type ScoreInput } from '@/lib/worksheets/scale';
import {
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
  edit(ydoc, () => ydoc.getMap<RankingCriterionValue>(RANKING_MAP.criteria).set(newId(), { label: label.trim(), order: nextOrder() }), { step: true });
}

export function addIssue(ydoc: Y.Doc, label: string): void {
  edit(ydoc, () => ydoc.getMap<RankingIssueValue>(RANKING_MAP.issues).set(newId(), { label: label.trim(), order: nextOrder() }), { step: true });
}

/** A new name for a criterion or an issue; its order and source stay. An empty name is ignored. */
export function rename(ydoc: Y.Doc, part: 'criteria' | 'issues', id: string, label: string): void {
  const map = ydoc.getMap<RankingCriterionValue | RankingIssueValue>(RANKING_MAP[part]);
  const current = map.get(id);
  if (!current || !label.trim() || label.trim() === current.label) return;
  edit(ydoc, () => map.set(id, { ...current, label: label.trim() }), { step: true });
}

/** Removes a criterion with every score given on it; one Undo brings back both. */
export function removeCriterion(ydoc: Y.Doc, id: string): void {
  edit(
    ydoc,
    () => {
      ydoc.getMap(RANKING_MAP.criteria).delete(id);
      deleteScores(ydoc, (_round, _issue, criterionId) => criterionId === id);
    },
    { step: true },
  );
}

/** Removes an issue with every score it was given; one Undo brings back both. */
export function removeIssue(ydoc: Y.Doc, id: string): void {
  edit(
    ydoc,
    () => {
      ydoc.getMap(RANKING_MAP.issues).delete(id);
      deleteScores(ydoc, (_round, issueId) => issueId === id);
    },
    { step: true },
  );
}

/** The scale a criterion is scored on in this sheet (1 to 5 unless the facilitator set another). */
export function scaleOfCriterion(ydoc: Y.Doc, criterionId: string): Scale {
  return readScale(ydoc.getMap(RANKING_MAP.scales).get(criterionId));
}

/**
 * Writes what was typed into a score cell: a score on the criterion's scale, or nothing for an
 * emptied cell. A word or a number outside the scale writes nothing (the cell keeps its score
 * and says why); the answer says what happened.
 */
export function setScore(ydoc: Y.Doc, round: number, issueId: string, criterionId: string, text: string): ScoreInput {
  const input = scoreInput(text, scaleOfCriterion(ydoc, criterionId));
  if (!input.ok) return input;
  const scores = ydoc.getMap(RANKING_MAP.scores);
  edit(ydoc, () => {
    if (input.value === null) scores.delete(rankingScoreKey(round, issueId, criterionId));
    else scores.set(rankingScoreKey(round, issueId, criterionId), input.value);
  });
  return input;
}

/** The facilitator sets the scale a criterion is scored on (scores outside it then stop counting). */
export function setScale(ydoc: Y.Doc, criterionId: string, scale: Scale): void {
  const scales = ydoc.getMap(RANKING_MAP.scales);
  if (sameScale(readScale(scales.get(criterionId)), scale) && (scales.has(criterionId) || sameScale(scale, DEFAULT_SCALE))) return;
  edit(ydoc, () => scales.set(criterionId, { min: scale.min, max: scale.max }), { step: true });
}

/**
 * Starts round `round` for the issues tied at the top of the round before. A round of that number
 * or later left over from before (set aside because a score changed) is removed with its scores,
 * so the new round starts empty.
 */
export function startFurtherRound(ydoc: Y.Doc, round: number, tied: readonly string[]): void {
  if (round < 2 || round > MAX_ROUNDS || tied.length < 2) return;
  edit(
    ydoc,
    () => {
      const rounds = ydoc.getMap<RankingRoundValue>(RANKING_MAP.rounds);
      for (const key of [...rounds.keys()]) if (Number(key) >= round) rounds.delete(key);
      deleteScores(ydoc, (scoreRound) => scoreRound >= round);
      rounds.set(String(round), { issues: [...tied] });
    },
    { step: true },
  );
}
