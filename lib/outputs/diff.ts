/**
 * What changed between two agreed versions of an output, for the plenary to see what an
 * amendment did. MCUA: actions added, removed or changed, criteria re-weighted, and moves in rank.
 * Ranking matrix (2.1): issues and criteria added, removed or renamed, scales, scores, ranks and
 * the main issue. Tables: rows added or removed, and the cells that changed in the rows kept.
 */
import type { TableForm, CellValue } from '../worksheets/tableForm';
import type { McuaOutputData, RankingOutputData, TableOutputData } from './agreedData';

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

/** One cell that differs between two versions of a table row; undefined: the cell was empty. */
export interface TableCellChange {
  column: string;
  from: CellValue | undefined;
  to: CellValue | undefined;
}

/** What an amendment did to an agreed table: rows by their label, and the cells that changed in kept rows. */
export interface TableVersionDiff {
  addedRows: string[];
  removedRows: string[];
  /** Rows present in both versions (same id) with at least one different cell, in the new version's order. */
  changedRows: { label: string; changes: TableCellChange[] }[];
}

/**
 * Compares two agreed versions of a table filled in the same form. Rows match by id (a row keeps
 * its id when its cells are edited), so a renamed indicator is one changed row, not a removal and
 * an addition. Computed columns are not compared: they follow from the cells.
 */
export function diffTableVersions(form: Pick<TableForm, 'labelColumn' | 'columns'>, previous: TableOutputData, next: TableOutputData): TableVersionDiff {
  const labelOf = (row: TableOutputData['rows'][number]) => String(row.cells[form.labelColumn] ?? row.id);
  const before = new Map(previous.rows.map((row) => [row.id, row]));
  const after = new Set(next.rows.map((row) => row.id));
  const changedRows = next.rows.flatMap((row) => {
    const old = before.get(row.id);
    if (!old) return [];
    const changes = form.columns.flatMap((column) => {
      const [from, to] = [old.cells[column.id], row.cells[column.id]];
      return from === to ? [] : [{ column: column.id, from, to }];
    });
    return changes.length > 0 ? [{ label: labelOf(row), changes }] : [];
  });
  return {
    addedRows: next.rows.filter((row) => !before.has(row.id)).map(labelOf),
    removedRows: previous.rows.filter((row) => !after.has(row.id)).map(labelOf),
    changedRows,
  };
}

export function isEmptyTableDiff(diff: TableVersionDiff): boolean {
  return diff.addedRows.length === 0 && diff.removedRows.length === 0 && diff.changedRows.length === 0;
}

/** What an amendment did to the ranking matrix of 2.1. */
export interface RankingVersionDiff {
  /** The main issue before and after, when it changed. */
  mainIssue: { from: string; to: string } | null;
  addedIssues: string[];
  removedIssues: string[];
  renamedIssues: { from: string; to: string }[];
  addedCriteria: string[];
  removedCriteria: string[];
  renamedCriteria: { from: string; to: string }[];
  /** Criteria whose scale changed ("1–5 → 1–10"). */
  rescaled: { label: string; from: string; to: string }[];
  /** Issues whose final rank moved (present in both versions), biggest climb first. */
  rankChanges: { label: string; from: number; to: number }[];
  /** Scores that differ, over issues, criteria and rounds present in both versions. */
  changedScores: number;
  /** The number of scoring rounds, when it changed. */
  rounds: { from: number; to: number } | null;
}

const scaleText = (scale: { min: number; max: number } | undefined) => (scale ? `${scale.min}–${scale.max}` : '1–5');

/** Compares two agreed versions of the ranking matrix; issues and criteria match by id. */
export function diffRankingVersions(previous: RankingOutputData, next: RankingOutputData): RankingVersionDiff {
  const renamed = <T extends { id: string; label: string }>(before: readonly T[], after: readonly T[]) => {
    const old = new Map(before.map((item) => [item.id, item]));
    return after.flatMap((item) => {
      const was = old.get(item.id);
      return was && was.label !== item.label ? [{ from: was.label, to: item.label }] : [];
    });
  };
  const added = <T extends { id: string; label: string }>(before: readonly T[], after: readonly T[]) => after.filter((item) => !before.some((b) => b.id === item.id)).map((item) => item.label);
  const criteriaBefore = new Map(previous.criteria.map((c) => [c.id, c]));
  const rescaled = next.criteria.flatMap((criterion) => {
    const was = criteriaBefore.get(criterion.id);
    return was && scaleText(was.scale) !== scaleText(criterion.scale) ? [{ label: criterion.label, from: scaleText(was.scale), to: scaleText(criterion.scale) }] : [];
  });
  const rankBefore = new Map(previous.ranking.map((entry) => [entry.id, entry.rank]));
  const rankChanges = next.ranking
    .flatMap((entry) => {
      const from = rankBefore.get(entry.id);
      return from !== undefined && from !== entry.rank ? [{ label: entry.label, from, to: entry.rank }] : [];
    })
    .sort((a, b) => b.from - b.to - (a.from - a.to));
  let changedScores = 0;
  const roundsBefore = new Map(previous.rounds.map((round) => [round.number, round]));
  for (const round of next.rounds) {
    const was = roundsBefore.get(round.number);
    if (!was) continue;
    for (const issue of round.issues) {
      if (!was.issues.includes(issue)) continue;
      for (const criterion of next.criteria) {
        if (criteriaBefore.has(criterion.id) && was.scores[issue]?.[criterion.id] !== round.scores[issue]?.[criterion.id]) changedScores++;
      }
    }
  }
  return {
    mainIssue: previous.mainIssue.id !== next.mainIssue.id ? { from: previous.mainIssue.label, to: next.mainIssue.label } : null,
    addedIssues: added(previous.issues, next.issues),
    removedIssues: added(next.issues, previous.issues),
    renamedIssues: renamed(previous.issues, next.issues),
    addedCriteria: added(previous.criteria, next.criteria),
    removedCriteria: added(next.criteria, previous.criteria),
    renamedCriteria: renamed(previous.criteria, next.criteria),
    rescaled,
    rankChanges,
    changedScores,
    rounds: previous.rounds.length !== next.rounds.length ? { from: previous.rounds.length, to: next.rounds.length } : null,
  };
}

export function isEmptyRankingDiff(diff: RankingVersionDiff): boolean {
  return Object.values(diff).every((value) => value === null || value === 0 || (Array.isArray(value) && value.length === 0));
}
