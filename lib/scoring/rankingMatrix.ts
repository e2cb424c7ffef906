/**
 * Matriks Pemeringkatan (topic 2.1): candidate issues scored on criteria the plenary agreed (for
 * example urgency and breadth of benefit). Scores are summed per issue, the highest total is the
 * main issue, and issues tied at the top are scored again in a further round, among themselves.
 */
import { rankByTotal, tiedAtTop, type Ranked } from './ranking';

export interface RankingMatrix {
  issues: readonly { id: string; label: string }[];
  criteria: readonly { id: string; label: string }[];
  /** scores[issueId][criterionId]; a missing score counts as 0 and is reported as missing. */
  scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface RankingResult {
  ranked: Ranked<string>[];
  /** The main issue, or null while the top is tied (or nothing is scored). */
  mainIssue: string | null;
  /** Issues that need a further round (empty when the top is clear). */
  tiedForTop: string[];
  /** [issueId, criterionId] pairs without a score yet. */
  missing: [string, string][];
}

export function totalOf(matrix: RankingMatrix, issueId: string): number {
  return matrix.criteria.reduce((sum, criterion) => sum + (matrix.scores[issueId]?.[criterion.id] ?? 0), 0);
}

export function rankIssues(matrix: RankingMatrix): RankingResult {
  const ranked = rankByTotal(
    matrix.issues.map((issue) => issue.id),
    (id) => totalOf(matrix, id),
  );
  const missing: [string, string][] = [];
  for (const issue of matrix.issues) {
    for (const criterion of matrix.criteria) if (matrix.scores[issue.id]?.[criterion.id] === undefined) missing.push([issue.id, criterion.id]);
  }
  const top = tiedAtTop(ranked);
  const nothingScored = ranked.every((entry) => entry.total === 0);
  return {
    ranked,
    mainIssue: top.length === 1 && !nothingScored ? top[0] : null,
    tiedForTop: top.length > 1 && !nothingScored ? top : [],
    missing,
  };
}

/**
 * The further round for a tie at the top: only the tied issues, scored again on the same criteria.
 * Returns the matrix for that round, ready to be filled.
 */
export function furtherRound(matrix: RankingMatrix, tied: readonly string[]): RankingMatrix {
  return { issues: matrix.issues.filter((issue) => tied.includes(issue.id)), criteria: matrix.criteria, scores: {} };
}
