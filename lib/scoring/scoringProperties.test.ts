/**
 * Invariants of the scoring, checked on many seeded random matrices (a failure names its seed, so
 * it can be replayed): what the plenary does to weights or scores that should not change who wins
 * must not change the ranking, and totals and shared ranks must be what the method defines.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom';
import { assessActions, MCUA_ASPECTS, type McuaMatrix } from './mcua';
import { rankByTotal, type Ranked } from './ranking';
import { rankIssues, type RankingMatrix } from './rankingMatrix';

const CASES = 200;

function integer(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

function randomMcua(next: () => number): McuaMatrix {
  const criteria = Array.from({ length: integer(next, 1, 5) }, (_, i) => ({ id: `c${i}`, label: `c${i}`, weight: integer(next, 0, 50) }));
  if (criteria.every((c) => c.weight === 0)) criteria[0].weight = 1;
  const actions = Array.from({ length: integer(next, 1, 8) }, (_, i) => ({ id: `a${i}`, label: `a${i}`, aspect: MCUA_ASPECTS[integer(next, 0, 2)] }));
  // Scores 1–5 as the plenary gives them; small ranges make ties common, which is the point.
  const scores = Object.fromEntries(actions.map((a) => [a.id, Object.fromEntries(criteria.map((c) => [c.id, integer(next, 1, 5)]))]));
  return { criteria, actions, scores };
}

function randomRanking(next: () => number): RankingMatrix {
  const criteria = Array.from({ length: integer(next, 1, 4) }, (_, i) => ({ id: `k${i}`, label: `k${i}` }));
  const issues = Array.from({ length: integer(next, 1, 10) }, (_, i) => ({ id: `i${i}`, label: `i${i}` }));
  const scores = Object.fromEntries(issues.map((issue) => [issue.id, Object.fromEntries(criteria.map((c) => [c.id, integer(next, 0, 5)]))]));
  return { issues, criteria, scores };
}

/** Who is where, and with which rank: what the plenary reads off a ranking. */
const order = (ranked: readonly Ranked<string>[]) => ranked.map((entry) => [entry.item, entry.rank]);

/** Competition ranking: equal totals share a rank, which is one more than the number of better totals. */
function expectSharedRanks(ranked: readonly Ranked<string>[], seed: number) {
  for (const entry of ranked) {
    const better = ranked.filter((other) => other.total > entry.total + 1e-9).length;
    expect(entry.rank, `seed ${seed}: ${entry.item}`).toBe(better + 1);
  }
}

function forEachSeed(check: (next: () => number, seed: number) => void) {
  for (let seed = 1; seed <= CASES; seed++) check(seededRandom(seed), seed);
}

describe('MCUA invariants (4.7)', () => {
  it('ranks the same when every weight is multiplied by the same positive number', () => {
    forEachSeed((next, seed) => {
      const matrix = randomMcua(next);
      const factor = 0.01 + next() * 100;
      const scaled = { ...matrix, criteria: matrix.criteria.map((c) => ({ ...c, weight: c.weight * factor })) };
      expect(order(assessActions(scaled).ranked), `seed ${seed}, factor ${factor}`).toEqual(order(assessActions(matrix).ranked));
    });
  });

  it('ranks the same when every action gets the same extra score on one criterion', () => {
    forEachSeed((next, seed) => {
      const matrix = randomMcua(next);
      const criterion = matrix.criteria[integer(next, 0, matrix.criteria.length - 1)].id;
      const extra = integer(next, 1, 10);
      const shifted = {
        ...matrix,
        scores: Object.fromEntries(Object.entries(matrix.scores).map(([id, row]) => [id, { ...row, [criterion]: row[criterion] + extra }])),
      };
      expect(order(assessActions(shifted).ranked), `seed ${seed}`).toEqual(order(assessActions(matrix).ranked));
    });
  });

  it('gives actions with equal utility the same rank, per aspect group and overall', () => {
    forEachSeed((next, seed) => {
      const matrix = randomMcua(next);
      expectSharedRanks(assessActions(matrix).ranked, seed);
      for (const aspect of MCUA_ASPECTS) expectSharedRanks(assessActions(matrix, aspect).ranked, seed);
    });
  });
});

describe('ranking matrix invariants (2.1)', () => {
  it('totals each issue as the sum of its row of scores', () => {
    forEachSeed((next, seed) => {
      const matrix = randomRanking(next);
      for (const entry of rankIssues(matrix).ranked) {
        const row = Object.values(matrix.scores[entry.item]);
        expect(entry.total, `seed ${seed}: ${entry.item}`).toBe(row.reduce((sum, score) => sum + score, 0));
      }
    });
  });

  it('gives issues with equal totals the same rank, and names a main issue only when one leads alone', () => {
    forEachSeed((next, seed) => {
      const result = rankIssues(randomRanking(next));
      expectSharedRanks(result.ranked, seed);
      const leaders = result.ranked.filter((entry) => entry.rank === 1);
      if (result.mainIssue !== null) expect(leaders.map((entry) => entry.item), `seed ${seed}`).toEqual([result.mainIssue]);
      const nothingScored = result.ranked.every((entry) => entry.total === 0);
      if (leaders.length > 1 && !nothingScored) expect(result.tiedForTop, `seed ${seed}`).toEqual(leaders.map((entry) => entry.item));
    });
  });

  it('ranks the same when every issue gets the same extra score on one criterion', () => {
    forEachSeed((next, seed) => {
      const matrix = randomRanking(next);
      const criterion = matrix.criteria[integer(next, 0, matrix.criteria.length - 1)].id;
      const shifted = { ...matrix, scores: Object.fromEntries(Object.entries(matrix.scores).map(([id, row]) => [id, { ...row, [criterion]: row[criterion] + 3 }])) };
      expect(order(rankIssues(shifted).ranked), `seed ${seed}`).toEqual(order(rankIssues(matrix).ranked));
    });
  });
});

describe('shared ranks', () => {
  it('follow competition ranking for any totals, ties included (1, 2, 2, 4)', () => {
    expect(rankByTotal(['a', 'b', 'c', 'd'], (id) => ({ a: 9, b: 7, c: 7, d: 3 })[id]!).map((entry) => entry.rank)).toEqual([1, 2, 2, 4]);
    forEachSeed((next, seed) => {
      const totals = Array.from({ length: integer(next, 1, 12) }, () => integer(next, 0, 6) / 2);
      expectSharedRanks(
        rankByTotal(
          totals.map((_, i) => `t${i}`),
          (id) => totals[Number(id.slice(1))],
        ),
        seed,
      );
    });
  });
});
