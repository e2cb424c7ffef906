import { describe, expect, it } from 'vitest';
import type { McuaMatrix } from '../scoring/mcua';
import { MCUA_WORKED_EXAMPLE, withoutAction } from '../scoring/mcuaWorkedExample';
import { rankingScoreKey, readRankingSheet, type RankingSheetSnapshot } from '../worksheets/rankingSheet';
import { mcuaOutputData, rankingOutputData, type McuaOutputData, type RankingOutputData } from './agreedData';
import { diffMcuaVersions, diffRankingVersions, isEmptyDiff, isEmptyRankingDiff } from './diff';

const version1: McuaMatrix = withoutAction(MCUA_WORKED_EXAMPLE, 'pipa');

function agreed(matrix: McuaMatrix): McuaOutputData {
  const out = mcuaOutputData(matrix);
  if (!out.ok) throw new Error(out.reason);
  return out.data;
}

describe('the difference between two agreed MCUA versions', () => {
  it('shows an amendment that re-scores an action and adds another (worked by hand)', () => {
    // Version 1: sop (120+175+125)/100 = 4.20, meter (160+105+125)/100 = 3.90, tarif 3.35.
    // Version 2 raises meter's impact to 5: meter (200+105+125)/100 = 4.30 overtakes sop,
    // and adds pipa (200+70+50)/100 = 3.20, last.
    const version2: McuaMatrix = {
      ...version1,
      actions: [...version1.actions, { id: 'pipa', label: 'Rehabilitasi pipa', aspect: 'technical' }],
      scores: { ...version1.scores, meter: { dampak: 5, biaya: 3, waktu: 5 }, pipa: { dampak: 5, biaya: 2, waktu: 2 } },
    };
    const diff = diffMcuaVersions(agreed(version1), agreed(version2));
    expect(diff.addedActions).toEqual(['Rehabilitasi pipa']);
    expect(diff.removedActions).toEqual([]);
    expect(diff.changedScores).toBe(1);
    expect(diff.rankChanges).toEqual([
      { label: 'Ganti meter', from: 2, to: 1 },
      { label: 'SOP pengaduan', from: 1, to: 2 },
    ]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('shows renamed and removed actions and re-weighted criteria', () => {
    const version2: McuaMatrix = {
      criteria: [{ ...version1.criteria[0], weight: 50 }, version1.criteria[1], version1.criteria[2]],
      actions: [{ ...version1.actions[0], label: 'Ganti meter pelanggan' }, version1.actions[2]],
      scores: version1.scores,
    };
    const diff = diffMcuaVersions(agreed(version1), agreed(version2));
    expect(diff.removedActions).toEqual(['Penyesuaian tarif']);
    expect(diff.changedActions).toEqual([{ label: 'Ganti meter pelanggan', previousLabel: 'Ganti meter', aspectChanged: false }]);
    expect(diff.reweighted).toEqual([{ label: 'Dampak', from: 40, to: 50 }]);
  });

  it('finds nothing between a version and itself', () => {
    expect(isEmptyDiff(diffMcuaVersions(agreed(version1), agreed(version1)))).toBe(true);
  });
});

describe('the difference between two agreed versions of the ranking matrix (2.1)', () => {
  const criteria = { urgensi: { label: 'Urgensi', order: 1 }, cakupan: { label: 'Cakupan manfaat', order: 2 } };
  const issues = { bocor: { label: 'Kebocoran pipa', order: 1 }, tagihan: { label: 'Tagihan salah', order: 2 } };
  const scores = (bocor: [number, number], tagihan: [number, number]) => ({
    [rankingScoreKey(1, 'bocor', 'urgensi')]: bocor[0],
    [rankingScoreKey(1, 'bocor', 'cakupan')]: bocor[1],
    [rankingScoreKey(1, 'tagihan', 'urgensi')]: tagihan[0],
    [rankingScoreKey(1, 'tagihan', 'cakupan')]: tagihan[1],
  });
  const agree = (snapshot: RankingSheetSnapshot): RankingOutputData => {
    const out = rankingOutputData(readRankingSheet(snapshot));
    if (!out.ok) throw new Error(out.reason);
    return out.data;
  };

  it('shows a re-scored issue that takes the lead, a renamed issue and a rescaled criterion (worked by hand)', () => {
    // Version 1: pipa 5 + 4 = 9 leads tagihan 4 + 4 = 8. Version 2: tagihan 5 + 5 = 10 leads pipa 9,
    // tagihan is renamed, and cakupan is scored 1 to 10.
    const version1 = agree({ criteria, issues, scores: scores([5, 4], [4, 4]) });
    const version2 = agree({
      criteria,
      issues: { ...issues, tagihan: { label: 'Tagihan tidak sesuai meter', order: 2 } },
      scales: { cakupan: { min: 1, max: 10 } },
      scores: scores([5, 4], [5, 5]),
    });
    const diff = diffRankingVersions(version1, version2);
    expect(diff.mainIssue).toEqual({ from: 'Kebocoran pipa', to: 'Tagihan tidak sesuai meter' });
    expect(diff.renamedIssues).toEqual([{ from: 'Tagihan salah', to: 'Tagihan tidak sesuai meter' }]);
    expect(diff.rescaled).toEqual([{ label: 'Cakupan manfaat', from: '1–5', to: '1–10' }]);
    expect(diff.changedScores).toBe(2);
    expect(diff.rankChanges).toEqual([
      { label: 'Tagihan tidak sesuai meter', from: 2, to: 1 },
      { label: 'Kebocoran pipa', from: 1, to: 2 },
    ]);
    expect(isEmptyRankingDiff(diff)).toBe(false);
    expect(isEmptyRankingDiff(diffRankingVersions(version1, version1))).toBe(true);
  });
});
