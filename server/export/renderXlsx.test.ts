import type { CellFormulaValue, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seededDraftInput } from '@/lib/document/fixture';
import { mcuaOutputData } from '@/lib/outputs/agreedData';
import { columnLetter, renderXlsx, uniqueSheetName } from './renderXlsx';
import { readWorkbook } from './xlsxRead';

function rowValues(sheet: Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

describe('the agreed outputs as an XLSX workbook', () => {
  it('has a summary sheet, then one sheet per agreed output in workshop order, each naming its version', async () => {
    const workbook = await readWorkbook(await renderXlsx(seededDraftInput()));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', '4.7 Matriks Penilaian Usulan', '4.7 Prioritas Tindakan']);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(summary.getCell('A1').value).toBe('PDAM Tirta Uji');
    expect(rowValues(summary, 7).slice(1)).toEqual(['4.7/priorities Prioritas Tindakan Peningkatan Pelayanan', 'versi 2, Rabu, 2 Desember 2026']);
    expect(workbook.getWorksheet('4.7 Prioritas Tindakan')!.getCell('A2').value).toBe(
      'Sumber: keluaran 4.7/priorities Prioritas Tindakan Peningkatan Pelayanan, versi 2, disepakati Rabu, 2 Desember 2026.',
    );
  });

  it('writes the MCUA matrix as real cells: weights, every action with its scores', async () => {
    const sheet = (await readWorkbook(await renderXlsx(seededDraftInput()))).getWorksheet('4.7 Prioritas Tindakan')!;
    expect(rowValues(sheet, 5)).toEqual(['Tindakan', 'Aspek', 'Dampak', 'Biaya', 'Nilai utilitas', 'Peringkat keseluruhan', 'Peringkat dalam aspek']);
    expect(rowValues(sheet, 6)).toEqual(['Bobot', undefined, 60, 40]);
    // Version 2 (meter scores 4 on Dampak), not version 1.
    expect(rowValues(sheet, 7).slice(0, 4)).toEqual(['Ganti meter pelanggan', 'Teknis', 4, 2]);
    expect(rowValues(sheet, 8).slice(0, 4)).toEqual(['Penyesuaian tarif', 'Finansial', 2, 5]);
    expect(rowValues(sheet, 9).slice(0, 4)).toEqual(['SOP pengaduan satu pintu', 'Manajemen (P3O)', 3, 3]);
  });

  it('computes utility and ranks with formulas over those cells, caching the agreed results', async () => {
    const sheet = (await readWorkbook(await renderXlsx(seededDraftInput()))).getWorksheet('4.7 Prioritas Tindakan')!;
    const formula = (address: string) => sheet.getCell(address).value as CellFormulaValue;
    expect(formula('E7')).toEqual({ formula: 'ROUND(SUMPRODUCT($C$6:$D$6,C7:D7)/SUM($C$6:$D$6),6)', result: 3.2 });
    expect(formula('F7')).toEqual({ formula: 'RANK(E7,$E$7:$E$9,0)', result: 1 });
    expect(formula('G7')).toEqual({ formula: 'COUNTIFS($B$7:$B$9,B7,$E$7:$E$9,">"&E7)+1', result: 1 });
    // Equal utilities share rank 1; the next rank is 3, as the method ranks.
    expect(['F7', 'F8', 'F9'].map((a) => formula(a).result)).toEqual([1, 1, 3]);
    expect(formula('E9').result).toBe(3);
    // The tie went to a second round, with the same formulas over its own scores: meter 3.80, tarif 3.20.
    expect(sheet.getCell('A11').value).toBe('Putaran 2: hanya tindakan yang sama kuat di puncak, dengan kriteria dan bobot yang sama');
    expect(rowValues(sheet, 13).slice(0, 4)).toEqual(['Ganti meter pelanggan', 'Teknis', 5, 2]);
    expect(formula('E13')).toEqual({ formula: 'ROUND(SUMPRODUCT($C$6:$D$6,C13:D13)/SUM($C$6:$D$6),6)', result: 3.8 });
    expect(formula('F14')).toEqual({ formula: 'RANK(E14,$E$13:$E$14,0)', result: 2 });
    expect(rowValues(sheet, 18)).toEqual(['Ganti meter pelanggan', 1]);
    expect(rowValues(sheet, 19)).toEqual(['Penyesuaian tarif', 2]);
  });

  it('lays the formulas out for any number of criteria and actions', async () => {
    const criteria = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, label: id.toUpperCase(), weight: i + 1 }));
    const actions = Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, label: `Tindakan ${i}`, aspect: 'technical' as const }));
    // The last action alone scores 5 throughout, so the top is not tied (a tied top is not agreed).
    const scores = Object.fromEntries(actions.map((a, i) => [a.id, Object.fromEntries(criteria.map((c) => [c.id, i === 11 ? 5 : (i % 4) + 1]))]));
    const out = mcuaOutputData({ criteria, actions, scores });
    if (!out.ok) throw new Error(out.reason);
    const input = { ...seededDraftInput(), agreed: [{ outputId: '4.7/priorities', version: 1, agreedAt: new Date('2026-12-02T03:00:00Z'), data: out.data }] };
    const sheet = (await readWorkbook(await renderXlsx(input))).getWorksheet('4.7 Prioritas Tindakan')!;
    expect((sheet.getCell('H18').value as CellFormulaValue).formula).toBe('ROUND(SUMPRODUCT($C$6:$G$6,C18:G18)/SUM($C$6:$G$6),6)');
    expect((sheet.getCell('I18').value as CellFormulaValue).formula).toBe('RANK(H18,$H$7:$H$18,0)');
  });

  it('lists a plain items output, and says so where an output cannot be read', async () => {
    const input = {
      ...seededDraftInput(),
      agreed: [
        { outputId: '3.2/integrated-solutions', version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data: { format: 'items', items: [{ id: 'a', label: 'Zonasi jaringan', aspect: 'technical' }] } },
        { outputId: '2.1/main-issue', version: 3, agreedAt: new Date('2026-12-01T03:00:00Z'), data: { format: 'from-the-future' } },
      ],
    };
    const workbook = await readWorkbook(await renderXlsx(input, 'en'));
    const [, unreadable, items] = workbook.worksheets;
    expect(workbook.worksheets[0].name).toBe('Summary');
    expect(unreadable.getCell('A4').value).toBe('This version of Plano cannot read this output yet.');
    expect(rowValues(items, 4)).toEqual(['No.', 'Item', 'Aspect']);
    expect(rowValues(items, 5)).toEqual([1, 'Zonasi jaringan', 'Technical']);
  });

  it('writes a table worksheet by its form: labelled columns, choice labels, and computed columns as formulas', async () => {
    const gap = { format: 'table', form: 'gap-table', rows: [
      { id: 'r1', cells: { indicator: 'Cakupan pelayanan', unit: '%', target: 80, actual: 65, higherIsBetter: true, strategic: true } },
      { id: 'r2', cells: { indicator: 'Kehilangan air', unit: '%', target: 20, actual: 32, higherIsBetter: false } },
      { id: 'r3', cells: { indicator: 'Jam layanan', unit: 'jam/hari', target: 24 } },
    ] };
    const solutions = { format: 'table', form: 'integrated-solutions', rows: [{ id: 's1', cells: { solution: 'Zonasi jaringan distribusi', aspect: 'technical' } }] };
    const input = {
      ...seededDraftInput(),
      agreed: [
        { outputId: '2.3/gap-table', version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data: gap },
        { outputId: '3.2/integrated-solutions', version: 2, agreedAt: new Date('2026-12-01T03:00:00Z'), data: solutions },
      ],
    };
    const workbook = await readWorkbook(await renderXlsx(input));
    const sheet = workbook.worksheets[1];
    expect(sheet.name).toBe('2.3 Tabel Analisis Kesenjangan');
    expect(rowValues(sheet, 4)).toEqual(['Indikator', 'Satuan', 'Target', 'Capaian', 'Makin tinggi makin baik', 'Kecenderungan', 'Indikator strategis', 'Kesenjangan']);
    expect(rowValues(sheet, 5).slice(0, 5)).toEqual(['Cakupan pelayanan', '%', 80, 65, true]);
    expect(sheet.getCell('H5').value).toEqual({ formula: 'IF(OR(ISBLANK(D5),ISBLANK(C5)),"",IF(AND(ISLOGICAL(E5),E5=FALSE),D5-C5,C5-D5))', result: 15 });
    expect((sheet.getCell('H6').value as CellFormulaValue).result).toBe(12);
    // No actual yet: nothing to compute, as on screen.
    expect(sheet.getCell('H7').value).toEqual({ formula: 'IF(OR(ISBLANK(D7),ISBLANK(C7)),"",IF(AND(ISLOGICAL(E7),E7=FALSE),D7-C7,C7-D7))' });

    const solutionsSheet = workbook.worksheets[2];
    const solutionRow = rowValues(solutionsSheet, 5);
    expect(solutionRow[0]).toBe('Zonasi jaringan distribusi');
    expect(solutionRow).toContain('Teknis');
  });

  it('writes the issue ranking round by round, totals and ranks as formulas, then the final order', async () => {
    const ranking = {
      format: 'ranking',
      criteria: [{ id: 'urgent', label: 'Mendesak' }, { id: 'wide', label: 'Manfaat luas' }],
      issues: [{ id: 'a', label: 'Air tidak mengalir malam hari' }, { id: 'b', label: 'Tagihan tidak sesuai' }, { id: 'c', label: 'Pengaduan lambat' }],
      rounds: [
        { number: 1, issues: ['a', 'b', 'c'], scores: { a: { urgent: 5, wide: 4 }, b: { urgent: 4, wide: 5 }, c: { urgent: 3, wide: 2 } } },
        { number: 2, issues: ['a', 'b'], scores: { a: { urgent: 5, wide: 5 }, b: { urgent: 4, wide: 4 } } },
      ],
      ranking: [
        { id: 'a', label: 'Air tidak mengalir malam hari', rank: 1, totals: [9, 10] },
        { id: 'b', label: 'Tagihan tidak sesuai', rank: 2, totals: [9, 8] },
        { id: 'c', label: 'Pengaduan lambat', rank: 3, totals: [5] },
      ],
      mainIssue: { id: 'a', label: 'Air tidak mengalir malam hari' },
    };
    const input = { ...seededDraftInput(), agreed: [{ outputId: '2.1/main-issue', version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data: ranking }] };
    const sheet = (await readWorkbook(await renderXlsx(input))).worksheets[1];
    expect(sheet.getCell('A3').value).toBe('Isu utama: Air tidak mengalir malam hari');
    expect(rowValues(sheet, 6)).toEqual(['Isu', 'Mendesak', 'Manfaat luas', 'Jumlah', 'Peringkat']);
    expect(rowValues(sheet, 7).slice(0, 3)).toEqual(['Air tidak mengalir malam hari', 5, 4]);
    expect(sheet.getCell('D7').value).toEqual({ formula: 'SUM(B7:C7)', result: 9 });
    // Level at the top in round 1, which is why round 2 was scored.
    expect(['E7', 'E8', 'E9'].map((a) => (sheet.getCell(a).value as CellFormulaValue).result)).toEqual([1, 1, 3]);
    expect(sheet.getCell('A11').value).toBe('Putaran 2: hanya isu yang nilainya sama di puncak');
    expect(sheet.getCell('E13').value).toEqual({ formula: 'RANK(D13,$D$13:$D$14,0)', result: 1 });
    expect(rowValues(sheet, 16)).toEqual(['Urutan akhir']);
    expect(rowValues(sheet, 18)).toEqual(['Air tidak mengalir malam hari', 1]);
  });

  it('names sheets as Excel allows: 31 characters, no / or :, unique', () => {
    const taken = new Set<string>();
    expect(uniqueSheetName('4.7 Prioritas Tindakan Peningkatan Pelayanan', taken)).toBe('4.7 Prioritas Tindakan');
    expect(uniqueSheetName('4.7 prioritas tindakan', taken)).toBe('4.7 prioritas tindakan 2');
    expect(uniqueSheetName('a/b:c?', taken)).toBe('a b c');
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(27)).toBe('AA');
  });
});
