/**
 * A computed column's value as a reader sees it: in words where the form explains it (the gap
 * table's direction), else as a number in the reader's style. Shared by the live sheet, the agreed
 * versions on screen and the documents, so all say the same.
 */
import type { Dictionary } from '../i18n/dictionaries';
import { format, type Lang } from '../i18n/translate';
import type { CellValue, ComputedColumn } from './tableForm';

function numberText(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function computedText(column: Pick<ComputedColumn, 'explain'>, row: Readonly<Record<string, CellValue | undefined>>, value: CellValue | null | undefined, lang: Lang, t: Dictionary): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return typeof value === 'boolean' ? (value ? t.tables.yes : t.tables.no) : value;
  if (!column.explain) return numberText(value, lang);
  const reading = column.explain(row, value);
  return format(t.tables.gapReadings[reading.kind], { amount: numberText(reading.amount, lang) });
}
