import { describe, expect, it } from 'vitest';
import { gapOf, readGap, worstGapsFirst } from './gap';

describe('service gaps of topic 2.3', () => {
  it('counts a coverage below target as a shortfall (higher is better)', () => {
    // Target 80 % coverage, achieved 65 %: short by 15 points, 65/80 = 81.25 % achieved.
    expect(gapOf({ target: 80, actual: 65, higherIsBetter: true })).toEqual({ shortfall: 15, met: false, achievement: 0.8125 });
  });

  it('counts water loss above target as a shortfall (lower is better)', () => {
    // Target at most 25 % non-revenue water, actual 40 %: 15 points too high; 25/40 = 62.5 %.
    expect(gapOf({ target: 25, actual: 40, higherIsBetter: false })).toEqual({ shortfall: 15, met: false, achievement: 0.625 });
    // Actual 20 % beats the target: no shortfall.
    expect(gapOf({ target: 25, actual: 20, higherIsBetter: false })).toMatchObject({ shortfall: -5, met: true });
  });

  it('has no achievement ratio where it would divide by zero', () => {
    expect(gapOf({ target: 0, actual: 3, higherIsBetter: true }).achievement).toBeNull();
    expect(gapOf({ target: 5, actual: 0, higherIsBetter: false }).achievement).toBeNull();
  });

  it('puts the indicators furthest from their targets first, relative to the target', () => {
    const order = worstGapsFirst([
      { id: 'jam', target: 24, actual: 20, higherIsBetter: true }, // 4/24 = 0.17
      { id: 'cakupan', target: 80, actual: 50, higherIsBetter: true }, // 30/80 = 0.375
      { id: 'nrw', target: 25, actual: 30, higherIsBetter: false }, // 5/25 = 0.2
    ]);
    expect(order.map((i) => i.id)).toEqual(['cakupan', 'nrw', 'jam']);
  });
});

describe('a gap in words', () => {
  it('says which side of the target an indicator is, in its direction, and never a bare negative number', () => {
    // Coverage 83 % against 80 %: 3 over a higher-is-better target, so no gap.
    expect(readGap(gapOf({ target: 80, actual: 83, higherIsBetter: true }).shortfall, true)).toEqual({ kind: 'exceeds-target', amount: 3 });
    expect(readGap(gapOf({ target: 80, actual: 62.5, higherIsBetter: true }).shortfall, true)).toEqual({ kind: 'below-target', amount: 17.5 });
    // Losses 32 % against a 20 % limit: 12 above it. Complaints 5 against 10: 5 under the limit.
    expect(readGap(gapOf({ target: 20, actual: 32, higherIsBetter: false }).shortfall, false)).toEqual({ kind: 'over-target', amount: 12 });
    expect(readGap(gapOf({ target: 10, actual: 5, higherIsBetter: false }).shortfall, false)).toEqual({ kind: 'under-target', amount: 5 });
    expect(readGap(0, true)).toEqual({ kind: 'on-target', amount: 0 });
  });
});
