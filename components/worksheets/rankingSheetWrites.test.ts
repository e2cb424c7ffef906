import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assessRankingRounds } from '@/lib/worksheets/rankingRounds';
import { RANKING_MAP, RANKING_SHEET_MAPS, rankingEntryProblem, readRankingSheet, snapshotRankingSheet } from '@/lib/worksheets/rankingSheet';
import { undoManagerFor } from './localEdits';
import { DEFAULT_SCALE } from '@/lib/worksheets/scale';
import { addCriterion, addIssue, removeCriterion, removeIssue, rename, setScale, setScore, startFurtherRound } from './rankingSheetWrites';

const assess = (doc: Y.Doc) => assessRankingRounds(readRankingSheet(snapshotRankingSheet(doc)));
const idOf = (doc: Y.Doc, part: 'issues' | 'criteria', label: string) => Object.entries(doc.getMap(RANKING_MAP[part]).toJSON()).find(([, value]) => (value as { label: string }).label === label)![0];

/** Two issues scored level on one criterion: 4 each. */
function tiedDoc(): { doc: Y.Doc; a: string; b: string; c: string } {
  const doc = new Y.Doc();
  addCriterion(doc, 'Urgensi');
  addIssue(doc, 'Kebocoran pipa');
  addIssue(doc, 'Tagihan salah');
  const [a, b, c] = [idOf(doc, 'issues', 'Kebocoran pipa'), idOf(doc, 'issues', 'Tagihan salah'), idOf(doc, 'criteria', 'Urgensi')];
  setScore(doc, 1, a, c, '4');
  setScore(doc, 1, b, c, '4');
  return { doc, a, b, c };
}

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('editing the ranking matrix', () => {
  it('reads a decimal comma, and writes nothing for a word or a score off the scale, saying why', () => {
    const { doc, a, c } = tiedDoc();
    expect(setScore(doc, 1, a, c, '3,5')).toEqual({ ok: true, value: 3.5 });
    expect(setScore(doc, 1, a, c, 'x')).toEqual({ ok: false, problem: 'notANumber' });
    expect(setScore(doc, 1, a, c, '7')).toEqual({ ok: false, problem: 'outOfScale' });
    expect(setScore(doc, 1, a, c, '-1')).toEqual({ ok: false, problem: 'outOfScale' });
    // The cell keeps its last score: neither the word nor the 7 counted as anything.
    expect(readRankingSheet(snapshotRankingSheet(doc)).rounds[0].matrix.scores[a]).toEqual({ [c]: 3.5 });
    expect(setScore(doc, 1, a, c, '')).toEqual({ ok: true, value: null });
    expect(readRankingSheet(snapshotRankingSheet(doc)).rounds[0].matrix.scores[a]).toEqual({});
  });

  it('scores on the scale the facilitator sets, and stops counting a score a narrower scale leaves out', () => {
    const { doc, a, b, c } = tiedDoc();
    setScale(doc, c, { min: 1, max: 10 });
    expect(setScore(doc, 1, a, c, '7')).toEqual({ ok: true, value: 7 });
    expect(assess(doc).state).toEqual({ kind: 'decided', round: 1, mainIssue: a });
    setScale(doc, c, DEFAULT_SCALE);
    const sheet = readRankingSheet(snapshotRankingSheet(doc));
    expect(sheet.outOfScale).toEqual([{ round: 1, issueId: a, criterionId: c, value: 7 }]);
    expect(assessRankingRounds(sheet).state).toEqual({ kind: 'decided', round: 1, mainIssue: b });
    expect(assessRankingRounds(sheet).missing).toBe(1);
  });

  it('writes only entries the server check accepts', () => {
    const { doc, a, b } = tiedDoc();
    startFurtherRound(doc, 2, [a, b]);
    rename(doc, 'issues', a, '  Kebocoran pipa distribusi ');
    for (const name of RANKING_SHEET_MAPS) {
      for (const [key, value] of Object.entries(doc.getMap(name).toJSON())) expect(rankingEntryProblem(name, key, value, () => DEFAULT_SCALE)).toBeNull();
    }
    expect(readRankingSheet(snapshotRankingSheet(doc)).issues.find((issue) => issue.id === a)?.label).toBe('Kebocoran pipa distribusi');
  });

  it('breaks a tie in a further round without touching round 1’s scores', () => {
    const { doc, a, b, c } = tiedDoc();
    expect(assess(doc).state).toMatchObject({ kind: 'tied', nextRound: 2 });
    startFurtherRound(doc, 2, [a, b]);
    setScore(doc, 2, a, c, '3');
    setScore(doc, 2, b, c, '5');
    expect(assess(doc).state).toEqual({ kind: 'decided', round: 2, mainIssue: b });
    expect(assess(doc).order.map((e) => e.totals)).toEqual([[4, 5], [4, 3]]);
  });

  it('starts a replaced round empty: the scores of a round set aside do not come back', () => {
    const { doc, a, b, c } = tiedDoc();
    startFurtherRound(doc, 2, [a, b]);
    setScore(doc, 2, a, c, '5');
    startFurtherRound(doc, 2, [a, b]);
    expect(readRankingSheet(snapshotRankingSheet(doc)).rounds[1].matrix.scores).toEqual({ [a]: {}, [b]: {} });
  });

  it('removes an issue with its scores', () => {
    const { doc, a } = tiedDoc();
    removeIssue(doc, a);
    expect(Object.keys(doc.getMap(RANKING_MAP.scores).toJSON())).toHaveLength(1);
  });

  it('keeps both people’s scores when a facilitator and a participant score different cells at once', () => {
    const { doc: lead, a, b, c } = tiedDoc();
    const tablet = new Y.Doc();
    sync(lead, tablet);
    setScore(lead, 1, a, c, '5');
    setScore(tablet, 1, b, c, '2');
    sync(lead, tablet);
    sync(tablet, lead);
    expect(assess(lead).order.map((e) => [e.id, e.totals[0]])).toEqual([
      [a, 5],
      [b, 2],
    ]);
    expect(assess(tablet)).toEqual(assess(lead));
  });

  it('brings back a removed criterion with all its scores in one Undo, leaving another person’s later score alone', () => {
    const { doc, a, b, c } = tiedDoc();
    const other = new Y.Doc();
    sync(doc, other);
    const undo = undoManagerFor(doc);
    addCriterion(doc, 'Cakupan');
    const cakupan = idOf(doc, 'criteria', 'Cakupan');
    setScore(doc, 1, a, cakupan, '5');
    undo.stopCapturing();
    removeCriterion(doc, c);
    expect(assess(doc).order.map((entry) => entry.totals[0])).toEqual([5, 0]);
    // Meanwhile someone else scores an issue on the other criterion.
    sync(doc, other);
    setScore(other, 1, b, cakupan, '2');
    sync(other, doc);
    undo.undo();
    const sheet = readRankingSheet(snapshotRankingSheet(doc));
    expect(sheet.rounds[0].matrix.criteria.map((criterion) => criterion.label)).toEqual(['Urgensi', 'Cakupan']);
    expect(sheet.rounds[0].matrix.scores).toEqual({ [a]: { [c]: 4, [cakupan]: 5 }, [b]: { [c]: 4, [cakupan]: 2 } });
    undo.redo();
    expect(readRankingSheet(snapshotRankingSheet(doc)).rounds[0].matrix.criteria.map((criterion) => criterion.label)).toEqual(['Cakupan']);
  });
});
