/**
 * Tabel Skema Tindakan (5.2, extended in 6.1): every action with its performance indicator, cost,
 * financial analysis and person in charge; whether it can start directly or needs the head of
 * region's approval; and, from 6.1, its time frame and programme/activity budget code.
 */
import type { TableForm } from '../tableForm';
import { aspectColumn, personInChargeColumn, READINESS_CHOICES, rupiahColumn, TIME_FRAME_CHOICES } from './choices';

export const skemaTindakanForm: TableForm = {
  id: 'skema-tindakan-table',
  title: { id: 'Tabel Skema Tindakan Peningkatan Pelayanan', en: 'Service improvement action table' },
  purpose: {
    id: 'Lengkapi setiap tindakan dengan indikator, biaya, sumber anggaran, dan penanggung jawab; pilah yang bisa langsung dijalankan.',
    en: 'Complete each action with its indicator, cost, budget source and person in charge; sort out which can start directly.',
  },
  labelColumn: 'action',
  columns: [
    { id: 'action', label: { id: 'Kegiatan/tindakan', en: 'Activity or action' }, type: 'text' },
    aspectColumn,
    { id: 'schedule', label: { id: 'Jadwal', en: 'Schedule' }, type: 'text' },
    { id: 'implementingUnit', label: { id: 'Unit pelaksana', en: 'Implementing unit' }, type: 'text' },
    personInChargeColumn,
    { id: 'indicator', label: { id: 'Indikator kinerja', en: 'Performance indicator' }, type: 'text' },
    rupiahColumn('cost', { id: 'Perkiraan biaya', en: 'Cost estimate' }),
    { id: 'budgetSource', label: { id: 'Sumber anggaran', en: 'Budget source' }, type: 'text', hint: { id: 'mis. APBD, dana internal PDAM, APBN, pinjaman', en: 'e.g. regional budget, PDAM funds, national budget, loan' } },
    { id: 'financialAnalysis', label: { id: 'Analisis finansial', en: 'Financial analysis' }, type: 'longText' },
    { id: 'start', label: { id: 'Pelaksanaan', en: 'Start' }, type: 'choice', choices: READINESS_CHOICES },
    { id: 'timeFrame', label: { id: 'Jangka waktu', en: 'Time frame' }, type: 'choice', choices: TIME_FRAME_CHOICES },
    { id: 'budgetCode', label: { id: 'Kode anggaran', en: 'Budget code' }, type: 'text', hint: { id: 'program/kegiatan', en: 'programme/activity' } },
  ],
};
