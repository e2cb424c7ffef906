/**
 * Every table worksheet form, by id, and the output kind each fills. The MCUA matrix (4.7) and the
 * issue ranking matrix (2.1) are matrices with their own sheets and screens, not tables.
 */
import type { OutputKind } from '../../method/types';
import type { TableForm } from '../tableForm';
import { gapTableForm } from './gapTable';

export const TABLE_FORMS: readonly TableForm[] = [gapTableForm];

/** Output kind → the form of its table worksheet. */
export const TABLE_FORM_OF_KIND: Partial<Record<OutputKind, TableForm>> = {
  'gap-table': gapTableForm,
};

export function tableFormById(id: string): TableForm | undefined {
  return TABLE_FORMS.find((form) => form.id === id);
}
