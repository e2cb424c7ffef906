import { describe, expect, it } from 'vitest';
import { readMcuaSheet, scoreKey, snapshotMcuaSheet, type McuaSheetSnapshot } from './mcuaSheet';

const sheet: McuaSheetSnapshot = {
  criteria: { biaya: { label: 'Biaya', order: 2 }, dampak: { label: 'Dampak', order: 1 } },
  weights: { dampak: 40, biaya: 35 },
  actions: { sop: { label: 'SOP pengaduan', aspect: 'management', order: 2 }, meter: { label: 'Ganti meter', aspect: 'technical', order: 1 } },
  scores: { [scoreKey('meter', 'dampak')]: 4, [scoreKey('sop', 'biaya')]: 5 },
};

describe('reading an MCUA sheet from its Y.Doc snapshot', () => {
  it('orders criteria and actions as they were added and nests the scores by action', () => {
    expect(readMcuaSheet(sheet)).toEqual({
      criteria: [
        { id: 'dampak', label: 'Dampak', weight: 40 },
        { id: 'biaya', label: 'Biaya', weight: 35 },
      ],
      actions: [
        { id: 'meter', label: 'Ganti meter', aspect: 'technical' },
        { id: 'sop', label: 'SOP pengaduan', aspect: 'management' },
      ],
      scores: { meter: { dampak: 4 }, sop: { biaya: 5 } },
    });
  });

  it('gives a criterion without a weight the weight 0 and drops scores of removed rows', () => {
    const matrix = readMcuaSheet({ ...sheet, weights: { dampak: 40 }, scores: { 'gone:dampak': 3, 'meter:gone': 2, 'meter:dampak': 4 } });
    expect(matrix.criteria.find((c) => c.id === 'biaya')?.weight).toBe(0);
    expect(matrix.scores).toEqual({ meter: { dampak: 4 }, sop: {} });
  });

  it('skips what a peer wrote malformed instead of failing the whole sheet', () => {
    const matrix = readMcuaSheet({
      criteria: { ok: { label: 'Baik', order: 1 }, bad: { label: '', order: 2 }, worse: 'text' },
      weights: { ok: -5 },
      actions: { a: { label: 'A', aspect: 'marketing', order: 1 } },
      scores: 'not a map',
    });
    expect(matrix.criteria).toEqual([{ id: 'ok', label: 'Baik', weight: 0 }]);
    expect(matrix.actions).toEqual([]);
  });

  it('reads an empty document as an empty sheet', () => {
    const emptyDoc = { getMap: () => ({ toJSON: () => ({}) }) };
    expect(readMcuaSheet(snapshotMcuaSheet(emptyDoc))).toEqual({ criteria: [], actions: [], scores: {} });
  });
});
