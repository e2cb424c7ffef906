import { describe, expect, it } from 'vitest';
import { leadingItems, mcuaOutputData, parseAgreedData } from './agreedData';

describe('the data of an agreed MCUA output', () => {
  const matrix = {
    criteria: [
      { id: 'dampak', label: 'Dampak', weight: 60 },
      { id: 'biaya', label: 'Biaya', weight: 40 },
    ],
    actions: [
      { id: 'a', label: 'Ganti meter', aspect: 'technical' as const },
      { id: 'b', label: 'Penyesuaian tarif', aspect: 'financial' as const },
      { id: 'c', label: 'SOP pengaduan', aspect: 'management' as const },
    ],
    // a: (60·4 + 40·2)/100 = 3.2; b: (60·2 + 40·5)/100 = 3.2; c: (60·5 + 40·4)/100 = 4.6
    scores: { a: { dampak: 4, biaya: 2 }, b: { dampak: 2, biaya: 5 }, c: { dampak: 5, biaya: 4 } },
  };

  it('keeps the ranking with shared ranks for equal totals below the top (worked by hand)', () => {
    const out = mcuaOutputData(matrix);
    if (!out.ok) throw new Error(out.reason);
    expect(out.data.ranking.overall.map((r) => [r.label, Number(r.total.toFixed(2)), r.rank])).toEqual([
      ['SOP pengaduan', 4.6, 1],
      ['Ganti meter', 3.2, 2],
      ['Penyesuaian tarif', 3.2, 2],
    ]);
    expect(out.data.ranking.financial.map((r) => r.id)).toEqual(['b']);
    expect(leadingItems(out.data, 2)).toEqual([
      { label: 'SOP pengaduan', rank: 1 },
      { label: 'Ganti meter', rank: 2 },
    ]);
  });

  it('refuses to agree while the top is tied or a cell has no score', () => {
    expect(mcuaOutputData({ ...matrix, scores: { ...matrix.scores, c: { dampak: 3, biaya: 3 } } })).toEqual({ ok: false, reason: 'tied' });
    expect(mcuaOutputData({ ...matrix, scores: { ...matrix.scores, a: { dampak: 4 } } })).toEqual({ ok: false, reason: 'missing-scores' });
  });

  it('survives a round trip through JSON and refuses unknown formats', () => {
    const out = mcuaOutputData(matrix);
    if (!out.ok) throw new Error(out.reason);
    expect(parseAgreedData(JSON.parse(JSON.stringify(out.data)))).toEqual(out.data);
    expect(parseAgreedData({ format: 'spreadsheet' })).toBeNull();
  });

  it('refuses to agree a sheet without weights', () => {
    expect(mcuaOutputData({ ...matrix, criteria: [] })).toEqual({ ok: false, reason: 'no-criteria' });
  });
});
