/**
 * Tabel Hubungan Antar-kebijakan (topic 2.2): each law or decree against the institutions it
 * concerns and what it means for the main issue, so the plenary can draw the legal corridor (what
 * the rules require, allow and limit) for the STPP and for inter-agency cooperation.
 */
import type { TableForm } from '../tableForm';
import { notesColumn } from './choices';

export const regulationTableForm: TableForm = {
  id: 'regulation-table',
  title: { id: 'Tabel Hubungan Antar-kebijakan', en: 'Inter-policy relations table' },
  purpose: {
    id: 'Petakan setiap peraturan: lembaga yang terkait, apa yang diaturnya, dan kaitannya dengan isu utama.',
    en: 'Map each regulation: the institutions concerned, what it governs, and how it bears on the main issue.',
  },
  labelColumn: 'regulation',
  columns: [
    { id: 'regulation', label: { id: 'Peraturan', en: 'Regulation' }, type: 'text', hint: { id: 'jenis, nomor, tahun, tentang', en: 'type, number, year, subject' } },
    {
      id: 'level',
      label: { id: 'Jenis', en: 'Type' },
      type: 'choice',
      choices: [
        { id: 'law', label: { id: 'Undang-undang', en: 'Law' } },
        { id: 'government-regulation', label: { id: 'Peraturan Pemerintah', en: 'Government regulation' } },
        { id: 'ministerial', label: { id: 'Peraturan/Keputusan Menteri', en: 'Ministerial regulation or decree' } },
        { id: 'regional', label: { id: 'Peraturan Daerah', en: 'Regional regulation' } },
        { id: 'head-of-region', label: { id: 'Peraturan/Keputusan Kepala Daerah', en: 'Head-of-region regulation or decree' } },
        { id: 'other', label: { id: 'Lainnya', en: 'Other' } },
      ],
    },
    { id: 'institutions', label: { id: 'Lembaga terkait', en: 'Institutions concerned' }, type: 'longText', hint: { id: 'PDAM, Dinas PU, Bappeda …', en: 'PDAM, public works office, Bappeda …' } },
    { id: 'governs', label: { id: 'Pokok pengaturan', en: 'What it governs' }, type: 'longText' },
    {
      id: 'corridor',
      label: { id: 'Sifat bagi STPP', en: 'Effect on the STPP' },
      type: 'choice',
      choices: [
        { id: 'requires', label: { id: 'Mewajibkan', en: 'Requires' } },
        { id: 'allows', label: { id: 'Memungkinkan', en: 'Allows' } },
        { id: 'limits', label: { id: 'Membatasi', en: 'Limits' } },
      ],
    },
    { id: 'relevance', label: { id: 'Kaitan dengan isu utama', en: 'Relevance to the main issue' }, type: 'longText' },
    { id: 'relatedPolicies', label: { id: 'Hubungan dengan kebijakan lain', en: 'Relation to other policies' }, type: 'longText', hint: { id: 'mendukung, tumpang tindih, bertentangan', en: 'supports, overlaps, conflicts' } },
    notesColumn,
  ],
};
