/**
 * Topic 4.3: proposals to revise or draft local policy (Perda, head-of-region regulation or decree,
 * implementation and technical guidelines) for each strategic issue, with what to regulate and why.
 */
import type { TableForm } from '../tableForm';

export const policyProposalsForm: TableForm = {
  id: 'policy-proposals',
  title: { id: 'Usulan penyempurnaan/penyusunan kebijakan daerah', en: 'Proposals to revise or draft local policy' },
  purpose: {
    id: 'Untuk setiap isu strategis: bentuk kebijakan yang diusulkan, apa yang perlu diatur, dan alasannya.',
    en: 'For each strategic issue: the policy instrument proposed, what it should regulate, and why.',
  },
  labelColumn: 'proposal',
  columns: [
    { id: 'proposal', label: { id: 'Usulan kebijakan', en: 'Policy proposal' }, type: 'text' },
    { id: 'issue', label: { id: 'Isu strategis', en: 'Strategic issue' }, type: 'text' },
    {
      id: 'instrument',
      label: { id: 'Bentuk kebijakan', en: 'Instrument' },
      type: 'choice',
      choices: [
        { id: 'perda', label: { id: 'Peraturan Daerah', en: 'Regional regulation (Perda)' } },
        { id: 'head-of-region', label: { id: 'Peraturan/SK Bupati/Walikota', en: 'Regent or mayor regulation/decree' } },
        { id: 'juklak', label: { id: 'Petunjuk pelaksanaan (Juklak)', en: 'Implementation guideline (Juklak)' } },
        { id: 'juknis', label: { id: 'Petunjuk teknis (Juknis)', en: 'Technical guideline (Juknis)' } },
        { id: 'pdam-decree', label: { id: 'Keputusan Direksi PDAM', en: 'PDAM board decision' } },
      ],
    },
    {
      id: 'change',
      label: { id: 'Penyempurnaan atau baru', en: 'Revision or new' },
      type: 'choice',
      choices: [
        { id: 'revise', label: { id: 'Penyempurnaan', en: 'Revise an existing one' } },
        { id: 'new', label: { id: 'Penyusunan baru', en: 'Draft a new one' } },
      ],
    },
    { id: 'content', label: { id: 'Materi yang perlu diatur', en: 'What it should regulate' }, type: 'longText' },
    { id: 'rationale', label: { id: 'Alasan', en: 'Rationale' }, type: 'longText' },
  ],
};
