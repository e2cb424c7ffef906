/** How a table is shown: its columns' order, and a cell as text in the reader's language. */
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { pick } from '@/lib/i18n/bilingual';
import type { Lang } from '@/lib/i18n/translate';
import type { CellValue, ColumnSpec, TableForm } from '@/lib/worksheets/tableForm';
import { formatDecimal } from './tableSheetWrites';

/** A cell (or computed value) as text: yes/no, a decimal comma in Indonesian, a choice's label. */
export function cellText(value: CellValue | null | undefined, column: Pick<ColumnSpec, 'choices'> | undefined, lang: Lang, t: Dictionary): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? t.tables.yes : t.tables.no;
  if (typeof value === 'number') return formatDecimal(value, lang);
  const choice = column?.choices?.find((c) => c.id === value);
  return choice ? pick(choice.label, lang) : value;
}

/** The label column first (it stays in view when a wide table scrolls), then the others in the form's order. */
export function orderedColumns(form: TableForm): ColumnSpec[] {
  const label = form.columns.filter((column) => column.id === form.labelColumn);
  return [...label, ...form.columns.filter((column) => column.id !== form.labelColumn)];
}
