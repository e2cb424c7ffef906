import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TableForm } from '@/lib/worksheets/tableForm';
import { gapTableForm } from '@/lib/worksheets/forms/gapTable';
import { readTableSheet, snapshotTableSheet, tableEntryProblem } from '@/lib/worksheets/tableSheet';
import { addRow, cellInputOf, moveRow, parseDecimal, removeRow, setCell } from './tableSheetWrites';

const column = (id: string) => gapTableForm.columns.find((c) => c.id === id)!;
const read = (doc: Y.Doc, form: TableForm = gapTableForm) => readTableSheet(form, snapshotTableSheet(doc));
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

    setCell(doc, column('target'), row, null);
    expect([...doc.getMap('cells').keys()]).toEqual([`${row}:indicator`]);
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

    removeRow(doc, read(doc).find((row) => row.id === c)!);
    expect(labels(doc)).toEqual(['A', 'B']);
    expect([...doc.getMap('cells').keys()].some((key) => key.startsWith(`${c}:`))).toBe(false);
  });

  it('keeps fixed rows first and never removes them', () => {
    const form: TableForm = { ...gapTableForm, id: 'fixed-test', fixedRows: [{ id: 'node1', label: { id: 'Pendaftaran', en: 'Registration' } }] };
    const doc = new Y.Doc();
    name(doc, addRow(doc, read(doc, form)), 'Z');
    removeRow(doc, read(doc, form)[0]);
    moveRow(doc, read(doc, form), read(doc, form)[1].id, -1);
    expect(labels(doc, form)).toEqual(['Pendaftaran', 'Z']);
    function name(d: Y.Doc, id: string, text: string) {
      setCell(d, column('indicator'), id, text);
    }
  });
});
