/**
 * What changed between two agreed versions of an MCUA output, for the plenary to see what an
 * amendment did: actions added, removed or changed, criteria re-weighted, and moves in rank.
 */
import type { McuaOutputData } from './agreedData';

export interface McuaVersionDiff {
  addedActions: string[];
  removedActions: string[];
  /** Same action id, different label or aspect. */
  changedActions: { label: string; previousLabel: string; aspectChanged: boolean }[];
  addedCriteria: string[];
  removedCriteria: string[];
  reweighted: { label: string; from: number; to: number }[];
  /** Actions whose overall rank moved (present in both versions), biggest climb first. */
  rankChanges: { label: string; from: number; to: number }[];
  /** Scores that differ, counted over actions and criteria present in both versions. */
  changedScores: number;
}

export function diffMcuaVersions(previous: McuaOutputData, next: McuaOutputData): McuaVersionDiff {
  const before = new Map(previous.matrix.actions.map((a) => [a.id, a]));
  const after = new Map(next.matrix.actions.map((a) => [a.id, a]));
  const criteriaBefore = new Map(previous.matrix.criteria.map((c) => [c.id, c]));
  const criteriaAfter = new Map(next.matrix.criteria.map((c) => [c.id, c]));
  const rankBefore = new Map(previous.ranking.overall.map((r) => [r.id, r.rank]));

  const changedActions = next.matrix.actions.flatMap((action) => {
    const old = before.get(action.id);
    if (!old || (old.label === action.label && old.aspect === action.aspect)) return [];
    return [{ label: action.label, previousLabel: old.label, aspectChanged: old.aspect !== action.aspect }];
  });
  const reweighted = next.matrix.criteria.flatMap((c) => {
    const old = criteriaBefore.get(c.id);
    return old && old.weight !== c.weight ? [{ label: c.label, from: old.weight, to: c.weight }] : [];
  });
  const rankChanges = next.ranking.overall
    .flatMap((r) => {
      const from = rankBefore.get(r.id);
      return from !== undefined && from !== r.rank ? [{ label: r.label, from, to: r.rank }] : [];
    })
    .sort((a, b) => b.from - b.to - (a.from - a.to));
  let changedScores = 0;
  for (const action of next.matrix.actions) {
    if (!before.has(action.id)) continue;
    for (const c of next.matrix.criteria) {
      if (criteriaBefore.has(c.id) && previous.matrix.scores[action.id]?.[c.id] !== next.matrix.scores[action.id]?.[c.id]) changedScores++;
    }
  }
  return {
    addedActions: next.matrix.actions.filter((a) => !before.has(a.id)).map((a) => a.label),
    removedActions: previous.matrix.actions.filter((a) => !after.has(a.id)).map((a) => a.label),
    changedActions,
    addedCriteria: next.matrix.criteria.filter((c) => !criteriaBefore.has(c.id)).map((c) => c.label),
    removedCriteria: previous.matrix.criteria.filter((c) => !criteriaAfter.has(c.id)).map((c) => c.label),
    reweighted,
    rankChanges,
    changedScores,
  };
}

/** True when the two versions agree on everything the diff looks at. */
export function isEmptyDiff(diff: McuaVersionDiff): boolean {
  return Object.values(diff).every((value) => (Array.isArray(value) ? value.length === 0 : value === 0));
}
