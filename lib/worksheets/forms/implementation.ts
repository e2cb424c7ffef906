/**
 * Stage 6's tables: where each action goes in the planning documents (6.1), the programme matrix
 * with costs, funding and budget year (6.2), the implementation schedule and the oversight
 * mechanism (6.3).
 */
import type { TableForm } from '../tableForm';
import { notesColumn, personInChargeColumn, READINESS_CHOICES, rupiahColumn } from './choices';

export const integrationPlanForm: TableForm = {
  id: 'integration-plan',
  title: { id: 'Rencana penyisipan STPP ke dokumen perencanaan', en: 'Plan for inserting the STPP into planning documents' },
  purpose: {
    id: 'Untuk setiap tindakan: dokumen perencanaan yang memuatnya, kapan disisipkan, dan siapa yang mengurusnya.',
    en: 'For each action: the planning document that takes it, when it goes in, and who handles it.',
  },
  labelColumn: 'action',
  columns: [
    { id: 'action', label: { id: 'Tindakan/program', en: 'Action or programme' }, type: 'text' },
    {
      id: 'document',
      label: { id: 'Dokumen perencanaan', en: 'Planning document' },
      type: 'choice',
      choices: [
        { id: 'renstra', label: { id: 'Renstra SKPD', en: 'Office strategic plan (Renstra)' } },
        { id: 'renja', label: { id: 'Renja SKPD', en: 'Office work plan (Renja)' } },
        { id: 'rka-skpd', label: { id: 'RKA-SKPD', en: 'Office budget plan (RKA-SKPD)' } },
        { id: 'corporate-plan', label: { id: 'Corporate plan PDAM', en: 'PDAM corporate plan' } },
        { id: 'business-plan', label: { id: 'Rencana bisnis/RKAP PDAM', en: 'PDAM business plan' } },
      ],
    },
    { id: 'budgetCode', label: { id: 'Kode anggaran', en: 'Budget code' }, type: 'text', hint: { id: 'program/kegiatan', en: 'programme/activity' } },
    { id: 'timing', label: { id: 'Waktu penyisipan', en: 'When it goes in' }, type: 'text', hint: { id: 'mis. siklus anggaran 2027', en: 'e.g. 2027 budget cycle' } },
    personInChargeColumn,
    notesColumn,
  ],
};

export const programmeMatrixForm: TableForm = {
  id: 'programme-matrix',
  title: { id: 'Matriks program STPP', en: 'STPP programme matrix' },
  purpose: {
    id: 'Setiap program atau kegiatan dengan perkiraan biaya, sumber dana, tahun anggaran dalam corporate plan, dan kesiapannya dimulai.',
    en: 'Each programme or activity with its cost estimate, funding source, budget year in the corporate plan, and readiness to start.',
  },
  labelColumn: 'programme',
  columns: [
    { id: 'programme', label: { id: 'Program/kegiatan', en: 'Programme or activity' }, type: 'text' },
    rupiahColumn('cost', { id: 'Perkiraan biaya', en: 'Cost estimate' }),
    { id: 'fundingSource', label: { id: 'Sumber dana', en: 'Funding source' }, type: 'text' },
    { id: 'budgetYear', label: { id: 'Tahun anggaran', en: 'Budget year' }, type: 'number', min: 2000, max: 2100 },
    { id: 'start', label: { id: 'Kesiapan', en: 'Readiness' }, type: 'choice', choices: READINESS_CHOICES },
    { id: 'fundingSettled', label: { id: 'Dana sudah pasti', en: 'Funding settled' }, type: 'check' },
    notesColumn,
  ],
};

export const implementationScheduleForm: TableForm = {
  id: 'implementation-schedule',
  title: { id: 'Jadwal kerja penerapan STPP', en: 'STPP implementation schedule' },
  purpose: {
    id: 'Kapan setiap program mulai dan selesai, siapa pelaksananya, dan tonggak apa yang dipantau.',
    en: 'When each programme starts and ends, who carries it out, and which milestones are watched.',
  },
  labelColumn: 'programme',
  columns: [
    { id: 'programme', label: { id: 'Program/kegiatan', en: 'Programme or activity' }, type: 'text' },
    { id: 'startsOn', label: { id: 'Mulai', en: 'Starts' }, type: 'text', hint: { id: 'bulan/tahun', en: 'month/year' } },
    { id: 'endsOn', label: { id: 'Selesai', en: 'Ends' }, type: 'text', hint: { id: 'bulan/tahun', en: 'month/year' } },
    { id: 'implementer', label: { id: 'Pelaksana', en: 'Carried out by' }, type: 'text' },
    { id: 'milestones', label: { id: 'Tonggak yang dipantau', en: 'Milestones watched' }, type: 'longText' },
  ],
};

export const oversightMechanismForm: TableForm = {
  id: 'oversight-mechanism',
  title: { id: 'Mekanisme pengawalan pelaksanaan STPP', en: 'Oversight mechanism for STPP implementation' },
  purpose: {
    id: 'Tahap-tahap pengawalan, peran Pokja di setiap tahap, cara pelaporan, dan tindakan bila pelaksanaan macet.',
    en: 'The oversight stages, the Pokja’s role at each, how reporting works, and what is done if implementation stalls.',
  },
  labelColumn: 'stage',
  columns: [
    { id: 'stage', label: { id: 'Tahap pengawalan', en: 'Oversight stage' }, type: 'text' },
    { id: 'pokjaRole', label: { id: 'Peran Pokja', en: 'Role of the Pokja' }, type: 'longText' },
    { id: 'reporting', label: { id: 'Pelaporan', en: 'Reporting' }, type: 'longText', hint: { id: 'kepada siapa dan bagaimana', en: 'to whom and how' } },
    { id: 'frequency', label: { id: 'Frekuensi', en: 'How often' }, type: 'text' },
    { id: 'ifStalled', label: { id: 'Bila pelaksanaan macet', en: 'If implementation stalls' }, type: 'longText' },
  ],
};
