import { describe, expect, it } from 'vitest';
import { itemsOf, parseAgreedData, tableOutputData } from '../outputs/agreedData';
import { gapTableForm } from './forms/gapTable';
import { TABLE_FORMS } from './forms';
import { formProblems, type TableForm } from './tableForm';
import * as Y from 'yjs';
import { cellKey, computedCells, migrateTextCells, readTableSheet, snapshotTableSheet, tableEntryProblem, textCellsToMigrate, textRootName, textRootProblem } from './tableSheet';

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

  it('reads a text cell from its shared text, and a string an earlier version stored where there is none', () => {
    const doc = new Y.Doc();
    doc.getMap('rows').set('a', { order: 0 });
    doc.getMap('rows').set('b', { order: 1 });
    doc.getText(textRootName('a', 'indicator')).insert(0, 'Jam layanan');
    doc.getMap('cells').set(cellKey('b', 'indicator'), 'Kehilangan air');
    doc.getMap('cells').set(cellKey('b', 'target'), 20);
    expect(readTableSheet(gapTableForm, snapshotTableSheet(doc, gapTableForm)).map((row) => row.cells)).toEqual([{ indicator: 'Jam layanan' }, { indicator: 'Kehilangan air', target: 20 }]);
  });

  it('moves strings of text cells into shared text once, leaving numbers where they are', () => {
    const doc = new Y.Doc();
    doc.getMap('rows').set('b', { order: 1 });
    doc.getMap('cells').set(cellKey('b', 'indicator'), 'Kehilangan air');
    doc.getMap('cells').set(cellKey('b', 'unit'), '%');
    doc.getMap('cells').set(cellKey('b', 'target'), 20);
    const before = readTableSheet(gapTableForm, snapshotTableSheet(doc, gapTableForm));
    expect(textCellsToMigrate(gapTableForm, doc).sort()).toEqual([cellKey('b', 'indicator'), cellKey('b', 'unit')]);
    expect(migrateTextCells(gapTableForm, doc)).toBe(2);
    expect(doc.getMap('cells').toJSON()).toEqual({ [cellKey('b', 'target')]: 20 });
    expect(doc.getText(textRootName('b', 'unit')).toString()).toBe('%');
    expect(readTableSheet(gapTableForm, snapshotTableSheet(doc, gapTableForm))).toEqual(before);
    expect(migrateTextCells(gapTableForm, doc)).toBe(0);
  });

  it('knows which shared texts belong to the form: text columns of well-formed rows only', () => {
    expect(textRootProblem(gapTableForm, textRootName('r1', 'indicator'))).toBeNull();
    expect(textRootProblem(gapTableForm, textRootName('r1', 'target'))).toMatch(/unknown text cell/);
    expect(textRootProblem(gapTableForm, textRootName('../r1', 'indicator'))).toMatch(/unknown text cell/);
    expect(textRootProblem(gapTableForm, 'tldraw')).toBeNull();
  });
});
