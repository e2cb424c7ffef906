/**
 * The edits a person makes to a table worksheet, as Y.Doc writes in the layout of
 * `lib/worksheets/tableSheet.ts`: a row is one key of `rows`, a value cell one key of `cells`, a
 * text cell its own Y.Text, so two people typing in different cells never conflict and in the
 * same text cell merge. Every write is one the server's check accepts, made through `edit` so
 * the person's Undo takes it back.
 */
import type * as Y from 'yjs';
import { cellProblem, MAX_CELL_TEXT, type CellValue, type ColumnSpec, type TableForm } from '@/lib/worksheets/tableForm';
import { cellKey, isTextColumn, textRootName, type RowValue, type TableRow } from '@/lib/worksheets/tableSheet';
import { parseDecimal } from '@/lib/worksheets/scale';
import { spliceBetween } from '@/lib/worksheets/textDiff';
import { edit } from './localEdits';

function newRowId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/** Numbers are read as people type them (a decimal comma); shared with the score cells. */
export { parseDecimal };

/** A number shown the way its reader writes it: a decimal comma in Indonesian. */
export function formatDecimal(value: number, lang: 'id' | 'en'): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === 'id' ? text.replace('.', ',') : text;
}

export type CellInput = { ok: true; value: CellValue | null } | { ok: false; problem: 'notANumber' | 'outOfRange' };

/** What typing `text` into a cell of `column` stores: a value, null to clear the cell, or why not. */
export function cellInputOf(column: ColumnSpec, text: string): CellInput {
  if (column.type !== 'number') return { ok: true, value: text === '' ? null : text };
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseDecimal(text);
  if (value === null) return { ok: false, problem: 'notANumber' };
  return cellProblem(column, value) === null ? { ok: true, value } : { ok: false, problem: 'outOfRange' };
}

/**
 * Sets a cell, or clears it for null; a value the column refuses is not written. A text cell's
 * Y.Text is replaced whole (typing goes through SharedTextCell, which writes only the edit).
 */
export function setCell(ydoc: Y.Doc, column: ColumnSpec, rowId: string, value: CellValue | null): void {
  const key = cellKey(rowId, column.id);
  if (value !== null && cellProblem(column, value) !== null) return;
  edit(ydoc, () => {
    const cells = ydoc.getMap('cells');
    if (isTextColumn(column)) {
      const text = ydoc.getText(textRootName(rowId, column.id));
      if (text.length > 0) text.delete(0, text.length);
      if (value !== null) text.insert(0, String(value).slice(0, MAX_CELL_TEXT));
      if (cells.has(key)) cells.delete(key);
    } else if (value === null) cells.delete(key);
    else cells.set(key, value);
  });
}

/** What a text cell shows: its shared Y.Text, or the plain string a sheet from before holds. */
export function sharedCellText(ydoc: Y.Doc, rowId: string, columnId: string): string {
  const text = ydoc.getText(textRootName(rowId, columnId)).toString();
  if (text !== '') return text;
  const legacy = ydoc.getMap('cells').get(cellKey(rowId, columnId));
  return typeof legacy === 'string' ? legacy : '';
}

/**
 * What typing did to a text cell: the field now reads `fieldValue` with the caret at `caret`. Only
 * the edit itself (a splice against what the cell held) goes into the Y.Text, so words another
 * person typed elsewhere in the cell meanwhile stay. Returns the text the cell now holds.
 */
export function typeIntoTextCell(ydoc: Y.Doc, rowId: string, columnId: string, fieldValue: string, caret: number | null): string {
  const before = sharedCellText(ydoc, rowId, columnId);
  const splice = spliceBetween(before, fieldValue.slice(0, MAX_CELL_TEXT), caret);
  if (!splice) return before;
  const text = ydoc.getText(textRootName(rowId, columnId));
  const cells = ydoc.getMap('cells');
  edit(ydoc, () => {
    // A cell from before shared text: its string becomes the Y.Text's first content.
    const legacy = cells.get(cellKey(rowId, columnId));
    if (text.length === 0 && typeof legacy === 'string' && legacy !== '') text.insert(0, legacy);
    if (legacy !== undefined) cells.delete(cellKey(rowId, columnId));
    if (splice.remove > 0) text.delete(splice.index, splice.remove);
    if (splice.insert) text.insert(splice.index, splice.insert);
  });
  return text.toString();
}

/**
 * Adds an empty row after the added row `afterRowId`, or at the end; returns its id. Fixed rows
 * keep their place at the top (the reader gives them orders below every added row's).
 */
export function addRow(ydoc: Y.Doc, rows: readonly TableRow[], afterRowId?: string): string {
  const id = newRowId();
  const at = afterRowId === undefined ? -1 : rows.findIndex((row) => row.id === afterRowId && !row.fixed);
  const last = rows.at(-1);
  const order = at < 0 || at === rows.length - 1 ? (last && !last.fixed ? last.order + 1 : 0) : (rows[at].order + rows[at + 1].order) / 2;
  edit(ydoc, () => ydoc.getMap<RowValue>('rows').set(id, { order }), { step: true });
  return id;
}

/** Removes a row that is not one of the form's fixed rows, with its cells and its text (Undo brings all back). */
export function removeRow(ydoc: Y.Doc, form: TableForm, row: TableRow): void {
  if (row.fixed) return;
  edit(
    ydoc,
    () => {
      ydoc.getMap('rows').delete(row.id);
      const cells = ydoc.getMap('cells');
      for (const key of [...cells.keys()]) if (key.startsWith(`${row.id}:`)) cells.delete(key);
      for (const column of form.columns.filter(isTextColumn)) {
        const text = ydoc.getText(textRootName(row.id, column.id));
        if (text.length > 0) text.delete(0, text.length);
      }
    },
    { step: true },
  );
}

/**
 * Moves a row one place up or down among the rows that are not fixed, by swapping orders with
 * its neighbour (rows of equal order, e.g. from two devices at once, get distinct ones first).
 */
export function moveRow(ydoc: Y.Doc, rows: readonly TableRow[], rowId: string, direction: -1 | 1): void {
  const movable = rows.filter((row) => !row.fixed);
  const at = movable.findIndex((row) => row.id === rowId);
  const other = movable[at + direction];
  if (at < 0 || !other) return;
  const row = movable[at];
  const map = ydoc.getMap<RowValue>('rows');
  const write = (target: TableRow, order: number) => map.set(target.id, { order, ...(target.source ? { source: target.source } : {}) });
  edit(
    ydoc,
    () => {
      if (row.order !== other.order) {
        write(row, other.order);
        write(other, row.order);
      } else {
        write(row, other.order + direction * 0.5);
      }
    },
    { step: true },
  );
}
