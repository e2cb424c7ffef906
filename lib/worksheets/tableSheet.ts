/**
 * How a table worksheet lives in a Y.Doc, and how to read it back as rows.
 *
 * Layout: three top-level Y.Maps of plain JSON values, one key per thing a person edits, and one
 * top-level Y.Text per text cell:
 * - `sheet`: `form` → the form id (written by the server when it creates the sheet; facilitator-only)
 * - `rows`:  rowId → { order, source? }   (`source`: the board card or agreed output it came from)
 * - `cells`: `<rowId>:<columnId>` → number, choice or yes/no; an absent key is an empty cell
 * - `cellText:<rowId>:<columnId>` (a root Y.Text): the text of a text or long-text cell
 * Two people typing in different cells touch different keys, so nothing is lost. Two typing in
 * the same text cell merge character by character: a text cell is a Y.Text, and a root one, so
 * it exists on every device under the same name without anyone creating it (two devices creating
 * a nested Y.Text under one map key at once would each keep only one of them). Numbers, choices
 * and ticks stay last-writer-wins. A row's cells outlive a concurrent delete of the row only as
 * unreachable keys, which the reader ignores.
 * Sheets written before text cells were shared hold their text as strings in `cells`; the reader
 * still takes them, and `migrateTextCells` moves them into the Y.Texts.
 */
import type { MapsDoc } from './mcuaSheet';
import { cellProblem, columnOf, MAX_CELL_TEXT, ROW_ID_PATTERN, type CellValue, type ColumnSpec, type TableForm } from './tableForm';

export const TABLE_SHEET_MAPS = ['sheet', 'rows', 'cells'] as const;
export type TableSheetMap = (typeof TABLE_SHEET_MAPS)[number];
/** The `sheet` key naming the form; only facilitators (and the server) may set it. */
export const SHEET_FORM_KEY = 'form';
const CELL_KEY_SEPARATOR = ':';
const MAX_SOURCE_LENGTH = 200;

/** The Y.Text root of a text cell starts with this; nothing else in any document does. */
export const TEXT_ROOT_PREFIX = 'cellText:';

/**
 * A plain copy of the sheet: its maps as `toJSON()` gives them, and `texts`: each text cell that
 * holds text in its Y.Text, by cell key.
 */
export type TableSheetSnapshot = Partial<Record<TableSheetMap, unknown>> & { texts?: Record<string, string> };

/** The bit of a Y.Doc a reader of table sheets needs, so `lib/` does not import yjs. */
export interface TableSheetDoc extends MapsDoc {
  getText(name: string): { toString(): string };
}

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

export function cellKey(rowId: string, columnId: string): string {
  return `${rowId}${CELL_KEY_SEPARATOR}${columnId}`;
}

/** Whether a column's cells are shared text (a Y.Text each) rather than a single value. */
export function isTextColumn(column: Pick<ColumnSpec, 'type'>): boolean {
  return column.type === 'text' || column.type === 'longText';
}

/** The name of the root Y.Text holding one text cell. */
export function textRootName(rowId: string, columnId: string): string {
  return `${TEXT_ROOT_PREFIX}${cellKey(rowId, columnId)}`;
}

/** The row and column of a text cell's root name, or null for any other name. */
export function parseTextRootName(name: string): { rowId: string; columnId: string } | null {
  if (!name.startsWith(TEXT_ROOT_PREFIX)) return null;
  const key = name.slice(TEXT_ROOT_PREFIX.length);
  const at = key.indexOf(CELL_KEY_SEPARATOR);
  if (at <= 0) return null;
  return { rowId: key.slice(0, at), columnId: key.slice(at + 1) };
}

/**
 * Why a write into the root named `name` does not belong to a text cell of `form`, or null when
 * it does (a text or long-text column of a well-formed row id). The server checks the content
 * (characters only) and the length itself; this answers which roots a table sheet may have.
 */
export function textRootProblem(form: TableForm, name: string): string | null {
  const cell = parseTextRootName(name);
  if (!cell) return null;
  const column = columnOf(form, cell.columnId);
  if (!column || !isTextColumn(column) || !ROW_ID_PATTERN.test(cell.rowId)) return `unknown text cell ${name.slice(0, 60)}`;
  return null;
}

/** Row ids of the sheet: its `rows` entries and the form's fixed rows. */
function rowIdsOf(form: TableForm, rows: unknown): string[] {
  const ids = new Set(entriesOf(rows).map(([id]) => id));
  for (const fixed of form.fixedRows ?? []) ids.add(fixed.id);
  return [...ids].filter((id) => ROW_ID_PATTERN.test(id));
}

/** A plain copy of the sheet, each row's text cells read from their Y.Texts. */
export function snapshotTableSheet(doc: TableSheetDoc, form: TableForm): TableSheetSnapshot {
  const snapshot: TableSheetSnapshot = Object.fromEntries(TABLE_SHEET_MAPS.map((name) => [name, doc.getMap(name).toJSON()]));
  const texts: Record<string, string> = {};
  const textColumns = form.columns.filter(isTextColumn);
  for (const rowId of rowIdsOf(form, snapshot.rows)) {
    for (const column of textColumns) {
      const text = doc.getText(textRootName(rowId, column.id)).toString();
      if (text !== '') texts[cellKey(rowId, column.id)] = text;
    }
  }
  snapshot.texts = texts;
  return snapshot;
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
  // Shared text first; a string left in `cells` by a sheet from before counts where there is none.
  for (const [key, value] of [...entriesOf(snapshot.cells), ...Object.entries(snapshot.texts ?? {})]) {
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

/** The part of a Y.Doc `migrateTextCells` writes through (the room's own document on the server). */
export interface MigratableSheetDoc {
  getMap(name: string): { get(key: string): unknown; delete(key: string): void; keys(): IterableIterator<string> };
  getText(name: string): { length: number; insert(index: number, text: string): void };
}

/** Cell keys of text columns that still hold a plain string in `cells` (a sheet from before shared text). */
export function textCellsToMigrate(form: TableForm, doc: Pick<MigratableSheetDoc, 'getMap'>): string[] {
  const cells = doc.getMap('cells');
  return [...cells.keys()].filter((key) => {
    const at = key.indexOf(CELL_KEY_SEPARATOR);
    const column = at > 0 ? columnOf(form, key.slice(at + 1)) : undefined;
    return column !== undefined && isTextColumn(column) && typeof cells.get(key) === 'string';
  });
}

/**
 * Moves every plain-string text cell into its Y.Text (unless the Y.Text already holds text, which
 * then wins, as it does for readers) and deletes the string. Run by the server before anyone
 * edits such a sheet, in one transaction; returns how many cells it moved.
 */
export function migrateTextCells(form: TableForm, doc: MigratableSheetDoc): number {
  const cells = doc.getMap('cells');
  const keys = textCellsToMigrate(form, doc);
  for (const key of keys) {
    const text = doc.getText(`${TEXT_ROOT_PREFIX}${key}`);
    const value = String(cells.get(key)).slice(0, MAX_CELL_TEXT);
    if (text.length === 0) text.insert(0, value);
    cells.delete(key);
  }
  return keys.length;
}
