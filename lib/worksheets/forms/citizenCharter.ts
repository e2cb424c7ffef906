/**
 * Citizen Charter or Pakta Pelayanan (topic 5.2): the PDAM's promise to its customers, one statement
 * a row (a service standard, a right, a duty, the complaints channel, what happens when a promise
 * is broken), each with its measure and the unit that keeps it.
 */
import type { TableForm } from '../tableForm';

export const citizenCharterForm: TableForm = {
  id: 'citizen-charter',
  title: { id: 'Citizen Charter (Pakta Pelayanan)', en: 'Citizen Charter (service pact)' },
  purpose: {
    id: 'Janji pelayanan PDAM kepada pelanggan: standar yang dijanjikan, hak dan kewajiban, saluran pengaduan, dan kompensasinya.',
    en: 'The PDAM’s service promise to its customers: standards promised, rights and duties, the complaints channel, and redress.',
  },
  labelColumn: 'statement',
  columns: [
    {
      id: 'section',
      label: { id: 'Bagian', en: 'Section' },
      type: 'choice',
      choices: [
        { id: 'standard', label: { id: 'Standar pelayanan', en: 'Service standard' } },
        { id: 'right', label: { id: 'Hak pelanggan', en: 'Customer right' } },
        { id: 'duty', label: { id: 'Kewajiban pelanggan', en: 'Customer duty' } },
        { id: 'complaint', label: { id: 'Pengaduan', en: 'Complaints' } },
        { id: 'redress', label: { id: 'Kompensasi bila janji tidak ditepati', en: 'Redress when a promise is broken' } },
        { id: 'other', label: { id: 'Lainnya', en: 'Other' } },
      ],
    },
    { id: 'service', label: { id: 'Layanan', en: 'Service' }, type: 'text', hint: { id: 'mis. sambungan baru', en: 'e.g. new connection' } },
    { id: 'statement', label: { id: 'Janji/ketentuan', en: 'Promise or provision' }, type: 'longText' },
    { id: 'measure', label: { id: 'Ukuran', en: 'Measure' }, type: 'text', hint: { id: 'mis. paling lama 7 hari kerja', en: 'e.g. within 7 working days' } },
    { id: 'responsibleUnit', label: { id: 'Unit yang menepati', en: 'Unit that keeps it' }, type: 'text' },
  ],
};
