/**
 * The edits a person makes to an MCUA sheet, as Y.Doc writes in the layout of
 * `lib/worksheets/mcuaSheet.ts`: one key per cell, plain values, so concurrent edits of
 * different cells never conflict.
 */
import type * as Y from 'yjs';
import { MAX_SCORE, MAX_WEIGHT, scoreKey, type ActionValue, type CriterionValue } from '@/lib/worksheets/mcuaSheet';
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
  ydoc.transact(() => {
    ydoc.getMap<CriterionValue>('criteria').set(id, { label: label.trim(), order: nextOrder() });
    setWeight(ydoc, id, weight);
  });
}

export function addAction(ydoc: Y.Doc, label: string, aspect: McuaAspect): void {
  const value: ActionValue = { label: label.trim(), aspect, order: nextOrder() };
  ydoc.getMap<ActionValue>('actions').set(newId(), value);
}

export function removeCriterion(ydoc: Y.Doc, id: string): void {
  ydoc.transact(() => {
    ydoc.getMap('criteria').delete(id);
    ydoc.getMap('weights').delete(id);
  });
}

export function removeAction(ydoc: Y.Doc, id: string): void {
  ydoc.getMap('actions').delete(id);
}

/** An empty or unreadable entry clears the value rather than storing NaN. */
function parseNumber(text: string, max: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= max ? value : null;
}

export function setWeight(ydoc: Y.Doc, criterionId: string, weight: number | string): void {
  const value = typeof weight === 'number' ? weight : parseNumber(weight, MAX_WEIGHT);
  if (value === null) ydoc.getMap('weights').delete(criterionId);
  else ydoc.getMap('weights').set(criterionId, value);
}

export function setScore(ydoc: Y.Doc, actionId: string, criterionId: string, text: string): void {
  const value = parseNumber(text, MAX_SCORE);
  const scores = ydoc.getMap('scores');
  if (value === null) scores.delete(scoreKey(actionId, criterionId));
  else scores.set(scoreKey(actionId, criterionId), value);
}
