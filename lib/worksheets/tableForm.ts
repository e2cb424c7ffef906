/**
 * A table worksheet's form: the columns a plenary fills for one output format (a gap table, a
 * logframe, an action scheme …), which column names a row, and the values computed from a row.
 * Forms are data in `lib/worksheets/forms/`; one generic screen, one Y.Doc layout
 * (`tableSheet.ts`), one server check and one agreed-data format serve them all.
 */
import type { BilingualText } from '../i18n/bilingual';
import type { GapReading } from '../scoring/gap';

/** What a cell holds. `choice` is one of the column's `choices` (by id); `check` is yes/no. */
export type ColumnType = 'text' | 'longText' | 'number' | 'choice' | 'check';

export type CellValue = string | number | boolean;

export interface Choice {
  id: string;
  label: BilingualText;
}

export interface ColumnSpec {
  /** Stable key in the Y.Doc and in agreed data: `[a-z][A-Za-z0-9]*`, never renamed once released. */
  id: string;
  label: BilingualText;
  type: ColumnType;
  /** For `choice` columns. */
  choices?: readonly Choice[];
  /** A short hint under the header (the unit, or what to write). */
  hint?: BilingualText;
  /** For `number` columns: the smallest and largest value accepted (defaults: any finite number). */
  min?: number;
  max?: number;
}

/** A value the screen, the XLSX and the document show beside the row, computed from its cells. */
export interface ComputedColumn {
  id: string;
  label: BilingualText;
  compute: (row: Readonly<Record<string, CellValue | undefined>>) => CellValue | null;
  /**
   * The same computation as a spreadsheet formula over the row's cells, `{columnId}` standing for
   * the cell of that column (e.g. `IF({higherIsBetter},{target}-{actual},{actual}-{target})`), so
   * an exported sheet recalculates. Absent: exported as a plain value.
   */
  formula?: string;
  /**
   * The value in words for readers (the gap table's "no gap, exceeds the target by 3" rather than
   * "-3"); absent: shown as a plain number. Spreadsheets keep the number and its formula.
   */
  explain?: (row: Readonly<Record<string, CellValue | undefined>>, value: number) => GapReading;
}

export interface TableForm {
  /** Stable id, stored in agreed data and in the sheet (`sheet.form`). */
  id: string;
  title: BilingualText;
  /** One sentence for the plenary: what to fill and what it is for. */
  purpose: BilingualText;
  columns: readonly ColumnSpec[];
  computed?: readonly ComputedColumn[];
  /** The column that names a row: what later topics take as an item (e.g. an action's name). */
  labelColumn: string;
  /**
   * Rows every sheet of this form starts with and keeps (e.g. the five service-process nodes of the
   * governance checklist): their label cell is fixed and the rows cannot be removed.
   */
  fixedRows?: readonly { id: string; label: BilingualText }[];
}

/** Id rules shared by forms, rows and columns: short, URL- and key-safe. */
export const ROW_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
export const COLUMN_ID_PATTERN = /^[a-z][A-Za-z0-9]{0,39}$/;
/** Longest text a cell accepts (a long-text cell is a paragraph, not a chapter). */
export const MAX_CELL_TEXT = 4000;

export function columnOf(form: TableForm, columnId: string): ColumnSpec | undefined {
  return form.columns.find((column) => column.id === columnId);
}

/** Why `value` cannot go into `column`, or null when it can. */
export function cellProblem(column: ColumnSpec, value: unknown): string | null {
  switch (column.type) {
    case 'text':
    case 'longText':
      if (typeof value !== 'string') return `${column.id} must be text`;
      return value.length > MAX_CELL_TEXT ? `${column.id} is longer than ${MAX_CELL_TEXT} characters` : null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${column.id} must be a number`;
      if (column.min !== undefined && value < column.min) return `${column.id} must be at least ${column.min}`;
      if (column.max !== undefined && value > column.max) return `${column.id} must be at most ${column.max}`;
      return null;
    case 'choice':
      return typeof value === 'string' && (column.choices ?? []).some((choice) => choice.id === value) ? null : `${column.id} must be one of its choices`;
    case 'check':
      return typeof value === 'boolean' ? null : `${column.id} must be yes or no`;
  }
}

/** Checks a form's own definition (ids well formed and unique, label column present); for tests. */
export function formProblems(form: TableForm): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const column of [...form.columns, ...(form.computed ?? [])]) {
    if (!COLUMN_ID_PATTERN.test(column.id)) problems.push(`bad column id ${column.id}`);
    if (ids.has(column.id)) problems.push(`duplicate column id ${column.id}`);
    ids.add(column.id);
  }
  for (const column of form.columns) {
    if (column.type === 'choice' && !(column.choices && column.choices.length > 0)) problems.push(`${column.id} has no choices`);
  }
  const label = columnOf(form, form.labelColumn);
  if (!label || (label.type !== 'text' && label.type !== 'longText')) problems.push(`label column ${form.labelColumn} must be a text column`);
  for (const row of form.fixedRows ?? []) if (!ROW_ID_PATTERN.test(row.id)) problems.push(`bad fixed row id ${row.id}`);
  return problems;
}
