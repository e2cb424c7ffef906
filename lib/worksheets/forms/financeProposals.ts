/**
 * Topic 4.6: proposals to strengthen PDAM finances, one per strategic financial issue, with the
 * effect on services and whom to discuss it with. They enter 4.7 as financial MCUA actions.
 */
import type { TableForm } from '../tableForm';
import { rupiahColumn } from './choices';

export const financeProposalsForm: TableForm = {
  id: 'finance-proposals',
  title: { id: 'Usulan peningkatan kapasitas finansial', en: 'Financial capacity proposals' },
  purpose: {
    id: 'Untuk setiap isu finansial strategis: langkah yang diusulkan, dampaknya pada pelayanan, dan dengan siapa dibahas.',
    en: 'For each strategic financial issue: the step proposed, its effect on services, and whom to discuss it with.',
  },
  labelColumn: 'proposal',
  columns: [
    { id: 'proposal', label: { id: 'Usulan', en: 'Proposal' }, type: 'text' },
    { id: 'issue', label: { id: 'Isu finansial strategis', en: 'Strategic financial issue' }, type: 'text' },
    { id: 'effect', label: { id: 'Dampak pada pelayanan', en: 'Effect on services' }, type: 'longText' },
    rupiahColumn('amount', { id: 'Perkiraan nilai per tahun', en: 'Estimated amount per year' }),
    { id: 'discussWith', label: { id: 'Dibahas dengan', en: 'To discuss with' }, type: 'text' },
  ],
};
