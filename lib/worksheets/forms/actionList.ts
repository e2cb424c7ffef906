/**
 * A list of actions with their aspect (4.7's proposed actions grouped by technical, financial and
 * management P3O; 6.2's programmes the PDAM can start directly). The `aspect` column is what a
 * later MCUA reads as the action's aspect group.
 */
import type { TableForm } from '../tableForm';
import { aspectColumn, notesColumn, P3O_CHOICES } from './choices';

export const actionListForm: TableForm = {
  id: 'action-list',
  title: { id: 'Daftar tindakan', en: 'Action list' },
  purpose: {
    id: 'Setiap tindakan yang diusulkan, dikelompokkan menurut aspek teknis, finansial, atau manajemen (P3O).',
    en: 'Every proposed action, grouped by technical, financial or management (P3O) aspect.',
  },
  labelColumn: 'action',
  columns: [
    { id: 'action', label: { id: 'Tindakan', en: 'Action' }, type: 'text' },
    aspectColumn,
    { id: 'p3oArea', label: { id: 'Bidang P3O', en: 'P3O area' }, type: 'choice', choices: P3O_CHOICES, hint: { id: 'untuk aspek manajemen', en: 'for the management aspect' } },
    { id: 'origin', label: { id: 'Asal usulan', en: 'Where it comes from' }, type: 'text' },
    notesColumn,
  ],
};
