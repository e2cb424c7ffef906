import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TableForm } from '@/lib/worksheets/tableForm';
import { gapTableForm } from '@/lib/worksheets/forms/gapTable';
import { cellKey, readTableSheet, snapshotTableSheet, tableEntryProblem, textRootName } from '@/lib/worksheets/tableSheet';
import { undoManagerFor } from './localEdits';
import { addRow, cellInputOf, moveRow, parseDecimal, removeRow, setCell, sharedCellText, typeIntoTextCell } from './tableSheetWrites';

const column = (id: string) => gapTableForm.columns.find((c) => c.id === id)!;
const read = (doc: Y.Doc, form: TableForm = gapTableForm) => readTableSheet(form, snapshotTableSheet(doc, form));

/** Two devices' documents exchanging every update, as through the server. */
function twoDevices() {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  const queued: [Y.Doc, Uint8Array][] = [];
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && queued.push([b, update]));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && queued.push([a, update]));
  const deliver = () => {
    while (queued.length > 0) {
      const [to, update] = queued.shift()!;
      Y.applyUpdate(to, update, 'sync');
    }
  };
  return { a, b, deliver };
}

/** Types `text` into a text cell one keystroke at a time at `at`, as a field reports it. */
function typeAt(doc: Y.Doc, rowId: string, columnId: string, at: number, text: string) {
  for (const [i, letter] of [...text].entries()) {
    const before = sharedCellText(doc, rowId, columnId);
    const position = at + i;
    typeIntoTextCell(doc, rowId, columnId, before.slice(0, position) + letter + before.slice(position), position + 1);
  }
}
const labels = (doc: Y.Doc, form: TableForm = gapTableForm) => read(doc, form).map((row) => row.cells[form.labelColumn]);

describe('typing into a table worksheet', () => {
  it('reads numbers with an Indonesian decimal comma or a dot, and refuses words', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal(' -3 ')).toBe(-3);
    expect(parseDecimal('dua belas')).toBeNull();
    expect(parseDecimal('12,5%')).toBeNull();
    expect(cellInputOf(column('target'), '')).toEqual({ ok: true, value: null });
    expect(cellInputOf(column('target'), 'banyak')).toEqual({ ok: false, problem: 'notANumber' });
    expect(cellInputOf({ id: 'score', label: { id: 'S', en: 'S' }, type: 'number', min: 1, max: 5 }, '7')).toEqual({ ok: false, problem: 'outOfRange' });
  });

  it('writes only values the server accepts, and an emptied cell leaves no key behind', () => {
    const doc = new Y.Doc();
    const row = addRow(doc, read(doc));
    setCell(doc, column('indicator'), row, 'Kehilangan air');
    const target = cellInputOf(column('target'), '25,5');
    if (!target.ok) throw new Error('25,5 is a number');
    setCell(doc, column('target'), row, target.value);
    setCell(doc, column('actual'), row, 'tiga puluh');
    for (const [key, value] of doc.getMap('cells').entries()) expect(tableEntryProblem(gapTableForm, 'cells', key, value)).toBeNull();
    for (const [key, value] of doc.getMap('rows').entries()) expect(tableEntryProblem(gapTableForm, 'rows', key, value)).toBeNull();
    expect(read(doc)[0].cells).toEqual({ indicator: 'Kehilangan air', target: 25.5 });
    // Text lives in the cell's own shared text, not in the map of single values.
    expect(doc.getText(textRootName(row, 'indicator')).toString()).toBe('Kehilangan air');

    setCell(doc, column('target'), row, null);
    expect([...doc.getMap('cells').keys()]).toEqual([]);
  });

  it('keeps both people’s words when two type into the same text cell at once, merged letter by letter', () => {
    const { a, b, deliver } = twoDevices();
    const row = addRow(a, read(a));
    typeIntoTextCell(a, row, 'indicator', 'Jam layanan', 11);
    deliver();
    // Neither device has seen the other's typing until both are done.
    typeAt(a, row, 'indicator', 11, ' per hari');
    typeAt(b, row, 'indicator', 0, 'Rata-rata ');
    deliver();
    for (const doc of [a, b]) expect(read(doc)[0].cells.indicator).toBe('Rata-rata Jam layanan per hari');
  });

  it('moves a cell written before shared text into its shared text at the first keystroke', () => {
    const doc = new Y.Doc();
    doc.getMap('rows').set('old', { order: 0 });
    doc.getMap('cells').set(cellKey('old', 'indicator'), 'Cakupan');
    expect(read(doc)[0].cells.indicator).toBe('Cakupan');
    typeIntoTextCell(doc, 'old', 'indicator', 'Cakupan layanan', 15);
    expect(doc.getMap('cells').has(cellKey('old', 'indicator'))).toBe(false);
    expect(read(doc)[0].cells.indicator).toBe('Cakupan layanan');
  });

  it('undoes a removed row with its cells and its text, and only this person’s own changes', () => {
    const { a, b, deliver } = twoDevices();
    const undo = undoManagerFor(a);
    const row = addRow(a, read(a));
    typeIntoTextCell(a, row, 'indicator', 'Kehilangan air', 14);
    setCell(a, column('target'), row, 25);
    undo.stopCapturing();
    deliver();
    setCell(b, column('actual'), row, 38);
    deliver();
    removeRow(a, gapTableForm, read(a)[0]);
    deliver();
    expect(read(b)).toEqual([]);
    undo.undo();
    deliver();
    for (const doc of [a, b]) expect(read(doc)[0].cells).toEqual({ indicator: 'Kehilangan air', target: 25, actual: 38 });
    // Undo again takes back this person's own target, never the other's actual.
    undo.undo();
    deliver();
    expect(read(b)[0].cells).toEqual({ actual: 38 });
  });

  it('adds rows at the end or below a row, moves them, and removes a row with its cells', () => {
    const doc = new Y.Doc();
    const name = (id: string, text: string) => setCell(doc, column('indicator'), id, text);
    const a = addRow(doc, read(doc));
    name(a, 'A');
    const c = addRow(doc, read(doc));
    name(c, 'C');
    name(addRow(doc, read(doc), a), 'B');
    expect(labels(doc)).toEqual(['A', 'B', 'C']);

    moveRow(doc, read(doc), c, -1);
    expect(labels(doc)).toEqual(['A', 'C', 'B']);
    moveRow(doc, read(doc), a, -1); // already first: nothing moves
    expect(labels(doc)).toEqual(['A', 'C', 'B']);

    removeRow(doc, gapTableForm, read(doc).find((row) => row.id === c)!);
    expect(labels(doc)).toEqual(['A', 'B']);
    expect([...doc.getMap('cells').keys()].some((key) => key.startsWith(`${c}:`))).toBe(false);
  });

  it('keeps fixed rows first and never removes them', () => {
    const form: TableForm = { ...gapTableForm, id: 'fixed-test', fixedRows: [{ id: 'node1', label: { id: 'Pendaftaran', en: 'Registration' } }] };
    const doc = new Y.Doc();
    name(doc, addRow(doc, read(doc, form)), 'Z');
    removeRow(doc, form, read(doc, form)[0]);
    moveRow(doc, read(doc, form), read(doc, form)[1].id, -1);
    expect(labels(doc, form)).toEqual(['Pendaftaran', 'Z']);
    function name(d: Y.Doc, id: string, text: string) {
      setCell(d, column('indicator'), id, text);
    }
  });
});
