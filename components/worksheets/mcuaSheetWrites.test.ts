import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMcuaSheet, snapshotMcuaSheet } from '@/lib/worksheets/mcuaSheet';
import { undoManagerFor } from './localEdits';
import { MCUA_ROUND_SCORES_MAP } from '@/lib/worksheets/mcuaRounds';
import { addAction, addCriterion, removeAction, removeCriterion, setRoundScore, setScore, startMcuaRound } from './mcuaSheetWrites';

const idOf = (doc: Y.Doc, map: 'criteria' | 'actions', label: string) => Object.entries(doc.getMap(map).toJSON()).find(([, value]) => (value as { label: string }).label === label)![0];
const read = (doc: Y.Doc) => readMcuaSheet(snapshotMcuaSheet(doc));

describe('editing the MCUA sheet', () => {
  it('removes a criterion with its weight and scores, and one Undo brings all of them back', () => {
    const doc = new Y.Doc();
    const undo = undoManagerFor(doc);
    addCriterion(doc, 'Dampak', 40);
    addCriterion(doc, 'Biaya', 60);
    addAction(doc, 'Ganti meter', 'technical');
    const [dampak, biaya, meter] = [idOf(doc, 'criteria', 'Dampak'), idOf(doc, 'criteria', 'Biaya'), idOf(doc, 'actions', 'Ganti meter')];
    setScore(doc, meter, dampak, '4');
    setScore(doc, meter, biaya, '2');
    undo.stopCapturing();
    const before = read(doc);

    removeCriterion(doc, dampak);
    expect(read(doc).criteria.map((c) => c.label)).toEqual(['Biaya']);
    expect(doc.getMap('scores').toJSON()).toEqual({ [`${meter}:${biaya}`]: 2 });
    undo.undo();
    expect(read(doc)).toEqual(before);

    removeAction(doc, meter);
    expect(doc.getMap('scores').size).toBe(0);
    undo.undo();
    expect(read(doc)).toEqual(before);
  });

  it('starts a further round empty, scores it on the scale, and drops its scores with a removed action', () => {
    const doc = new Y.Doc();
    addCriterion(doc, 'Dampak', 100);
    addAction(doc, 'Ganti meter', 'technical');
    addAction(doc, 'SOP', 'management');
    const [dampak, meter, sop] = [idOf(doc, 'criteria', 'Dampak'), idOf(doc, 'actions', 'Ganti meter'), idOf(doc, 'actions', 'SOP')];
    startMcuaRound(doc, 2, [meter, sop]);
    expect(setRoundScore(doc, 2, meter, dampak, '9')).toEqual({ ok: false, problem: 'outOfScale' });
    expect(setRoundScore(doc, 2, meter, dampak, '5')).toEqual({ ok: true, value: 5 });
    startMcuaRound(doc, 2, [meter, sop]);
    expect(doc.getMap(MCUA_ROUND_SCORES_MAP).size).toBe(0);
    setRoundScore(doc, 2, sop, dampak, '4');
    removeAction(doc, sop);
    expect(doc.getMap(MCUA_ROUND_SCORES_MAP).size).toBe(0);
  });
});
