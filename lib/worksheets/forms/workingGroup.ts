/**
 * Topic 1.1's tables: who has a stake in PDAM services and how much they weigh (the stakeholder
 * matrix, pre-filled from the stakeholder map board), then the working group (Pokja) drawn from
 * them: its positions and who holds them, and what each member does while the STPP is drafted.
 */
import type { Choice, ColumnSpec, TableForm } from '../tableForm';
import { notesColumn } from './choices';

/** High or low, as the stakeholder map's quadrants place a party. */
export const LEVEL_CHOICES: readonly Choice[] = [
  { id: 'high', label: { id: 'Tinggi', en: 'High' } },
  { id: 'low', label: { id: 'Rendah', en: 'Low' } },
];

/** Which side of the service a party stands on; the Pokja needs both. */
const sideColumn: ColumnSpec = {
  id: 'side',
  label: { id: 'Unsur', en: 'Side' },
  type: 'choice',
  choices: [
    { id: 'provider', label: { id: 'Penyelenggara layanan', en: 'Service provider' } },
    { id: 'user', label: { id: 'Pengguna layanan', en: 'Service user' } },
  ],
};

const institutionColumn: ColumnSpec = { id: 'institution', label: { id: 'Lembaga/organisasi', en: 'Institution or organisation' }, type: 'text' };

export const stakeholderMatrixForm: TableForm = {
  id: 'stakeholder-matrix',
  title: { id: 'Matriks Stakeholders', en: 'Stakeholder matrix' },
  purpose: {
    id: 'Untuk setiap pihak: perannya dalam pelayanan PDAM, seberapa besar kepentingan dan pengaruhnya, dan bagaimana ia dilibatkan dalam STPP.',
    en: 'For each party: its part in PDAM services, how strong its interest and influence are, and how it takes part in the STPP.',
  },
  labelColumn: 'stakeholder',
  columns: [
    { id: 'stakeholder', label: { id: 'Stakeholder', en: 'Stakeholder' }, type: 'text' },
    institutionColumn,
    sideColumn,
    { id: 'roleAndFunction', label: { id: 'Peran dan fungsi dalam pelayanan', en: 'Role and function in the service' }, type: 'longText' },
    { id: 'stake', label: { id: 'Kepentingan terhadap pelayanan', en: 'What it wants from the service' }, type: 'longText' },
    { id: 'interest', label: { id: 'Tingkat kepentingan', en: 'Interest' }, type: 'choice', choices: LEVEL_CHOICES },
    { id: 'influence', label: { id: 'Tingkat pengaruh', en: 'Influence' }, type: 'choice', choices: LEVEL_CHOICES },
    { id: 'roleInStpp', label: { id: 'Peran dalam penyusunan STPP', en: 'Role in drafting the STPP' }, type: 'longText' },
    {
      id: 'involvement',
      label: { id: 'Cara melibatkan', en: 'How to involve it' },
      type: 'longText',
      hint: { id: 'anggota Pokja, undangan sesi, konsultasi …', en: 'Pokja member, session guest, consulted …' },
    },
  ],
};

export const pokjaStructureForm: TableForm = {
  id: 'pokja-structure',
  title: { id: 'Struktur Kelompok Kerja', en: 'Working group structure' },
  purpose: {
    id: 'Siapa mengisi setiap kedudukan dalam Pokja, dari lembaga mana, dan bagaimana menghubunginya; pastikan penyelenggara dan pengguna layanan sama-sama terwakili.',
    en: 'Who holds each position in the Pokja, for which body, and how to reach them; check that providers and users of the service are both represented.',
  },
  labelColumn: 'name',
  columns: [
    {
      id: 'position',
      label: { id: 'Kedudukan dalam Pokja', en: 'Position in the Pokja' },
      type: 'choice',
      choices: [
        { id: 'steering', label: { id: 'Pengarah', en: 'Steering' } },
        { id: 'chair', label: { id: 'Ketua', en: 'Chair' } },
        { id: 'vice-chair', label: { id: 'Wakil ketua', en: 'Vice-chair' } },
        { id: 'secretary', label: { id: 'Sekretaris', en: 'Secretary' } },
        { id: 'member', label: { id: 'Anggota', en: 'Member' } },
      ],
    },
    { id: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text', hint: { id: 'nama orang atau jabatan', en: 'a person’s name or post' } },
    institutionColumn,
    sideColumn,
    { id: 'contact', label: { id: 'Kontak', en: 'Contact' }, type: 'text', hint: { id: 'telepon atau email', en: 'phone or email' } },
  ],
};

export const memberRolesForm: TableForm = {
  id: 'member-roles',
  title: { id: 'Peran dan Fungsi Anggota Pokja', en: 'Roles and functions of Pokja members' },
  purpose: {
    id: 'Apa yang menjadi tanggung jawab setiap anggota atau kedudukan selama STPP disusun, sesuai lembaga yang diwakilinya.',
    en: 'What each member or position is responsible for while the STPP is drafted, in line with the body it represents.',
  },
  labelColumn: 'member',
  columns: [
    { id: 'member', label: { id: 'Anggota/kedudukan', en: 'Member or position' }, type: 'text' },
    institutionColumn,
    { id: 'role', label: { id: 'Peran', en: 'Role' }, type: 'longText' },
    { id: 'functions', label: { id: 'Fungsi dan tugas', en: 'Functions and tasks' }, type: 'longText' },
    notesColumn,
  ],
};
