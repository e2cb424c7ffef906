/**
 * An agreed table output as a document table: the form's columns in the document's language, then
 * its computed columns (worked out again from the stored cells, so a table and its arithmetic
 * never disagree), one line per agreed row. Shared by the draft STPP and the session minutes.
 */
import { pick } from '../i18n/bilingual';
import type { Dictionary } from '../i18n/dictionaries';
import type { Lang } from '../i18n/translate';
import type { TableOutputData } from '../outputs/agreedData';
import { tableFormById } from '../worksheets/forms';
import type { CellValue, ColumnSpec, TableForm } from '../worksheets/tableForm';
import { computedText } from '../worksheets/computedText';
import { computedCells } from '../worksheets/tableSheet';
import type { DocTable } from './model';

/** Portrait pages hold about this many columns legibly; wider tables go on landscape pages. */
const PORTRAIT_COLUMNS = 6;

export function numberFormatFor(lang: Lang): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
}

/** One cell as a reader sees it: numbers in the language's style, yes/no in words, a choice by its label. */
export function cellText(column: Pick<ColumnSpec, 'type' | 'choices'> | undefined, value: CellValue | null | undefined, lang: Lang, t: Dictionary): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? t.stppDocument.yes : t.stppDocument.no;
  if (typeof value === 'number') return numberFormatFor(lang).format(value);
  const choice = column?.type === 'choice' ? column.choices?.find((c) => c.id === value) : undefined;
  return choice ? pick(choice.label, lang) : value;
}

/** The agreed table as a document table, or null for a form this version does not know. */
export function agreedTable(data: TableOutputData, options: { id: string; source: string; lang: Lang; t: Dictionary }): DocTable | null {
  const form: TableForm | undefined = tableFormById(data.form);
  if (!form) return null;
  const { lang, t } = options;
  const computed = form.computed ?? [];
  const columns = [...form.columns.map((c) => pick(c.label, lang)), ...computed.map((c) => pick(c.label, lang))];
  const fixedLabel = new Map((form.fixedRows ?? []).map((row) => [row.id, pick(row.label, lang)]));
  const rows = data.rows.map((row) => {
    const values = computedCells(form, row);
    return [
      ...form.columns.map((column) => (column.id === form.labelColumn && fixedLabel.has(row.id) ? fixedLabel.get(row.id)! : cellText(column, row.cells[column.id], lang, t))),
      ...computed.map((column) => computedText(column, row.cells, values[column.id], lang, t)),
    ];
  });
  return { id: options.id, columns, rows, wide: columns.length > PORTRAIT_COLUMNS, source: options.source };
}
