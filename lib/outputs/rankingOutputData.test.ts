import { describe, expect, it } from 'vitest';
import { rankingScoreKey, readRankingSheet, type RankingSheetSnapshot } from '../worksheets/rankingSheet';
import { itemsOf, leadingItems, parseAgreedData, rankingOutputData } from './agreedData';

/*
 * Worked example, by hand (scale 1-5, criteria Urgensi and Cakupan manfaat, scores summed):
 *
 *   Round 1               Urgensi  Cakupan  Total  Rank
 *   Kebocoran pipa           5        4        9     1
 *   Tagihan salah            4        5        9     1   ← tied with Kebocoran pipa
 *   Meter rusak              4        3        7     3
 *   Jam layanan loket        3        3        6     4
 *
 *   Round 2 (the two tied issues only)
 *   Kebocoran pipa           5        5       10     1   ← the main issue
 *   Tagihan salah            4        4        8     2
 *
 * Final order: Kebocoran pipa (9 → 10), Tagihan salah (9 → 8), Meter rusak (7), Jam layanan loket (6).
 */
const criteria = { urgensi: { label: 'Urgensi', order: 1 }, cakupan: { label: 'Cakupan manfaat', order: 2 } };
const issues = {
  bocor: { label: 'Kebocoran pipa', order: 1, source: 'plenary-doc#shape-a' },
  tagihan: { label: 'Tagihan salah', order: 2 },
  meter: { label: 'Meter rusak', order: 3 },
  loket: { label: 'Jam layanan loket', order: 4 },
};
const score = (round: number, issue: string, urgensi: number, cakupan: number) => ({ [rankingScoreKey(round, issue, 'urgensi')]: urgensi, [rankingScoreKey(round, issue, 'cakupan')]: cakupan });
const roundOneScores = { ...score(1, 'bocor', 5, 4), ...score(1, 'tagihan', 4, 5), ...score(1, 'meter', 4, 3), ...score(1, 'loket', 3, 3) };
const tiedSheet: RankingSheetSnapshot = { criteria, issues, scores: roundOneScores };
const decidedSheet: RankingSheetSnapshot = {
  criteria,
  issues,
  rounds: { '2': { issues: ['bocor', 'tagihan'] } },
  scores: { ...roundOneScores, ...score(2, 'bocor', 5, 5), ...score(2, 'tagihan', 4, 4) },
};

describe('the data of an agreed ranking matrix (2.1)', () => {
  it('refuses to agree while the top is tied, or while the further round has no scores yet', () => {
    expect(rankingOutputData(readRankingSheet(tiedSheet))).toEqual({ ok: false, reason: 'tied' });
    expect(rankingOutputData(readRankingSheet({ ...tiedSheet, rounds: { '2': { issues: ['bocor', 'tagihan'] } } }))).toEqual({ ok: false, reason: 'round-open' });
  });

  it('refuses to agree while a cell has no score, or one off its criterion’s scale: a blank is no 0', () => {
    const { [rankingScoreKey(1, 'loket', 'cakupan')]: _blank, ...withBlank } = decidedSheet.scores as Record<string, number>;
    expect(rankingOutputData(readRankingSheet({ ...decidedSheet, scores: withBlank }))).toEqual({ ok: false, reason: 'missing-scores' });
    expect(rankingOutputData(readRankingSheet({ ...decidedSheet, scales: { cakupan: { min: 1, max: 3 } } }))).toEqual({ ok: false, reason: 'missing-scores' });
    expect(rankingOutputData(readRankingSheet({ criteria }))).toEqual({ ok: false, reason: 'no-issues' });
  });

  it('records the worked example: the main issue, the final order with each round’s totals, and every round’s scores', () => {
    const out = rankingOutputData(readRankingSheet(decidedSheet));
    if (!out.ok) throw new Error(out.reason);
    expect(out.data.mainIssue).toEqual({ id: 'bocor', label: 'Kebocoran pipa' });
    expect(out.data.ranking.map((entry) => [entry.label, entry.rank, entry.totals])).toEqual([
      ['Kebocoran pipa', 1, [9, 10]],
      ['Tagihan salah', 2, [9, 8]],
      ['Meter rusak', 3, [7]],
      ['Jam layanan loket', 4, [6]],
    ]);
    expect(out.data.rounds.map((round) => [round.number, round.issues])).toEqual([
      [1, ['bocor', 'tagihan', 'meter', 'loket']],
      [2, ['bocor', 'tagihan']],
    ]);
    expect(out.data.rounds[1].scores.tagihan).toEqual({ urgensi: 4, cakupan: 4 });
    expect(out.data.issues[0].source).toBe('plenary-doc#shape-a');
  });

  it('hands later topics the issues best first, the main issue leading with its rank', () => {
    const out = rankingOutputData(readRankingSheet(decidedSheet));
    if (!out.ok) throw new Error(out.reason);
    expect(itemsOf(out.data).map((item) => item.label)).toEqual(['Kebocoran pipa', 'Tagihan salah', 'Meter rusak', 'Jam layanan loket']);
    expect(leadingItems(out.data, 2)).toEqual([
      { label: 'Kebocoran pipa', rank: 1 },
      { label: 'Tagihan salah', rank: 2 },
    ]);
  });

  it('survives a round trip through JSON as stored, and refuses a ranking record without its main issue', () => {
    const out = rankingOutputData(readRankingSheet(decidedSheet));
    if (!out.ok) throw new Error(out.reason);
    expect(parseAgreedData(JSON.parse(JSON.stringify(out.data)))).toEqual(out.data);
    const { mainIssue: _dropped, ...withoutMain } = out.data;
    expect(parseAgreedData(withoutMain)).toBeNull();
  });
});
