/**
 * The edits a person makes to an MCUA sheet, as Y.Doc writes in the layout of
 * `lib/worksheets/mcuaSheet.ts`: one key per cell, plain values, so concurrent edits of
 * different cells never conflict. Each goes through `edit`, so the person's Undo takes it back.
 */
import type * as Y from 'yjs';
import { edit } from './localEdits';
import { MAX_MCUA_ROUNDS, MCUA_ROUND_SCORES_MAP, MCUA_ROUNDS_MAP, mcuaRoundScoreKey, parseMcuaRoundScoreKey } from '@/lib/worksheets/mcuaRounds';
import { MAX_WEIGHT, scoreKey, type ActionValue, type CriterionValue } from '@/lib/worksheets/mcuaSheet';
import { DEFAULT_SCALE, parseDecimal, readScale, sameScale, scoreInput, type Scale, type ScoreInput } from '@/lib/worksheets/scale';
import type { McuaAspect } from '@/lib/scoring/mcua';

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/** Later additions sort after earlier ones on every device; ids break equal times. */
function nextOrder(): number {
  return Date.now();
}

export function addCriterion(ydoc: Y.Doc, label: string, weight: number): void {
  const id = newId();
  edit(
    ydoc,
    () => {
      ydoc.getMap<CriterionValue>('criteria').set(id, { label: label.trim(), order: nextOrder() });
      setWeight(ydoc, id, weight);
    },
    { step: true },
  );
}

export function addAction(ydoc: Y.Doc, label: string, aspect: McuaAspect): void {
  const value: ActionValue = { label: label.trim(), aspect, order: nextOrder() };
  edit(ydoc, () => ydoc.getMap<ActionValue>('actions').set(newId(), value), { step: true });
}

/** Deletes the score keys, of round 1 and of further rounds, whose action and criterion `drop` says go with what is removed. */
function deleteScores(ydoc: Y.Doc, drop: (actionId: string, criterionId: string, round: number) => boolean): void {
  const scores = ydoc.getMap('scores');
  for (const key of [...scores.keys()]) {
    const at = key.indexOf(':');
    if (drop(key.slice(0, at), key.slice(at + 1), 1)) scores.delete(key);
  }
  const roundScores = ydoc.getMap(MCUA_ROUND_SCORES_MAP);
  for (const key of [...roundScores.keys()]) {
    const parsed = parseMcuaRoundScoreKey(key);
    if (parsed && drop(parsed.actionId, parsed.criterionId, parsed.round)) roundScores.delete(key);
  }
}

/** Removes a criterion with its weight and every score given on it; one Undo brings back all. */
export function removeCriterion(ydoc: Y.Doc, id: string): void {
  edit(
    ydoc,
    () => {
      ydoc.getMap('criteria').delete(id);
      ydoc.getMap('weights').delete(id);
      deleteScores(ydoc, (_action, criterionId) => criterionId === id);
    },
    { step: true },
  );
}

/** Removes an action with its scores; one Undo brings back both. */
export function removeAction(ydoc: Y.Doc, id: string): void {
  edit(
    ydoc,
    () => {
      ydoc.getMap('actions').delete(id);
      deleteScores(ydoc, (actionId) => actionId === id);
    },
    { step: true },
  );
}

export type WeightInput = { ok: true; value: number | null } | { ok: false; problem: 'notANumber' | 'outOfRange' };

/** What typing `text` into a weight cell writes: a weight (0 to MAX_WEIGHT points), null to clear it, or why nothing. */
export function weightInput(text: string): WeightInput {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseDecimal(text);
  if (value === null) return { ok: false, problem: 'notANumber' };
  return value < 0 || value > MAX_WEIGHT ? { ok: false, problem: 'outOfRange' } : { ok: true, value };
}

/** Writes a weight typed into its cell; a word or a weight out of range writes nothing, and the answer says why. */
export function setWeight(ydoc: Y.Doc, criterionId: string, weight: number | string): WeightInput {
  const input: WeightInput = typeof weight === 'number' ? { ok: true, value: weight } : weightInput(weight);
  if (!input.ok) return input;
  edit(ydoc, () => {
    if (input.value === null) ydoc.getMap('weights').delete(criterionId);
    else ydoc.getMap('weights').set(criterionId, input.value);
  });
  return input;
}

/** The scale a criterion is scored on in this sheet (1 to 5 unless the facilitator set another). */
export function scaleOfCriterion(ydoc: Y.Doc, criterionId: string): Scale {
  return readScale(ydoc.getMap('scales').get(criterionId));
}

/**
 * Writes what was typed into a score cell: a score on the criterion's scale, or nothing for an
 * emptied cell. A word or a number outside the scale writes nothing (the cell keeps its score and
 * says why); the answer says what happened.
 */
export function setScore(ydoc: Y.Doc, actionId: string, criterionId: string, text: string): ScoreInput {
  const input = scoreInput(text, scaleOfCriterion(ydoc, criterionId));
  if (!input.ok) return input;
  const scores = ydoc.getMap('scores');
  edit(ydoc, () => {
    if (input.value === null) scores.delete(scoreKey(actionId, criterionId));
    else scores.set(scoreKey(actionId, criterionId), input.value);
  });
  return input;
}

/** Writes a score of a further round, on the criterion's scale, as `setScore` does for round 1. */
export function setRoundScore(ydoc: Y.Doc, round: number, actionId: string, criterionId: string, text: string): ScoreInput {
  const input = scoreInput(text, scaleOfCriterion(ydoc, criterionId));
  if (!input.ok) return input;
  const scores = ydoc.getMap(MCUA_ROUND_SCORES_MAP);
  edit(ydoc, () => {
    if (input.value === null) scores.delete(mcuaRoundScoreKey(round, actionId, criterionId));
    else scores.set(mcuaRoundScoreKey(round, actionId, criterionId), input.value);
  });
  return input;
}

/**
 * Starts further round `round` for the actions tied at the top of the round before. A round of
 * that number or later left over from before (set aside because a score changed) goes, with its
 * scores, so the new round starts empty.
 */
export function startMcuaRound(ydoc: Y.Doc, round: number, tied: readonly string[]): void {
  if (round < 2 || round > MAX_MCUA_ROUNDS || tied.length < 2) return;
  edit(
    ydoc,
    () => {
      const rounds = ydoc.getMap(MCUA_ROUNDS_MAP);
      for (const key of [...rounds.keys()]) if (Number(key) >= round) rounds.delete(key);
      deleteScores(ydoc, (_action, _criterion, scoreRound) => scoreRound >= round);
      rounds.set(String(round), { actions: [...tied] });
    },
    { step: true },
  );
}

/** The facilitator sets the scale a criterion is scored on (scores outside it then stop counting). */
export function setScale(ydoc: Y.Doc, criterionId: string, scale: Scale): void {
  const scales = ydoc.getMap('scales');
  if (sameScale(readScale(scales.get(criterionId)), scale) && (scales.has(criterionId) || sameScale(scale, DEFAULT_SCALE))) return;
  edit(ydoc, () => scales.set(criterionId, { min: scale.min, max: scale.max }), { step: true });
}
