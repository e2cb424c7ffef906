/**
 * Topic 3.2's tables: root causes and alternative solutions per step of the public service flow,
 * and the two or three integrated solutions that enter 4.7 as MCUA actions (with their aspect).
 */
import type { TableForm } from '../tableForm';
import { aspectColumn, P3O_CHOICES } from './choices';

export const rootCausesPerStepForm: TableForm = {
  id: 'root-causes-per-step',
  title: { id: 'Akar masalah dan solusi per tahap alur pelayanan', en: 'Root causes and solutions per service-flow step' },
  purpose: {
    id: 'Untuk setiap tahap alur pelayanan: rumusan akar masalah yang disepakati dan solusi alternatifnya.',
    en: 'For each step of the service flow: the agreed root causes and the alternative solutions to them.',
  },
  labelColumn: 'step',
  columns: [
    { id: 'step', label: { id: 'Tahap alur', en: 'Flow step' }, type: 'text' },
    { id: 'description', label: { id: 'Yang terjadi di tahap ini', en: 'What happens at this step' }, type: 'longText' },
    { id: 'rootCauses', label: { id: 'Akar masalah', en: 'Root causes' }, type: 'longText' },
    { id: 'solutions', label: { id: 'Solusi alternatif', en: 'Alternative solutions' }, type: 'longText' },
  ],
};

export const integratedSolutionsForm: TableForm = {
  id: 'integrated-solutions',
  title: { id: 'Solusi terpadu perbaikan manajemen pelayanan', en: 'Integrated solutions for service management' },
  purpose: {
    id: 'Dua atau tiga solusi yang memadukan beberapa solusi alternatif; masing-masing diberi aspeknya untuk MCUA di 4.7.',
    en: 'Two or three solutions that combine several alternatives; each gets its aspect for the MCUA in 4.7.',
  },
  labelColumn: 'solution',
  columns: [
    { id: 'solution', label: { id: 'Solusi terpadu', en: 'Integrated solution' }, type: 'text' },
    { id: 'combines', label: { id: 'Solusi alternatif yang dipadukan', en: 'Alternatives it combines' }, type: 'longText' },
    { id: 'steps', label: { id: 'Tahap alur yang ditangani', en: 'Flow steps it addresses' }, type: 'text' },
    aspectColumn,
    { id: 'p3oArea', label: { id: 'Bidang P3O', en: 'P3O area' }, type: 'choice', choices: P3O_CHOICES, hint: { id: 'untuk aspek manajemen', en: 'for the management aspect' } },
    { id: 'rationale', label: { id: 'Mengapa strategis', en: 'Why it is strategic' }, type: 'longText' },
  ],
};
