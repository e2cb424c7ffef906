/**
 * Topic 5.1: the action scheme (per priority action: schedule, implementing organisation, person in
 * charge and cost, one aspect group per breakout group) and the Smart Logframe that integrates it.
 */
import type { TableForm } from '../tableForm';
import { aspectColumn, LOGFRAME_LEVEL_CHOICES, personInChargeColumn, rupiahColumn } from './choices';

export const actionSchemeForm: TableForm = {
  id: 'action-scheme',
  title: { id: 'Lembar kerja skema tindakan', en: 'Action scheme worksheet' },
  purpose: {
    id: 'Untuk setiap tindakan prioritas dari 4.7: jadwal, organisasi pelaksana, penanggung jawab, dan besaran biayanya.',
    en: 'For each priority action from 4.7: the schedule, the implementing organisation, the person in charge and the cost.',
  },
  labelColumn: 'action',
  columns: [
    { id: 'action', label: { id: 'Tindakan', en: 'Action' }, type: 'text' },
    aspectColumn,
    { id: 'priority', label: { id: 'Peringkat MCUA dalam aspeknya', en: 'MCUA rank within its aspect' }, type: 'number', min: 1 },
    { id: 'schedule', label: { id: 'Jadwal pelaksanaan', en: 'Schedule' }, type: 'text' },
    { id: 'implementingUnit', label: { id: 'Organisasi pelaksana', en: 'Implementing organisation' }, type: 'text' },
    personInChargeColumn,
    rupiahColumn('cost', { id: 'Biaya', en: 'Cost' }),
  ],
};

/** One line per indicator; the baseline, target and verification cells follow the same lines. */
const PER_LINE_HINT = { id: 'satu per baris', en: 'one per line' };

export const smartLogframeForm: TableForm = {
  id: 'smart-logframe',
  title: { id: 'Tabel Smart Logframe', en: 'Smart Logframe table' },
  purpose: {
    id: 'Tujuan akhir, tujuan antara, keluaran dan kegiatan, masing-masing dengan indikator yang terukur, cara verifikasi, dan asumsinya.',
    en: 'Goal, purpose, outputs and activities, each with measurable indicators, means of verification and assumptions.',
  },
  labelColumn: 'summary',
  columns: [
    { id: 'level', label: { id: 'Tingkat', en: 'Level' }, type: 'choice', choices: LOGFRAME_LEVEL_CHOICES },
    { id: 'summary', label: { id: 'Ringkasan naratif', en: 'Narrative summary' }, type: 'longText' },
    { id: 'indicators', label: { id: 'Indikator', en: 'Indicators' }, type: 'longText', hint: PER_LINE_HINT },
    { id: 'baseline', label: { id: 'Kondisi awal', en: 'Baseline' }, type: 'longText', hint: PER_LINE_HINT },
    { id: 'target', label: { id: 'Target', en: 'Target' }, type: 'longText', hint: PER_LINE_HINT },
    { id: 'verification', label: { id: 'Cara verifikasi', en: 'Means of verification' }, type: 'longText', hint: PER_LINE_HINT },
    { id: 'assumptions', label: { id: 'Asumsi', en: 'Assumptions' }, type: 'longText' },
  ],
};
