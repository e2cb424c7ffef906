import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { furtherRound, rankIssues, type RankingMatrix } from './rankingMatrix';

const criteria = [
  { id: 'urgensi', label: 'Tingkat urgensi' },
  { id: 'manfaat', label: 'Cakupan manfaat' },
  { id: 'kelayakan', label: 'Kelayakan' },
];

describe('the ranking matrix of topic 2.1', () => {
  it('sums each issue’s scores and names the highest as the main issue (worked by hand)', () => {
    // Hand calculation:
    //   kebocoran:  5 + 4 + 3 = 12
    //   kualitas:   4 + 5 + 4 = 13   <- highest
    //   tagihan:    3 + 3 + 5 = 11
    const matrix: RankingMatrix = {
      issues: [
        { id: 'kebocoran', label: 'Kebocoran air tinggi' },
        { id: 'kualitas', label: 'Kualitas air keruh' },
        { id: 'tagihan', label: 'Keluhan tagihan' },
      ],
      criteria,
      scores: {
        kebocoran: { urgensi: 5, manfaat: 4, kelayakan: 3 },
        kualitas: { urgensi: 4, manfaat: 5, kelayakan: 4 },
        tagihan: { urgensi: 3, manfaat: 3, kelayakan: 5 },
      },
    };
    const result = rankIssues(matrix);
    expect(result.ranked.map((r) => [r.item, r.total, r.rank])).toEqual([
      ['kualitas', 13, 1],
      ['kebocoran', 12, 2],
      ['tagihan', 11, 3],
    ]);
    expect(result.mainIssue).toBe('kualitas');
    expect(result.tiedForTop).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('flags a tie at the top, names no main issue, and re-scores only the tied issues', () => {
    // 4+4+4 = 12 and 5+5+2 = 12 tie; 3+3+3 = 9 is third.
    const matrix: RankingMatrix = {
      issues: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
      criteria,
      scores: { a: { urgensi: 4, manfaat: 4, kelayakan: 4 }, b: { urgensi: 5, manfaat: 5, kelayakan: 2 }, c: { urgensi: 3, manfaat: 3, kelayakan: 3 } },
    };
    const result = rankIssues(matrix);
    expect(result.ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(result.mainIssue).toBeNull();
    expect(result.tiedForTop).toEqual(['a', 'b']);

    const round2 = furtherRound(matrix, result.tiedForTop);
    expect(round2.issues.map((i) => i.id)).toEqual(['a', 'b']);
    const decided = rankIssues({ ...round2, scores: { a: { urgensi: 5, manfaat: 4, kelayakan: 4 }, b: { urgensi: 4, manfaat: 4, kelayakan: 4 } } });
    expect(decided.mainIssue).toBe('a');
  });

  it('reports the cells still without a score and names no main issue before anything is scored', () => {
    const matrix: RankingMatrix = { issues: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], criteria, scores: { x: { urgensi: 3 } } };
    const result = rankIssues(matrix);
    expect(result.missing).toHaveLength(5);
    expect(result.mainIssue).toBe('x');
    expect(rankIssues({ ...matrix, scores: {} }).mainIssue).toBeNull();
  });

  it('always ranks a higher total above a lower one, and equal totals equally (any scores)', () => {
    const score = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score, score), { minLength: 1, maxLength: 12 }), (rows) => {
        const matrix: RankingMatrix = {
          issues: rows.map((_, i) => ({ id: `i${i}`, label: `${i}` })),
          criteria,
          scores: Object.fromEntries(rows.map(([u, m, k], i) => [`i${i}`, { urgensi: u, manfaat: m, kelayakan: k }])),
        };
        const { ranked, mainIssue, tiedForTop } = rankIssues(matrix);
        for (const a of ranked) {
          for (const b of ranked) {
            if (a.total > b.total) expect(a.rank).toBeLessThan(b.rank);
            if (a.total === b.total) expect(a.rank).toBe(b.rank);
          }
        }
        expect(mainIssue === null || tiedForTop.length === 0).toBe(true);
      }),
    );
  });
});
