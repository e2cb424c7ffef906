import { describe, expect, it } from 'vitest';
import { mcuaOutputData } from '../outputs/agreedData';
import type { McuaMatrix } from '../scoring/mcua';
import { MCUA_WORKED_EXAMPLE } from '../scoring/mcuaWorkedExample';
import { assessMcuaRounds, mcuaRoundScoreKey, readMcuaRounds } from './mcuaRounds';

/*
 * The worked example with meter scored like sop on every criterion but dampak (3 instead of 4):
 *   meter (40·3 + 35·5 + 25·5)/100 = 4.20, sop 4.20: tied at the top; tarif 3.35, pipa 3.20.
 * Round 2, the two only:
 *   meter (40·5 + 35·4 + 25·4)/100 = 4.40, sop (40·3 + 35·5 + 25·4)/100 = 3.95: meter first.
 */
const tied: McuaMatrix = { ...MCUA_WORKED_EXAMPLE, scores: { ...MCUA_WORKED_EXAMPLE.scores, meter: { dampak: 3, biaya: 5, waktu: 5 } } };
const roundTwo = (scores: Record<string, number>) => ({ rounds: { '2': { actions: ['meter', 'sop'] } }, roundScores: scores });
const fullRoundTwo = {
  [mcuaRoundScoreKey(2, 'meter', 'dampak')]: 5,
  [mcuaRoundScoreKey(2, 'meter', 'biaya')]: 4,
  [mcuaRoundScoreKey(2, 'meter', 'waktu')]: 4,
  [mcuaRoundScoreKey(2, 'sop', 'dampak')]: 3,
  [mcuaRoundScoreKey(2, 'sop', 'biaya')]: 5,
  [mcuaRoundScoreKey(2, 'sop', 'waktu')]: 4,
};

describe('further MCUA rounds (4.7)', () => {
  it('offers a further round for the actions tied at the top, and refuses to agree until it settles', () => {
    const assessment = assessMcuaRounds(tied, []);
    expect(assessment.state).toEqual({ kind: 'tied', round: 1, tied: ['meter', 'sop'], nextRound: 2 });
    expect(mcuaOutputData(tied)).toEqual({ ok: false, reason: 'tied' });
  });

  it('waits while the round is being scored', () => {
    const further = readMcuaRounds(roundTwo({ [mcuaRoundScoreKey(2, 'meter', 'dampak')]: 5 }), tied);
    expect(assessMcuaRounds(tied, further).state).toEqual({ kind: 'round-open', round: 2 });
    expect(mcuaOutputData(tied, further)).toEqual({ ok: false, reason: 'round-open' });
  });

  it('orders the tied block by the new round and keeps the rest (worked by hand)', () => {
    const further = readMcuaRounds(roundTwo(fullRoundTwo), tied);
    const assessment = assessMcuaRounds(tied, further);
    expect(assessment.state).toEqual({ kind: 'decided', round: 2, top: 'meter' });
    expect(assessment.order.map((entry) => [entry.id, entry.rank, entry.totals.map((total) => Number(total.toFixed(2)))])).toEqual([
      ['meter', 1, [4.2, 4.4]],
      ['sop', 2, [4.2, 3.95]],
      ['tarif', 3, [3.35]],
      ['pipa', 4, [3.2]],
    ]);
    const agreed = mcuaOutputData(tied, further);
    if (!agreed.ok) throw new Error(agreed.reason);
    expect(agreed.data.ranking.overall.map((entry) => [entry.label, entry.rank])).toEqual([
      ['Ganti meter', 1],
      ['SOP pengaduan', 2],
      ['Penyesuaian tarif', 3],
      ['Rehabilitasi pipa', 4],
    ]);
    expect(agreed.data.rounds).toEqual([{ number: 2, actions: ['meter', 'sop'], scores: { meter: { dampak: 5, biaya: 4, waktu: 4 }, sop: { dampak: 3, biaya: 5, waktu: 4 } } }]);
  });

  it('sets a round aside once round 1 changes so that it no longer follows', () => {
    const further = readMcuaRounds(roundTwo(fullRoundTwo), MCUA_WORKED_EXAMPLE);
    const assessment = assessMcuaRounds(MCUA_WORKED_EXAMPLE, further);
    expect(assessment.staleRounds).toEqual([2]);
    expect(assessment.state).toEqual({ kind: 'decided', round: 1, top: 'sop' });
  });

  it('does not count a further-round score off its criterion’s scale', () => {
    const scaled: McuaMatrix = { ...tied, criteria: tied.criteria.map((c) => ({ ...c, scale: { min: 1, max: 5 } })) };
    const further = readMcuaRounds(roundTwo({ ...fullRoundTwo, [mcuaRoundScoreKey(2, 'meter', 'dampak')]: 9 }), scaled);
    expect(further[0].matrix.scores.meter).toEqual({ biaya: 4, waktu: 4 });
  });
});
