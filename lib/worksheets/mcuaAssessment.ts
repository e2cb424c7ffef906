/**
 * What the worksheet shows under the grid: the MCUA ranking per aspect group and overall, with
 * ties and sensitivity phrased for the plenary. Pure; the screen only formats the values.
 */
import { assessByAspect, MCUA_ASPECTS, type McuaAspect, type McuaMatrix, type McuaResult } from '../scoring/mcua';

export const ASSESSMENT_GROUPS = ['overall', ...MCUA_ASPECTS] as const;
export type AssessmentGroup = (typeof ASSESSMENT_GROUPS)[number];

export type McuaAssessment = { ok: true; byGroup: Record<McuaAspect | 'overall', McuaResult> } | { ok: false; reason: 'no-criteria' | 'no-weight' | 'no-actions' };

/** Ranks the sheet, or says why it cannot yet (an empty sheet is normal while it is being filled). */
export function assessSheet(matrix: McuaMatrix): McuaAssessment {
  if (matrix.criteria.length === 0) return { ok: false, reason: 'no-criteria' };
  if (matrix.criteria.every((c) => c.weight === 0)) return { ok: false, reason: 'no-weight' };
  if (matrix.actions.length === 0) return { ok: false, reason: 'no-actions' };
  return { ok: true, byGroup: assessByAspect(matrix) };
}

/** "The weight of *criterion* must go down by *amount* (*percent* %) before *action* overtakes." */
export interface SensitivityPhrase {
  criterion: string;
  direction: 'down' | 'up';
  /** Raw weight points, rounded to one decimal. */
  amount: number;
  /** Share of the criterion's current weight, whole percent; null when the weight is 0. */
  percent: number | null;
  overtakenBy: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The sensitivity of a result in the words the plenary uses, most sensitive first. */
export function describeSensitivity(matrix: McuaMatrix, result: McuaResult): SensitivityPhrase[] {
  const criterionLabel = new Map(matrix.criteria.map((c) => [c.id, c.label]));
  const actionLabel = new Map(matrix.actions.map((a) => [a.id, a.label]));
  return result.sensitivity.map((change) => ({
    criterion: criterionLabel.get(change.criterionId) ?? change.criterionId,
    direction: change.delta < 0 ? 'down' : 'up',
    amount: round1(Math.abs(change.delta)),
    percent: Number.isFinite(change.relative) ? Math.round(change.relative * 100) : null,
    overtakenBy: actionLabel.get(change.overtakenBy) ?? change.overtakenBy,
  }));
}
