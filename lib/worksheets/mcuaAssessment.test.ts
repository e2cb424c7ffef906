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

  it('phrases sensitivity as the plenary says it (worked by hand)', () => {
    // sop leads meter by N = 40(3−4) + 35(5−3) + 25(5−5) = 30 points of Σ w·s.
    // Biaya: d = 5 − 3 = 2, so Δ = −30/2 = −15 → "Biaya must go down 15 (15/35 = 43 %)".
    // Dampak: d = 3 − 4 = −1, so Δ = +30 → "Dampak must go up 30 (30/40 = 75 %)".
    const assessment = assessSheet(matrix);
    if (!assessment.ok) throw new Error('expected a ranking');
    expect(describeSensitivity(matrix, assessment.byGroup.overall)).toEqual([
      { criterion: 'Biaya', direction: 'down', amount: 15, percent: 43, overtakenBy: 'Ganti meter' },
      { criterion: 'Dampak', direction: 'up', amount: 30, percent: 75, overtakenBy: 'Ganti meter' },
    ]);
  });
});
