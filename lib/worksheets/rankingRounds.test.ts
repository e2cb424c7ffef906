import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRankingRounds } from './rankingRounds';
import { rankingScoreKey, readRankingSheet, type RankingSheetSnapshot } from './rankingSheet';

const criteria = { urgensi: { label: 'Urgensi', order: 1 }, cakupan: { label: 'Cakupan manfaat', order: 2 } };
const issues = {
  bocor: { label: 'Kebocoran pipa', order: 1 },
  tagihan: { label: 'Tagihan salah', order: 2 },
  loket: { label: 'Jam layanan loket', order: 3 },
  meter: { label: 'Meter rusak', order: 4 },
};

/** Scores as [round, issue, urgensi, cakupan]. */
function scores(rows: [number, string, number, number][]): Record<string, number> {
  return Object.fromEntries(rows.flatMap(([round, issue, u, c]) => [[rankingScoreKey(round, issue, 'urgensi'), u], [rankingScoreKey(round, issue, 'cakupan'), c]]));
}

// Round 1 by hand: bocor 5+4 = 9, tagihan 4+5 = 9, meter 4+3 = 7, loket 3+3 = 6 → bocor and tagihan share the top.
const roundOne: [number, string, number, number][] = [
  [1, 'bocor', 5, 4],
  [1, 'tagihan', 4, 5],
  [1, 'loket', 3, 3],
  [1, 'meter', 4, 3],
];

function assess(snapshot: RankingSheetSnapshot) {
  return assessRankingRounds(readRankingSheet(snapshot));
}

describe('the ranking matrix round by round', () => {
  it('says what is missing before anything can be ranked', () => {
    expect(assess({}).state).toEqual({ kind: 'waiting', reason: 'no-criteria' });
    expect(assess({ criteria }).state).toEqual({ kind: 'waiting', reason: 'no-issues' });
    expect(assess({ criteria, issues }).state).toEqual({ kind: 'waiting', reason: 'nothing-scored' });
  });

  it('flags a tie at the top of round 1 and offers round 2 for the tied issues only', () => {
    const result = assess({ criteria, issues, scores: scores(roundOne) });
    expect(result.state).toEqual({ kind: 'tied', round: 1, tied: ['bocor', 'tagihan'], nextRound: 2 });
    expect(result.order.map((e) => [e.id, e.rank, e.totals])).toEqual([
      ['bocor', 1, [9]],
      ['tagihan', 1, [9]],
      ['meter', 3, [7]],
      ['loket', 4, [6]],
    ]);
  });

  it('waits for scores in a further round that has just started', () => {
    const result = assess({ criteria, issues, rounds: { '2': { issues: ['tagihan', 'bocor'] } }, scores: scores(roundOne) });
    expect(result.state).toEqual({ kind: 'round-open', round: 2 });
    expect(result.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(result.missing).toBe(4);
  });

  it('lets round 2 decide between the tied issues while the others keep their round-1 ranks', () => {
    // Round 2 by hand: bocor 5+5 = 10, tagihan 4+4 = 8 → bocor is the main issue.
    const result = assess({ criteria, issues, rounds: { '2': { issues: ['bocor', 'tagihan'] } }, scores: scores([...roundOne, [2, 'bocor', 5, 5], [2, 'tagihan', 4, 4]]) });
    expect(result.state).toEqual({ kind: 'decided', round: 2, mainIssue: 'bocor' });
    expect(result.order.map((e) => [e.label, e.rank, e.totals])).toEqual([
      ['Kebocoran pipa', 1, [9, 10]],
      ['Tagihan salah', 2, [9, 8]],
      ['Meter rusak', 3, [7]],
      ['Jam layanan loket', 4, [6]],
    ]);
  });

  it('goes on to round 3 when round 2 is tied again', () => {
    const result = assess({ criteria, issues, rounds: { '2': { issues: ['bocor', 'tagihan'] } }, scores: scores([...roundOne, [2, 'bocor', 4, 4], [2, 'tagihan', 5, 3]]) });
    expect(result.state).toEqual({ kind: 'tied', round: 2, tied: ['bocor', 'tagihan'], nextRound: 3 });
  });

  it('sets a further round aside when a round-1 score changed after it started and the tie is gone', () => {
    // tagihan's urgency 4 → 3: round 1 is bocor 9, tagihan 8; bocor wins outright, round 2 no longer applies.
    const changed = roundOne.map((row): [number, string, number, number] => (row[1] === 'tagihan' ? [1, 'tagihan', 3, 5] : row));
    const result = assess({ criteria, issues, rounds: { '2': { issues: ['bocor', 'tagihan'] } }, scores: scores([...changed, [2, 'tagihan', 5, 5], [2, 'bocor', 1, 1]]) });
    expect(result.staleRounds).toEqual([2]);
    expect(result.state).toEqual({ kind: 'decided', round: 1, mainIssue: 'bocor' });
    expect(result.order[1]).toEqual({ id: 'tagihan', label: 'Tagihan salah', rank: 2, totals: [8] });
  });

  it('ignores a further round whose issues are not those tied in the round before', () => {
    const result = assess({ criteria, issues, rounds: { '2': { issues: ['bocor', 'meter'] } }, scores: scores([...roundOne, [2, 'meter', 5, 5]]) });
    expect(result.staleRounds).toEqual([2]);
    expect(result.state.kind).toBe('tied');
  });

  it('keeps every issue exactly once in a non-decreasing order of ranks, whatever the scores (property)', () => {
    const ids = Object.keys(issues);
    const cell = fc.integer({ min: 1, max: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: ids.length, maxLength: ids.length }), fc.array(fc.tuple(cell, cell), { minLength: ids.length, maxLength: ids.length }), (first, second) => {
        const rows: [number, string, number, number][] = ids.map((id, i) => [1, id, ...first[i]]);
        const roundOneOnly = assess({ criteria, issues, scores: scores(rows) });
        const tied = roundOneOnly.state.kind === 'tied' ? roundOneOnly.state.tied : [];
        const rounds = tied.length > 0 ? { '2': { issues: tied } } : {};
        const result = assess({ criteria, issues, rounds, scores: scores([...rows, ...tied.map((id, i): [number, string, number, number] => [2, id, ...second[i]])]) });
        expect(result.order.map((e) => e.id).sort()).toEqual([...ids].sort());
        result.order.forEach((entry, i) => i > 0 && expect(entry.rank).toBeGreaterThanOrEqual(result.order[i - 1].rank));
        if (result.state.kind === 'decided') {
          expect(result.order[0].id).toBe(result.state.mainIssue);
          expect(result.order.filter((e) => e.rank === 1)).toHaveLength(1);
        } else {
          expect(result.order.filter((e) => e.rank === 1).length).toBeGreaterThan(1);
        }
      }),
    );
  });
});
