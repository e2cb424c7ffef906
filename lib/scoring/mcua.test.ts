import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessActions, assessByAspect, InvalidWeightsError, utilityOf, type McuaMatrix } from './mcua';
import { MCUA_WORKED_EXAMPLE } from './mcuaWorkedExample';

// A worked example, calculated by hand below.
const matrix: McuaMatrix = MCUA_WORKED_EXAMPLE;

describe('MCUA of topic 4.7', () => {
  it('ranks actions by the weighted mean of their scores (worked by hand)', () => {
    // Σ weights = 100.
    //   meter: (40·4 + 35·3 + 25·5)/100 = (160 + 105 + 125)/100 = 3.90
    //   pipa:  (40·5 + 35·2 + 25·2)/100 = (200 +  70 +  50)/100 = 3.20
    //   tarif: (40·3 + 35·4 + 25·3)/100 = (120 + 140 +  75)/100 = 3.35
    //   sop:   (40·3 + 35·5 + 25·5)/100 = (120 + 175 + 125)/100 = 4.20  <- top
    expect(utilityOf(matrix, 'meter')).toBeCloseTo(3.9, 10);
    const result = assessActions(matrix);
    expect(result.ranked.map((r) => [r.item, Number(r.total.toFixed(2)), r.rank])).toEqual([
      ['sop', 4.2, 1],
      ['meter', 3.9, 2],
      ['tarif', 3.35, 3],
      ['pipa', 3.2, 4],
    ]);
    expect(result.top).toBe('sop');
  });

  it('ranks within each aspect group and overall', () => {
    const byAspect = assessByAspect(matrix);
    expect(byAspect.technical.ranked.map((r) => r.item)).toEqual(['meter', 'pipa']);
    expect(byAspect.financial.top).toBe('tarif');
    expect(byAspect.management.top).toBe('sop');
    expect(byAspect.overall.top).toBe('sop');
  });

  it('gives the same ranking whatever scale the weights are written in', () => {
    const scaled = { ...matrix, criteria: matrix.criteria.map((c) => ({ ...c, weight: c.weight / 100 })) };
    expect(assessActions(scaled).ranked.map((r) => r.item)).toEqual(assessActions(matrix).ranked.map((r) => r.item));
  });

  it('says how far a weight must move before the top action changes (worked by hand)', () => {
    // Top sop vs meter: lead N = 40(3−4) + 35(5−3) + 25(5−5) = −40 + 70 + 0 = 30.
    //   dampak: d = 3−4 = −1 → Δ = +30 (raise dampak from 40 to 70 and meter draws level).
    //   biaya:  d = 5−3 = +2 → Δ = −15 (lower biaya from 35 to 20).
    // vs pipa:  N = 40(−2) + 35(3) + 25(3) = 100; dampak d = −2 → Δ = +50; biaya d = 3 → Δ = −33.3.
    // vs tarif: N = 0 + 35(1) + 25(2) = 85; biaya d = 1 → Δ = −85 (not possible: 35 − 85 < 0).
    const { sensitivity } = assessActions(matrix);
    const byCriterion = Object.fromEntries(sensitivity.map((s) => [s.criterionId, s]));
    expect(byCriterion.dampak).toMatchObject({ delta: 30, overtakenBy: 'meter' });
    expect(byCriterion.biaya).toMatchObject({ delta: -15, overtakenBy: 'meter' });
    expect(byCriterion.biaya.relative).toBeCloseTo(15 / 35, 10);
    // As shares of all weight: biaya 35/100 = 35 % now, 20/85 = 23.5 % at the turn (11.5 points);
    // dampak 40 % now, 70/130 = 53.8 % at the turn (13.8 points).
    expect(byCriterion.biaya.shareBefore).toBeCloseTo(0.35, 10);
    expect(byCriterion.biaya.shareAfter).toBeCloseTo(20 / 85, 10);
    expect(byCriterion.dampak.shareAfter).toBeCloseTo(70 / 130, 10);
    expect(byCriterion.waktu).toBeUndefined(); // sop scores best on time: no change to it can unseat sop
    expect(sensitivity.map((s) => s.criterionId)).toEqual(['biaya', 'dampak']); // the fewest points first
    // Moving the weight by that much really does make the two equal.
    const moved = { ...matrix, criteria: matrix.criteria.map((c) => (c.id === 'biaya' ? { ...c, weight: 20 } : c)) };
    expect(utilityOf(moved, 'sop')).toBeCloseTo(utilityOf(moved, 'meter'), 10);
  });

  it('names the turning point in both directions where one criterion has both (worked by hand)', () => {
    // a: (60·3 + 40·4)/100 = 3.4 leads b: (60·5 + 40·0)/100 = 3.0 and c: (60·0 + 40·5)/100 = 2.0.
    // vs b: N = 60(3−5) + 40(4−0) = 40; on x d = −2, so raising x by 20 levels them (b is better on x).
    // vs c: N = 60(3−0) + 40(4−5) = 140; on x d = 3, so lowering x by 46.7 levels them (c is worse on x).
    const matrix: McuaMatrix = {
      criteria: [
        { id: 'x', label: 'x', weight: 60 },
        { id: 'y', label: 'y', weight: 40 },
      ],
      actions: ['a', 'b', 'c'].map((id) => ({ id, label: id, aspect: 'technical' as const })),
      scores: { a: { x: 3, y: 4 }, b: { x: 5, y: 0 }, c: { x: 0, y: 5 } },
    };
    const onX = assessActions(matrix).sensitivity.filter((s) => s.criterionId === 'x');
    expect(onX.map((s) => [s.overtakenBy, Number(s.delta.toFixed(1))])).toEqual(
      expect.arrayContaining([
        ['b', 20],
        ['c', -46.7],
      ]),
    );
    expect(onX).toHaveLength(2);
  });

  it('flags a tie at the top for a further round', () => {
    const tied: McuaMatrix = { ...matrix, scores: { ...matrix.scores, meter: { dampak: 3, biaya: 5, waktu: 5 } } };
    const result = assessActions(tied);
    expect(result.top).toBeNull();
    expect(result.tiedForTop.sort()).toEqual(['meter', 'sop']);
    expect(result.sensitivity).toEqual([]);
  });

  it('refuses negative weights and all-zero weights', () => {
    expect(() => assessActions({ ...matrix, criteria: [{ id: 'x', label: 'x', weight: -1 }] })).toThrow(InvalidWeightsError);
    expect(() => assessActions({ ...matrix, criteria: matrix.criteria.map((c) => ({ ...c, weight: 0 })) })).toThrow(InvalidWeightsError);
  });

  it('keeps every utility between the lowest and highest score, and the reported weight change always levels the top two', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.array(score, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
        (weights, rows) => {
          const m: McuaMatrix = {
            criteria: weights.map((w, i) => ({ id: `c${i}`, label: `c${i}`, weight: w })),
            actions: rows.map((_, i) => ({ id: `a${i}`, label: `a${i}`, aspect: 'technical' as const })),
            scores: Object.fromEntries(rows.map((row, i) => [`a${i}`, Object.fromEntries(weights.map((_, j) => [`c${j}`, row[j]]))])),
          };
          const result = assessActions(m);
          for (const r of result.ranked) {
            const own = weights.map((_, j) => rows[Number(r.item.slice(1))][j]);
            expect(r.total).toBeGreaterThanOrEqual(Math.min(...own) - 1e-9);
            expect(r.total).toBeLessThanOrEqual(Math.max(...own) + 1e-9);
          }
          for (const change of result.sensitivity) {
            const moved = { ...m, criteria: m.criteria.map((c) => (c.id === change.criterionId ? { ...c, weight: c.weight + change.delta } : c)) };
            expect(utilityOf(moved, result.top!)).toBeCloseTo(utilityOf(moved, change.overtakenBy), 6);
          }
        },
      ),
    );
  });
});
