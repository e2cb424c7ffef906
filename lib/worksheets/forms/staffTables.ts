/**
 * Topic 4.4's two tables: which competences staff need and how far they are from them (the
 * competence gap, in levels and in people), then the recruitment or training programme for each
 * priority competence with its cost.
 */
import type { TableForm } from '../tableForm';
import { personInChargeColumn, rupiahColumn } from './choices';

/** Both numbers present: how far `needed` exceeds `present`, never below zero (a surplus is no gap). */
function shortfall(needed: unknown, present: unknown): number | null {
  return typeof needed === 'number' && typeof present === 'number' ? Math.max(0, needed - present) : null;
}

const LEVEL_HINT = { id: '1 (dasar) sampai 5 (ahli)', en: '1 (basic) to 5 (expert)' };

export const staffCompetenceForm: TableForm = {
  id: 'staff-competence-table',
  title: { id: 'Tabel Peningkatan Kompetensi Personil', en: 'Staff competence improvement table' },
  purpose: {
    id: 'Jenis kompetensi yang dibutuhkan, untuk jabatan atau unit mana, keadaan sekarang, dan urutan prioritasnya.',
    en: 'The competences needed, for which posts or units, where staff stand today, and their order of priority.',
  },
  labelColumn: 'competence',
  columns: [
    { id: 'competence', label: { id: 'Jenis kompetensi', en: 'Competence' }, type: 'text' },
    { id: 'postOrUnit', label: { id: 'Jabatan/unit', en: 'Post or unit' }, type: 'text' },
    { id: 'currentState', label: { id: 'Keadaan sekarang', en: 'Present state' }, type: 'longText' },
    { id: 'currentLevel', label: { id: 'Tingkat sekarang', en: 'Current level' }, type: 'number', min: 1, max: 5, hint: LEVEL_HINT },
    { id: 'requiredLevel', label: { id: 'Tingkat yang dibutuhkan', en: 'Required level' }, type: 'number', min: 1, max: 5, hint: LEVEL_HINT },
    { id: 'staffNeeded', label: { id: 'Personil dibutuhkan', en: 'Staff needed' }, type: 'number', min: 0, hint: { id: 'orang', en: 'people' } },
    { id: 'staffAvailable', label: { id: 'Personil tersedia', en: 'Staff available' }, type: 'number', min: 0, hint: { id: 'orang yang sudah mampu', en: 'people already able' } },
    { id: 'priority', label: { id: 'Prioritas', en: 'Priority' }, type: 'number', min: 1, hint: { id: '1 = paling utama', en: '1 = first' } },
  ],
  computed: [
    {
      id: 'levelGap',
      label: { id: 'Kesenjangan tingkat', en: 'Level gap' },
      compute: ({ requiredLevel, currentLevel }) => shortfall(requiredLevel, currentLevel),
      formula: 'MAX(0,{requiredLevel}-{currentLevel})',
    },
    {
      id: 'staffShortfall',
      label: { id: 'Kekurangan personil', en: 'Staff shortfall' },
      compute: ({ staffNeeded, staffAvailable }) => shortfall(staffNeeded, staffAvailable),
      formula: 'MAX(0,{staffNeeded}-{staffAvailable})',
    },
  ],
};

export const staffProgrammeForm: TableForm = {
  id: 'staff-programme-table',
  title: { id: 'Tabel Program Peningkatan Kemampuan Personil', en: 'Staff capability programme table' },
  purpose: {
    id: 'Untuk setiap kompetensi prioritas: program penerimaan atau pelatihan, sasarannya, waktu, penanggung jawab, dan biayanya.',
    en: 'For each priority competence: the recruitment or training programme, whom it targets, when, who is in charge, and its cost.',
  },
  labelColumn: 'programme',
  columns: [
    { id: 'programme', label: { id: 'Program/kegiatan', en: 'Programme or activity' }, type: 'text' },
    {
      id: 'kind',
      label: { id: 'Jenis', en: 'Kind' },
      type: 'choice',
      choices: [
        { id: 'recruitment', label: { id: 'Penerimaan pegawai', en: 'Recruitment' } },
        { id: 'training', label: { id: 'Pelatihan', en: 'Training' } },
        { id: 'mentoring', label: { id: 'Pendampingan/magang', en: 'Mentoring or placement' } },
      ],
    },
    { id: 'competence', label: { id: 'Kompetensi yang ditingkatkan', en: 'Competence it builds' }, type: 'text' },
    { id: 'targetGroup', label: { id: 'Sasaran', en: 'Target group' }, type: 'text' },
    { id: 'participants', label: { id: 'Jumlah peserta', en: 'Participants' }, type: 'number', min: 0 },
    { id: 'schedule', label: { id: 'Waktu', en: 'When' }, type: 'text' },
    personInChargeColumn,
    rupiahColumn('costPerParticipant', { id: 'Biaya per peserta', en: 'Cost per participant' }),
  ],
  computed: [
    {
      id: 'totalCost',
      label: { id: 'Perkiraan biaya total (Rp)', en: 'Estimated total cost (Rp)' },
      compute: ({ participants, costPerParticipant }) =>
        typeof participants === 'number' && typeof costPerParticipant === 'number' ? participants * costPerParticipant : null,
      formula: '{participants}*{costPerParticipant}',
    },
  ],
};
