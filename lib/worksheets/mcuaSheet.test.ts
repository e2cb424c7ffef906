import { describe, expect, it } from 'vitest';
import { MAX_WEIGHT, mcuaEntryProblem as entryProblem, readMcuaSheet, scoreKey, snapshotMcuaSheet, type McuaSheetSnapshot } from './mcuaSheet';
import { DEFAULT_SCALE, type Scale } from './scale';

/** The check as the server runs it on a sheet whose criteria keep the default scale, unless given. */
const mcuaEntryProblem = (map: string, key: string, value: unknown, scales: Record<string, Scale> = {}) => entryProblem(map, key, value, (id) => scales[id] ?? DEFAULT_SCALE);

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
        { id: 'dampak', label: 'Dampak', weight: 40, scale: { min: 1, max: 5 } },
        { id: 'biaya', label: 'Biaya', weight: 35, scale: { min: 1, max: 5 } },
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
    expect(matrix.criteria).toEqual([{ id: 'ok', label: 'Baik', weight: 0, scale: DEFAULT_SCALE }]);
    expect(matrix.actions).toEqual([]);
  });

  it('reads an empty document as an empty sheet', () => {
    const emptyDoc = { getMap: () => ({ toJSON: () => ({}) }) };
    expect(readMcuaSheet(snapshotMcuaSheet(emptyDoc))).toEqual({ criteria: [], actions: [], scores: {} });
  });
});

describe('checking an entry written into an MCUA sheet', () => {
  it('accepts what the worksheet screen writes', () => {
    expect(mcuaEntryProblem('criteria', 'dampak', { label: 'Dampak', order: 1 })).toBeNull();
    expect(mcuaEntryProblem('weights', 'dampak', 40)).toBeNull();
    expect(mcuaEntryProblem('actions', '4-3-policy-proposals-r1', { label: 'SOP', aspect: 'management', order: 0, source: '4.3/policy-proposals' })).toBeNull();
    expect(mcuaEntryProblem('scores', scoreKey('sop', 'dampak'), 4.5)).toBeNull();
  });

  it('refuses words for numbers, numbers out of range, unknown aspects and malformed keys', () => {
    expect(mcuaEntryProblem('weights', 'dampak', 'empat puluh')).not.toBeNull();
    expect(mcuaEntryProblem('weights', 'dampak', MAX_WEIGHT + 1)).not.toBeNull();
    expect(mcuaEntryProblem('scores', scoreKey('sop', 'dampak'), -1)).not.toBeNull();
    expect(mcuaEntryProblem('scores', 'sop', 3)).not.toBeNull();
    expect(mcuaEntryProblem('actions', 'sop', { label: 'SOP', aspect: 'political', order: 0 })).not.toBeNull();
    expect(mcuaEntryProblem('criteria', 'dampak', { label: '   ', order: 1 })).not.toBeNull();
    expect(mcuaEntryProblem('criteria', 'a b', { label: 'Dampak', order: 1 })).not.toBeNull();
  });

  it('holds each score to its criterion’s scale: 1 to 5 unless the facilitator set another', () => {
    expect(mcuaEntryProblem('scores', scoreKey('sop', 'dampak'), 7)).toMatch(/outside the scale 1-5/);
    expect(mcuaEntryProblem('scores', scoreKey('sop', 'dampak'), 0)).toMatch(/outside the scale 1-5/);
    expect(mcuaEntryProblem('scores', scoreKey('sop', 'dampak'), 7, { dampak: { min: 1, max: 10 } })).toBeNull();
    expect(mcuaEntryProblem('scales', 'dampak', { min: 1, max: 10 })).toBeNull();
    expect(mcuaEntryProblem('scales', 'dampak', { min: 5, max: 1 })).not.toBeNull();
    expect(mcuaEntryProblem('scales', 'dampak', { min: 1, max: 500 })).not.toBeNull();
  });

  it('does not count a stored score its criterion’s scale no longer allows', () => {
    const matrix = readMcuaSheet({ ...sheet, scales: { dampak: { min: 1, max: 3 } } });
    expect(matrix.scores).toEqual({ meter: {}, sop: { biaya: 5 } });
    expect(matrix.criteria[0].scale).toEqual({ min: 1, max: 3 });
  });

  it('leaves maps that are not part of the sheet alone', () => {
    expect(mcuaEntryProblem('tldraw', 'shape:x', 'anything')).toBeNull();
  });
});
