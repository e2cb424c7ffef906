import { describe, expect, it } from 'vitest';
import { RANKING_MAP, rankingEntryProblem as entryProblem, rankingScoreKey, readRankingSheet, snapshotRankingSheet, type RankingSheetSnapshot } from './rankingSheet';
import { DEFAULT_SCALE, type Scale } from './scale';

/** The check as the server runs it on a sheet whose criteria keep the default scale, unless given. */
const rankingEntryProblem = (map: string, key: string, value: unknown, scales: Record<string, Scale> = {}) => entryProblem(map, key, value, (id) => scales[id] ?? DEFAULT_SCALE);

const sheet: RankingSheetSnapshot = {
  criteria: { cakupan: { label: 'Cakupan manfaat', order: 2 }, urgensi: { label: 'Urgensi', order: 1 } },
  issues: {
    tagihan: { label: 'Tagihan salah', order: 2, source: 'board-a#shape-1' },
    bocor: { label: 'Kebocoran pipa', order: 1 },
    loket: { label: 'Jam layanan loket', order: 3 },
  },
  rounds: { '2': { issues: ['bocor', 'tagihan'] } },
  scores: {
    [rankingScoreKey(1, 'bocor', 'urgensi')]: 5,
    [rankingScoreKey(1, 'loket', 'cakupan')]: 3,
    [rankingScoreKey(2, 'bocor', 'urgensi')]: 4,
  },
};

describe('reading a ranking sheet from its Y.Doc snapshot', () => {
  it('orders criteria and issues as they were added and files each score under its round', () => {
    const read = readRankingSheet(sheet);
    expect(read.issues).toEqual([
      { id: 'bocor', label: 'Kebocoran pipa' },
      { id: 'tagihan', label: 'Tagihan salah', source: 'board-a#shape-1' },
      { id: 'loket', label: 'Jam layanan loket' },
    ]);
    expect(read.rounds.map((round) => round.number)).toEqual([1, 2]);
    expect(read.rounds[0].matrix.criteria.map((c) => c.label)).toEqual(['Urgensi', 'Cakupan manfaat']);
    expect(read.rounds[0].matrix.scores).toEqual({ bocor: { urgensi: 5 }, tagihan: {}, loket: { cakupan: 3 } });
    expect(read.rounds[1].matrix.issues.map((issue) => issue.id)).toEqual(['bocor', 'tagihan']);
    expect(read.rounds[1].matrix.scores).toEqual({ bocor: { urgensi: 4 }, tagihan: {} });
  });

  it('drops scores of removed issues, of removed criteria and of issues outside their round', () => {
    const read = readRankingSheet({
      ...sheet,
      scores: { [rankingScoreKey(1, 'gone', 'urgensi')]: 3, [rankingScoreKey(1, 'bocor', 'gone')]: 2, [rankingScoreKey(2, 'loket', 'urgensi')]: 5, [rankingScoreKey(3, 'bocor', 'urgensi')]: 5 },
    });
    expect(read.rounds[0].matrix.scores).toEqual({ bocor: {}, tagihan: {}, loket: {} });
    expect(read.rounds[1].matrix.scores).toEqual({ bocor: {}, tagihan: {} });
  });

  it('leaves a removed issue out of the further round it was part of', () => {
    const read = readRankingSheet({ ...sheet, issues: { bocor: { label: 'Kebocoran pipa', order: 1 } } });
    expect(read.rounds[1].matrix.issues).toEqual([{ id: 'bocor', label: 'Kebocoran pipa' }]);
  });

  it('skips what a peer wrote malformed instead of failing the whole sheet', () => {
    const read = readRankingSheet({
      criteria: { ok: { label: 'Urgensi', order: 1 }, blank: { label: ' ', order: 2 }, 'a:b': { label: 'Titik dua', order: 3 } },
      issues: { a: { label: 'A', order: 'first' } },
      rounds: { '1': { issues: ['a', 'b'] }, '2': { issues: 'a,b' } },
      scores: 'not a map',
    });
    expect(read.rounds[0].matrix.criteria).toEqual([{ id: 'ok', label: 'Urgensi' }]);
    expect(read.issues).toEqual([]);
    expect(read.rounds).toHaveLength(1);
  });

  it('reads an empty document as round 1 with nothing in it', () => {
    const emptyDoc = { getMap: () => ({ toJSON: () => ({}) }) };
    expect(readRankingSheet(snapshotRankingSheet(emptyDoc))).toEqual({ issues: [], scales: {}, outOfScale: [], rounds: [{ number: 1, matrix: { issues: [], criteria: [], scores: {} } }] });
  });
});

describe('the server check of ranking sheet entries', () => {
  it('refuses a word as a score, a score off its criterion’s scale and a score key of an unknown shape', () => {
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(1, 'bocor', 'urgensi'), 'lima')).toMatch(/score/);
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(1, 'bocor', 'urgensi'), 7)).toMatch(/outside the scale 1-5/);
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(1, 'bocor', 'urgensi'), 7, { urgensi: { min: 1, max: 10 } })).toBeNull();
    expect(rankingEntryProblem(RANKING_MAP.scales, 'urgensi', { min: 1, max: 10 })).toBeNull();
    expect(rankingEntryProblem(RANKING_MAP.scales, 'urgensi', { min: 1, max: 10, admin: true })).toMatch(/scale/);
    expect(rankingEntryProblem(RANKING_MAP.scores, 'bocor:urgensi', 4)).toMatch(/score key/);
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(0, 'bocor', 'urgensi'), 4)).toMatch(/score key/);
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(11, 'bocor', 'urgensi'), 4)).toMatch(/score key/);
    expect(rankingEntryProblem(RANKING_MAP.scores, rankingScoreKey(2, 'bocor', 'urgensi'), 4)).toBeNull();
  });

  it('refuses malformed issues, criteria and rounds, and a round 1 entry (round 1 is every issue)', () => {
    expect(rankingEntryProblem(RANKING_MAP.issues, 'bocor', { label: '', order: 1 })).toMatch(/issue/);
    expect(rankingEntryProblem(RANKING_MAP.issues, 'bocor', { label: 'Bocor', order: 1, admin: true })).toMatch(/issue/);
    expect(rankingEntryProblem(RANKING_MAP.issues, '../x', { label: 'Bocor', order: 1 })).toMatch(/issue id/);
    expect(rankingEntryProblem(RANKING_MAP.criteria, 'urgensi', { label: 'Urgensi' })).toMatch(/criterion/);
    expect(rankingEntryProblem(RANKING_MAP.rounds, '1', { issues: ['a', 'b'] })).toMatch(/round number/);
    expect(rankingEntryProblem(RANKING_MAP.rounds, '2', { issues: ['a'] })).toMatch(/round/);
    expect(rankingEntryProblem(RANKING_MAP.rounds, '2', { issues: ['a', 'b'] })).toBeNull();
    expect(rankingEntryProblem(RANKING_MAP.issues, 'bocor', { label: 'Kebocoran pipa', order: 3, source: 'board#card' })).toBeNull();
  });

  it('leaves maps outside the layout to other policies', () => {
    expect(rankingEntryProblem('meta', 'openForParticipants', true)).toBeNull();
  });
});
