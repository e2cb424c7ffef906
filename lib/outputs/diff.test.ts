import { describe, expect, it } from 'vitest';
import type { McuaMatrix } from '../scoring/mcua';
import { MCUA_WORKED_EXAMPLE, withoutAction } from '../scoring/mcuaWorkedExample';
import { mcuaOutputData, type McuaOutputData } from './agreedData';
import { diffMcuaVersions, isEmptyDiff } from './diff';

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
