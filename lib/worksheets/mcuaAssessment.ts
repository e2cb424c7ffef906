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

/**
 * "If the weight of *criterion* falls from *from* % to below *to* % of all weight (more than
 * *points* percentage points), *action* overtakes": weights as the plenary reads them, shares of
 * the whole, and the change in percentage points (not relative to the weight itself).
 */
export interface SensitivityPhrase {
  criterion: string;
  direction: 'down' | 'up';
  /** The criterion's share of all weight now and at the turning point, in percent, one decimal. */
  fromPercent: number;
  toPercent: number;
  /** The difference, in percentage points, one decimal. */
  points: number;
  /** The raw weight now and at the turning point, one decimal. */
  weightFrom: number;
  weightTo: number;
  overtakenBy: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The sensitivity of a result in the words the plenary uses, both directions, most sensitive first. */
export function describeSensitivity(matrix: McuaMatrix, result: McuaResult): SensitivityPhrase[] {
  const criterion = new Map(matrix.criteria.map((c) => [c.id, c]));
  const actionLabel = new Map(matrix.actions.map((a) => [a.id, a.label]));
  return result.sensitivity.map((change) => {
    const weight = criterion.get(change.criterionId)?.weight ?? 0;
    return {
      criterion: criterion.get(change.criterionId)?.label ?? change.criterionId,
      direction: change.delta < 0 ? 'down' : 'up',
      fromPercent: round1(change.shareBefore * 100),
      toPercent: round1(change.shareAfter * 100),
      points: round1(Math.abs(change.shareAfter - change.shareBefore) * 100),
      weightFrom: round1(weight),
      weightTo: round1(Math.max(0, weight + change.delta)),
      overtakenBy: actionLabel.get(change.overtakenBy) ?? change.overtakenBy,
    };
  });
}
