/**
 * MCUA, Multiple Criteria Utility Assessment (topic 4.7): every proposed action is scored on each
 * criterion; each criterion carries a weight; an action's utility is the weighted mean of its
 * scores, Σ wᶜ·sᶜ / Σ wᶜ, and actions are ranked by it. The method does this per aspect group
 * (technical, financial, management P3O) and overall; a tie at the top goes to a further round.
 * Sensitivity tells the plenary how far one weight must move before the top action changes.
 */
import { rankByTotal, tiedAtTop, TIE_TOLERANCE, type Ranked } from './ranking';

export const MCUA_ASPECTS = ['technical', 'financial', 'management'] as const;
export type McuaAspect = (typeof MCUA_ASPECTS)[number];

export interface McuaMatrix {
  /** `scale`: what each action is scored on for this criterion (absent in versions agreed before scales). */
  criteria: readonly { id: string; label: string; weight: number; scale?: { min: number; max: number } }[];
  actions: readonly { id: string; label: string; aspect: McuaAspect }[];
  /** scores[actionId][criterionId]; a missing score counts as 0 and is reported. */
  scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface WeightChange {
  criterionId: string;
  /** Change of the raw weight that makes `overtakenBy` equal the top action (negative: lower it). */
  delta: number;
  /** The same change as a share of the criterion's current weight (0.25 = 25 %); Infinity for a zero weight. */
  relative: number;
  /** The criterion's share of all weight now, and once changed by `delta` (0.35 = 35 %). */
  shareBefore: number;
  shareAfter: number;
  overtakenBy: string;
}

export interface McuaResult {
  ranked: Ranked<string>[];
  top: string | null;
  tiedForTop: string[];
  missing: [string, string][];
  /**
   * For each criterion, the smallest lowering and the smallest raising of its weight that changes
   * the top action (none where no change in that direction can), the least change of share first.
   */
  sensitivity: WeightChange[];
}

export class InvalidWeightsError extends Error {}

function assertWeights(matrix: McuaMatrix): number {
  if (matrix.criteria.some((c) => !Number.isFinite(c.weight) || c.weight < 0)) throw new InvalidWeightsError('weights must be zero or more');
  const total = matrix.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) throw new InvalidWeightsError('at least one criterion needs a weight above zero');
  return total;
}

function score(matrix: McuaMatrix, actionId: string, criterionId: string): number {
  return matrix.scores[actionId]?.[criterionId] ?? 0;
}

/** The weighted mean of an action's scores. */
export function utilityOf(matrix: McuaMatrix, actionId: string): number {
  const totalWeight = assertWeights(matrix);
  return matrix.criteria.reduce((sum, c) => sum + c.weight * score(matrix, actionId, c.id), 0) / totalWeight;
}

/** Ranks the actions (all, or one aspect group) by utility. */
export function assessActions(matrix: McuaMatrix, aspect?: McuaAspect): McuaResult {
  assertWeights(matrix);
  const actions = matrix.actions.filter((a) => aspect === undefined || a.aspect === aspect).map((a) => a.id);
  const ranked = rankByTotal(actions, (id) => utilityOf(matrix, id));
  const missing: [string, string][] = [];
  for (const id of actions) for (const c of matrix.criteria) if (matrix.scores[id]?.[c.id] === undefined) missing.push([id, c.id]);
  const topTied = tiedAtTop(ranked);
  const top = topTied.length === 1 ? topTied[0] : null;
  return { ranked, top, tiedForTop: topTied.length > 1 ? topTied : [], missing, sensitivity: top ? sensitivityOf(matrix, top, actions) : [] };
}

/** Per aspect group and overall, as the method's plenary sees them. */
export function assessByAspect(matrix: McuaMatrix): Record<McuaAspect | 'overall', McuaResult> {
  return {
    technical: assessActions(matrix, 'technical'),
    financial: assessActions(matrix, 'financial'),
    management: assessActions(matrix, 'management'),
    overall: assessActions(matrix),
  };
}

/**
 * With raw weights W and scores s, the top action t stays ahead of o while
 * N(o) = Σ Wⱼ (s_tⱼ − s_oⱼ) > 0. Changing one weight Wᶜ by Δ changes N by Δ·dᶜ with
 * dᶜ = s_tᶜ − s_oᶜ (the common denominator Σ W + Δ stays positive), so o draws level at
 * Δ = −N(o)/dᶜ, possible only if Wᶜ + Δ ≥ 0. Lowering the weight helps an o that scores lower
 * on the criterion (dᶜ > 0), raising it one that scores higher (dᶜ < 0): per direction, the
 * smallest such |Δ| over all o is the answer. A plenary reads weights as shares of the whole,
 * so each change also says the share before and after (Wᶜ/ΣW and (Wᶜ+Δ)/(ΣW+Δ)).
 */
function sensitivityOf(matrix: McuaMatrix, top: string, actions: readonly string[]): WeightChange[] {
  const totalWeight = matrix.criteria.reduce((sum, c) => sum + c.weight, 0);
  const changes: WeightChange[] = [];
  for (const criterion of matrix.criteria) {
    const best: { down: WeightChange | null; up: WeightChange | null } = { down: null, up: null };
    for (const other of actions) {
      if (other === top) continue;
      const lead = matrix.criteria.reduce((sum, c) => sum + c.weight * (score(matrix, top, c.id) - score(matrix, other, c.id)), 0);
      const d = score(matrix, top, criterion.id) - score(matrix, other, criterion.id);
      if (Math.abs(d) <= TIE_TOLERANCE || lead <= TIE_TOLERANCE) continue;
      const delta = -lead / d;
      if (criterion.weight + delta < -TIE_TOLERANCE) continue;
      const direction = delta < 0 ? 'down' : 'up';
      const current = best[direction];
      if (!current || Math.abs(delta) < Math.abs(current.delta)) {
        best[direction] = {
          criterionId: criterion.id,
          delta,
          relative: criterion.weight > 0 ? Math.abs(delta) / criterion.weight : Infinity,
          shareBefore: criterion.weight / totalWeight,
          shareAfter: Math.max(0, criterion.weight + delta) / (totalWeight + delta),
          overtakenBy: other,
        };
      }
    }
    for (const change of [best.down, best.up]) if (change) changes.push(change);
  }
  const points = (change: WeightChange) => Math.abs(change.shareAfter - change.shareBefore);
  return changes.sort((a, b) => points(a) - points(b));
}
