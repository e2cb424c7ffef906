/**
 * A plan of activities (4.3's plan to discuss the policy proposals, 6.1's lobbying plan, 7.1's M&E
 * work plan, 7.2's dissemination plan): what is done, with whom, when, who carries it and what
 * should come out of it.
 */
import type { TableForm } from '../tableForm';
import { personInChargeColumn } from './choices';

export const activityPlanForm: TableForm = {
  id: 'activity-plan',
  title: { id: 'Rencana kegiatan', en: 'Activity plan' },
  purpose: {
    id: 'Untuk setiap kegiatan: pihak yang dilibatkan, waktunya, penanggung jawab, dan hasil yang diharapkan.',
    en: 'For each activity: the parties involved, when it happens, who carries it, and the result expected.',
  },
  labelColumn: 'activity',
  columns: [
    { id: 'activity', label: { id: 'Kegiatan', en: 'Activity' }, type: 'text' },
    { id: 'parties', label: { id: 'Pihak yang dilibatkan', en: 'Parties involved' }, type: 'longText' },
    { id: 'schedule', label: { id: 'Waktu', en: 'When' }, type: 'text' },
    personInChargeColumn,
    { id: 'expectedResult', label: { id: 'Hasil yang diharapkan', en: 'Expected result' }, type: 'longText', hint: { id: 'dan cara melaporkannya', en: 'and how it is reported' } },
  ],
};
