/** The facilitation methods the STPP guide names for its topics. */
import type { BilingualText } from '../i18n/bilingual';

export const METHOD_KINDS = [
  'presentation',
  'resource-person',
  'brainstorm',
  'group-discussion',
  'plenary',
  'metaplan',
  'ranking-matrix',
  'gap-analysis',
  'service-flow-diagram',
  'swot',
  'soar',
  'appreciative-inquiry',
  'flowchart',
  'mcua',
  'logframe',
  'onion-diagram',
  'technical-assistance',
] as const;

export type MethodKind = (typeof METHOD_KINDS)[number];

export const METHOD_LABELS: Record<MethodKind, BilingualText> = {
  presentation: { id: 'Presentasi', en: 'Presentation' },
  'resource-person': { id: 'Paparan narasumber', en: 'Input from a resource person' },
  brainstorm: { id: 'Curah pendapat', en: 'Brainstorming' },
  'group-discussion': { id: 'Diskusi kelompok', en: 'Group discussion' },
  plenary: { id: 'Diskusi pleno', en: 'Plenary discussion' },
  metaplan: { id: 'Kartu metaplan', en: 'Metaplan cards' },
  'ranking-matrix': { id: 'Matriks Pemeringkatan', en: 'Ranking matrix' },
  'gap-analysis': { id: 'Analisis kesenjangan kuantitatif', en: 'Quantitative gap analysis' },
  'service-flow-diagram': { id: 'Diagram Alur Pelayanan', en: 'Service flow diagram' },
  swot: { id: 'Analisis SWOT', en: 'SWOT analysis' },
  soar: { id: 'Analisis SOAR', en: 'SOAR analysis' },
  'appreciative-inquiry': { id: 'Appreciative Inquiry', en: 'Appreciative Inquiry' },
  flowchart: { id: 'Bagan Alir', en: 'Flowchart' },
  mcua: { id: 'Teknik MCUA', en: 'MCUA (Multiple Criteria Utility Assessment)' },
  logframe: { id: 'Penyusunan Smart Logframe', en: 'Building a Smart Logframe' },
  'onion-diagram': { id: 'Bagan Bawang', en: 'Onion diagram' },
  'technical-assistance': { id: 'Pendampingan', en: 'Technical assistance' },
};
