import { describe, expect, it } from 'vitest';
import { itemsOf, parseAgreedData, tableOutputData } from '../outputs/agreedData';
import { gapTableForm } from './forms/gapTable';
import { TABLE_FORMS } from './forms';
import { formProblems, type TableForm } from './tableForm';
import { cellKey, computedCells, readTableSheet, tableEntryProblem } from './tableSheet';

const checklist: TableForm = {
  id: 'test-checklist',
  title: { id: 'Uji', en: 'Test' },
  purpose: { id: 'Uji', en: 'Test' },
  labelColumn: 'node',
  columns: [
    { id: 'node', label: { id: 'Simpul', en: 'Node' }, type: 'text' },
    { id: 'open', label: { id: 'Transparan', en: 'Transparent' }, type: 'check' },
  ],
  fixedRows: [
    { id: 'sasaran', label: { id: 'Penetapan kelompok sasaran', en: 'Target group' } },
    { id: 'paket', label: { id: 'Perancangan paket layanan', en: 'Service package' } },
  ],
};

describe('table worksheet forms', () => {
  it('are all well formed, with unique ids', () => {
    for (const form of TABLE_FORMS) expect(formProblems(form), form.id).toEqual([]);
    expect(new Set(TABLE_FORMS.map((form) => form.id)).size).toBe(TABLE_FORMS.length);
  });
});

describe('a table sheet', () => {
  it('reads rows in order with their valid cells, skipping cells of removed rows and bad values', () => {
    const rows = readTableSheet(gapTableForm, {
      rows: { b: { order: 2 }, a: { order: 1, source: 'card:1' } },
      cells: {
        [cellKey('a', 'indicator')]: 'Cakupan pelayanan',
        [cellKey('a', 'target')]: 80,
        [cellKey('a', 'actual')]: 'banyak',
        [cellKey('gone', 'indicator')]: 'Dihapus',
        [cellKey('b', 'indicator')]: 'Kehilangan air',
      },
    });
    expect(rows.map((row) => row.id)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ source: 'card:1', cells: { indicator: 'Cakupan pelayanan', target: 80 } });
    expect(rows[0].cells.actual).toBeUndefined();
  });

  it('always has the fixed rows first, labelled by the form', () => {
    const rows = readTableSheet(checklist, { rows: { extra: { order: 0 } }, cells: { [cellKey('paket', 'open')]: true } });
    expect(rows.map((row) => [row.id, row.fixed, row.cells.node])).toEqual([
      ['sasaran', true, 'Penetapan kelompok sasaran'],
      ['paket', true, 'Perancangan paket layanan'],
      ['extra', false, undefined],
    ]);
    expect(rows[1].cells.open).toBe(true);
  });

  it('refuses a word in a number column, an unknown column and a malformed row', () => {
    expect(tableEntryProblem(gapTableForm, 'cells', cellKey('a', 'target'), 'delapan puluh')).toMatch(/number/);
    expect(tableEntryProblem(gapTableForm, 'cells', cellKey('a', 'password'), 'x')).toMatch(/unknown cell/);
    expect(tableEntryProblem(gapTableForm, 'rows', 'a', { order: 'first' })).toMatch(/order/);
    expect(tableEntryProblem(gapTableForm, 'rows', '../a', { order: 1 })).toMatch(/row id/);
    expect(tableEntryProblem(gapTableForm, 'cells', cellKey('a', 'target'), 80)).toBeNull();
  });

  it('computes the gap in the direction of the indicator (80% target, 65% achieved: 15 short; losses 20% allowed, 32% lost: 12 over)', () => {
    expect(computedCells(gapTableForm, { cells: { target: 80, actual: 65, higherIsBetter: true } }).gap).toBe(15);
    expect(computedCells(gapTableForm, { cells: { target: 20, actual: 32, higherIsBetter: false } }).gap).toBe(12);
    expect(computedCells(gapTableForm, { cells: { target: 20 } }).gap).toBeNull();
  });

  it('agrees only rows with a label, and later topics read them as items', () => {
    const rows = readTableSheet(gapTableForm, {
      rows: { a: { order: 1 }, b: { order: 2 } },
      cells: { [cellKey('a', 'indicator')]: ' Jam layanan ', [cellKey('b', 'target')]: 3 },
    });
    const data = tableOutputData(gapTableForm, rows);
    expect(data.rows.map((row) => row.id)).toEqual(['a']);
    expect(parseAgreedData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(itemsOf(data)).toEqual([{ id: 'a', label: 'Jam layanan' }]);
  });
});
