/**
 * The edits a person makes to a table worksheet, as Y.Doc writes in the layout of
 * `lib/worksheets/tableSheet.ts`: a row is one key of `rows`, a cell one key of `cells`, so two
 * people typing in different cells never conflict. Every write is one the server's check accepts.
 */
import type * as Y from 'yjs';
import { cellProblem, type CellValue, type ColumnSpec } from '@/lib/worksheets/tableForm';
import { cellKey, type RowValue, type TableRow } from '@/lib/worksheets/tableSheet';

function newRowId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/**
 * A number as people type it in Indonesia or elsewhere: "12,5" and "12.5" are both 12.5, and in
 * "1.234,5" the dot groups thousands. Null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  let cleaned = text.trim().replace(/\s/g, '');
  if (cleaned === '') return null;
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

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

/** Sets a cell, or clears it (deletes its key) for null; a value the column refuses is not written. */
export function setCell(ydoc: Y.Doc, column: ColumnSpec, rowId: string, value: CellValue | null): void {
  const cells = ydoc.getMap('cells');
  if (value === null) cells.delete(cellKey(rowId, column.id));
  else if (cellProblem(column, value) === null) cells.set(cellKey(rowId, column.id), value);
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
  ydoc.getMap<RowValue>('rows').set(id, { order });
  return id;
}

/** Removes a row that is not one of the form's fixed rows, with its cells. */
export function removeRow(ydoc: Y.Doc, row: TableRow): void {
  if (row.fixed) return;
  ydoc.transact(() => {
    ydoc.getMap('rows').delete(row.id);
    const cells = ydoc.getMap('cells');
    for (const key of [...cells.keys()]) if (key.startsWith(`${row.id}:`)) cells.delete(key);
  });
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
  ydoc.transact(() => {
    if (row.order !== other.order) {
      write(row, other.order);
      write(other, row.order);
    } else {
      write(row, other.order + direction * 0.5);
    }
  });
}
