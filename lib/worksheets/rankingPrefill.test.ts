import { describe, expect, it } from 'vitest';
import brainstorm from '../board/extract/fixtures/brainstorm.json';
import { cardRecord } from '../testing/cardRecord';
import { MAX_PREFILLED_ISSUES, prefillRankingIssues } from './rankingPrefill';
import { RANKING_MAP, rankingEntryProblem } from './rankingSheet';
import { DEFAULT_SCALE } from './scale';

/** A card record like the board writes it, at (x, y) on the page. */
function card(id: string, text: string, x: number, y: number) {
  return cardRecord(`shape:${id}`, { w: 200, h: 120, text, authorId: 'u1', authorName: 'Ibu Nur', groupId: 'group-2', createdAt: 1 }, { x, y, index: 'b1' });
}

describe('pre-filling the ranking matrix from the brainstorm boards of 2.1', () => {
  it('makes one candidate issue per cluster of cards on the recorded board, named by its cards in reading order', () => {
    const issues = prefillRankingIssues([{ docName: 'plenary-2-1', kind: 'plenary', records: brainstorm }]);
    expect(issues.map((issue) => issue.label)).toEqual(['Kebocoran pipa / Meter rusak / Tagihan salah', 'Jam layanan loket', 'Tarif naik / Subsidi silang']);
    expect(issues[0]).toMatchObject({ source: 'plenary-2-1#shape:chain-a', id: 'plenary-2-1-shape-chain-a' });
  });

  it('writes only issues the server check accepts', () => {
    for (const issue of prefillRankingIssues([{ docName: 'plenary-2-1', kind: 'plenary', records: brainstorm }])) {
      expect(rankingEntryProblem(RANKING_MAP.issues, issue.id, { label: issue.label, order: 0, source: issue.source }, () => DEFAULT_SCALE)).toBeNull();
    }
  });

  it('takes the plenary first and skips a group card the plenary already holds (a gathered copy)', () => {
    const groupBoard = [card('copy', '  jam layanan   LOKET ', 0, 0), card('own', 'Air keruh', 2000, 2000), card('blank', '   ', 4000, 4000)];
    const issues = prefillRankingIssues([
      { docName: 'group-board', kind: 'group', records: groupBoard },
      { docName: 'plenary-2-1', kind: 'plenary', records: brainstorm },
    ]);
    expect(issues.map((issue) => issue.label)).toEqual(['Kebocoran pipa / Meter rusak / Tagihan salah', 'Jam layanan loket', 'Tarif naik / Subsidi silang', 'Air keruh']);
    expect(issues[3].source).toBe('group-board#shape:own');
  });

  it('stops at the cap on a board not yet grouped, and starts empty without boards', () => {
    const scattered = Array.from({ length: MAX_PREFILLED_ISSUES + 5 }, (_, i) => card(`c${i}`, `Isu ${i}`, i * 400, 0));
    expect(prefillRankingIssues([{ docName: 'b', kind: 'group', records: scattered }])).toHaveLength(MAX_PREFILLED_ISSUES);
    expect(prefillRankingIssues([])).toEqual([]);
  });
});
