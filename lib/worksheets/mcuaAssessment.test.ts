import { describe, expect, it } from 'vitest';
import type { McuaMatrix } from '../scoring/mcua';
import { MCUA_WORKED_EXAMPLE } from '../scoring/mcuaWorkedExample';
import { assessSheet, describeSensitivity } from './mcuaAssessment';

// The worked example of lib/scoring/mcua.test.ts.
const matrix: McuaMatrix = MCUA_WORKED_EXAMPLE;

describe('the assessment under the MCUA grid', () => {
  it('says why a sheet cannot be ranked yet instead of throwing', () => {
    expect(assessSheet({ criteria: [], actions: [], scores: {} })).toEqual({ ok: false, reason: 'no-criteria' });
    expect(assessSheet({ ...matrix, criteria: matrix.criteria.map((c) => ({ ...c, weight: 0 })) })).toEqual({ ok: false, reason: 'no-weight' });
    expect(assessSheet({ ...matrix, actions: [] })).toEqual({ ok: false, reason: 'no-actions' });
  });

  it('ranks overall and per aspect group', () => {
    const assessment = assessSheet(matrix);
    if (!assessment.ok) throw new Error('expected a ranking');
    expect(assessment.byGroup.overall.top).toBe('sop');
    expect(assessment.byGroup.technical.top).toBe('meter');
  });

  it('phrases sensitivity as the plenary reads weights: shares of the whole, changes in percentage points (worked by hand)', () => {
    // sop leads meter by N = 40(3−4) + 35(5−3) + 25(5−5) = 30 points of Σ w·s.
    // Biaya: d = 5 − 3 = 2, so Δ = −30/2 = −15: 35 of 100 (35 %) → 20 of 85 (23.5 %), 11.5 points.
    // Dampak: d = 3 − 4 = −1, so Δ = +30: 40 of 100 (40 %) → 70 of 130 (53.8 %), 13.8 points.
    const assessment = assessSheet(matrix);
    if (!assessment.ok) throw new Error('expected a ranking');
    expect(describeSensitivity(matrix, assessment.byGroup.overall)).toEqual([
      { criterion: 'Biaya', direction: 'down', fromPercent: 35, toPercent: 23.5, points: 11.5, weightFrom: 35, weightTo: 20, overtakenBy: 'Ganti meter' },
      { criterion: 'Dampak', direction: 'up', fromPercent: 40, toPercent: 53.8, points: 13.8, weightFrom: 40, weightTo: 70, overtakenBy: 'Ganti meter' },
    ]);
  });
});
