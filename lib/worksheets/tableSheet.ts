/**
 * How a table worksheet lives in a Y.Doc, and how to read it back as rows.
 *
 * Layout: three top-level Y.Maps of plain JSON values, one key per thing a person edits:
 * - `sheet`: `form` → the form id (written by the server when it creates the sheet; facilitator-only)
 * - `rows`:  rowId → { order, source? }   (`source`: the board card or agreed output it came from)
 * - `cells`: `<rowId>:<columnId>` → text, number or yes/no; an absent key is an empty cell
 * Two people typing in different cells touch different keys, so nothing is lost; a row's cells
 * outlive a concurrent delete of the row only as unreachable keys, which the reader ignores.
 */
import type { MapsDoc } from './mcuaSheet';
import { cellProblem, columnOf, ROW_ID_PATTERN, type CellValue, type TableForm } from './tableForm';

export const TABLE_SHEET_MAPS = ['sheet', 'rows', 'cells'] as const;
export type TableSheetMap = (typeof TABLE_SHEET_MAPS)[number];
/** The `sheet` key naming the form; only facilitators (and the server) may set it. */
export const SHEET_FORM_KEY = 'form';
const CELL_KEY_SEPARATOR = ':';
const MAX_SOURCE_LENGTH = 200;

export type TableSheetSnapshot = Partial<Record<TableSheetMap, unknown>>;

export interface RowValue {
  order: number;
  source?: string;
}

export interface TableRow {
  id: string;
  order: number;
  source?: string;
  /** True for a row of the form's `fixedRows`: its label is the form's, and it cannot be removed. */
  fixed: boolean;
  cells: Record<string, CellValue>;
}

export function snapshotTableSheet(doc: MapsDoc): TableSheetSnapshot {
  return Object.fromEntries(TABLE_SHEET_MAPS.map((name) => [name, doc.getMap(name).toJSON()]));
}

export function cellKey(rowId: string, columnId: string): string {
  return `${rowId}${CELL_KEY_SEPARATOR}${columnId}`;
}

/** The form id a sheet was created with, or null. */
export function formIdOf(snapshot: TableSheetSnapshot): string | null {
  const sheet = snapshot.sheet;
  const value = sheet !== null && typeof sheet === 'object' ? (sheet as Record<string, unknown>)[SHEET_FORM_KEY] : undefined;
  return typeof value === 'string' ? value : null;
}

function entriesOf(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

function rowValueProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'a row must be an object';
  const { order, source, ...rest } = value as Record<string, unknown>;
  if (typeof order !== 'number' || !Number.isFinite(order)) return 'a row needs a numeric order';
  if (source !== undefined && (typeof source !== 'string' || source.length > MAX_SOURCE_LENGTH)) return 'a row source must be short text';
  if (Object.keys(rest).length > 0) return `unknown row field ${Object.keys(rest)[0]}`;
  return null;
}

/**
 * Why an entry written into one of the sheet's maps is not acceptable for `form`, or null. This is
 * the server's check on every update (a peer cannot store a word in a number column, a cell of an
 * unknown column, or a malformed row); the reader below still skips anything odd it finds.
 */
export function tableEntryProblem(form: TableForm, mapName: string, key: string, value: unknown): string | null {
  if (mapName === 'rows') return ROW_ID_PATTERN.test(key) ? rowValueProblem(value) : 'bad row id';
  if (mapName !== 'cells') return null;
  const at = key.indexOf(CELL_KEY_SEPARATOR);
  const column = at > 0 ? columnOf(form, key.slice(at + 1)) : undefined;
  if (!column || !ROW_ID_PATTERN.test(key.slice(0, at))) return `unknown cell ${key.slice(0, 60)}`;
  return cellProblem(column, value);
}

/**
 * The sheet's rows in order, each with its valid cells. Fixed rows of the form are always there
 * (with the form's label when nobody wrote one), first, in the form's order.
 */
export function readTableSheet(form: TableForm, snapshot: TableSheetSnapshot): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const [id, raw] of entriesOf(snapshot.rows)) {
    if (!ROW_ID_PATTERN.test(id) || rowValueProblem(raw)) continue;
    const { order, source } = raw as RowValue;
    rows.set(id, { id, order, ...(source ? { source } : {}), fixed: false, cells: {} });
  }
  const fixedRows = form.fixedRows ?? [];
  fixedRows.forEach((fixed, index) => {
    const existing = rows.get(fixed.id);
    rows.set(fixed.id, { ...(existing ?? { id: fixed.id, cells: {} }), order: index - fixedRows.length, fixed: true });
  });
  for (const [key, value] of entriesOf(snapshot.cells)) {
    const at = key.indexOf(CELL_KEY_SEPARATOR);
    const row = at > 0 ? rows.get(key.slice(0, at)) : undefined;
    const column = row ? columnOf(form, key.slice(at + 1)) : undefined;
    if (row && column && cellProblem(column, value) === null) row.cells[column.id] = value as CellValue;
  }
  fixedRows.forEach((fixed) => {
    const row = rows.get(fixed.id)!;
    if (!row.cells[form.labelColumn]) row.cells[form.labelColumn] = fixed.label.id;
  });
  return [...rows.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The values of the form's computed columns for one row (null where they cannot be computed yet). */
export function computedCells(form: TableForm, row: Pick<TableRow, 'cells'>): Record<string, CellValue | null> {
  return Object.fromEntries((form.computed ?? []).map((column) => [column.id, column.compute(row.cells)]));
}

/** A row counts once its label is written; half-typed rows without one are not part of the output. */
export function isFilledRow(form: TableForm, row: Pick<TableRow, 'cells'>): boolean {
  const label = row.cells[form.labelColumn];
  return typeof label === 'string' && label.trim().length > 0;
}
