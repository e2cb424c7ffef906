/**
 * The STPP method's 7 stages and 22 topics as data. This is the skeleton the boards hang on;
 * the full topic model (objectives, outputs, sessions, steps) grows here with the workshop issue.
 * Titles are the method's own terms in Indonesian, with our English rendering.
 */
import type { BilingualText } from '../i18n/bilingual';

/** Which board template a topic works on; null when its work happens in worksheets only. */
export type BoardTemplate =
  | 'stakeholder-map'
  | 'brainstorm'
  | 'harapan-kenyataan'
  | 'service-flow'
  | 'swot'
  | 'flowchart'
  | 'org-chart'
  | 'onion';

export interface Topic {
  id: string;
  stage: number;
  title: BilingualText;
  boardTemplate: BoardTemplate | null;
}

export interface Stage {
  number: number;
  title: BilingualText;
}

export const STAGES: readonly Stage[] = [
  { number: 1, title: { id: 'Persiapan dan Pengorganisasian', en: 'Preparation and organisation' } },
  { number: 2, title: { id: 'Identifikasi Isu dan Analisis Awal', en: 'Issue identification and first analysis' } },
  { number: 3, title: { id: 'Analisis Kebutuhan dan Penyaluran Pelayanan', en: 'Needs and service delivery analysis' } },
  { number: 4, title: { id: 'Rancangan Tindakan Peningkatan Pelayanan', en: 'Designing service improvement actions' } },
  { number: 5, title: { id: 'Penyusunan dan Penyepakatan STPP', en: 'Drafting and agreeing the STPP' } },
  { number: 6, title: { id: 'Integrasi dan Pelaksanaan', en: 'Integration and implementation' } },
  { number: 7, title: { id: 'Monitoring, Evaluasi dan Replikasi', en: 'Monitoring, evaluation and replication' } },
];

export const TOPICS: readonly Topic[] = [
  { id: '1.1', stage: 1, title: { id: 'Analisis Stakeholders dan Pembentukan Kelompok Kerja', en: 'Stakeholder analysis and forming the working group' }, boardTemplate: 'stakeholder-map' },
  { id: '1.2', stage: 1, title: { id: 'Pengenalan Pelayanan Publik dan STPP', en: 'Introduction to public service and the STPP' }, boardTemplate: null },
  { id: '2.1', stage: 2, title: { id: 'Isu Utama Pelayanan PDAM', en: 'Main service issue of the PDAM' }, boardTemplate: 'brainstorm' },
  { id: '2.2', stage: 2, title: { id: 'Analisis Peraturan Perundang-undangan', en: 'Analysis of laws and regulations' }, boardTemplate: null },
  { id: '2.3', stage: 2, title: { id: 'Analisis Kesenjangan Pelayanan', en: 'Service gap analysis' }, boardTemplate: null },
  { id: '3.1', stage: 3, title: { id: 'Analisis Kebutuhan Teknis dan Manajemen', en: 'Technical and management needs analysis' }, boardTemplate: 'harapan-kenyataan' },
  { id: '3.2', stage: 3, title: { id: 'Analisis Manajemen Penyaluran Pelayanan', en: 'Service delivery management analysis' }, boardTemplate: 'service-flow' },
  { id: '4.1', stage: 4, title: { id: 'Rancangan Peningkatan Kapasitas Teknis', en: 'Design of technical capacity improvement' }, boardTemplate: 'swot' },
  { id: '4.2', stage: 4, title: { id: 'Rancangan Perbaikan Prosedur Pelayanan', en: 'Design of service procedure improvement' }, boardTemplate: 'flowchart' },
  { id: '4.3', stage: 4, title: { id: 'Rancangan Pengembangan Kebijakan', en: 'Design of policy development' }, boardTemplate: 'brainstorm' },
  { id: '4.4', stage: 4, title: { id: 'Rancangan Pengembangan Kapasitas Personil', en: 'Design of staff capacity development' }, boardTemplate: null },
  { id: '4.5', stage: 4, title: { id: 'Rancangan Peningkatan Organisasi Penyelenggara', en: 'Design of provider organisation improvement' }, boardTemplate: 'org-chart' },
  { id: '4.6', stage: 4, title: { id: 'Rancangan Peningkatan Kapasitas Keuangan', en: 'Design of financial capacity improvement' }, boardTemplate: 'brainstorm' },
  { id: '4.7', stage: 4, title: { id: 'Prioritisasi Tindakan Peningkatan Pelayanan', en: 'Prioritising service improvement actions' }, boardTemplate: null },
  { id: '5.1', stage: 5, title: { id: 'Rancangan Efektivitas Teknis dan Manajemen', en: 'Design of technical and management effectiveness' }, boardTemplate: null },
  { id: '5.2', stage: 5, title: { id: 'Penyusunan Citizen Charter', en: 'Drafting the citizen charter' }, boardTemplate: null },
  { id: '5.3', stage: 5, title: { id: 'Penyepakatan Draft STPP', en: 'Agreeing the draft STPP' }, boardTemplate: null },
  { id: '6.1', stage: 6, title: { id: 'Integrasi STPP ke Corporate Plan', en: 'Integrating the STPP into the corporate plan' }, boardTemplate: null },
  { id: '6.2', stage: 6, title: { id: 'Kajian Keuangan Pelaksanaan STPP', en: 'Financial review of STPP implementation' }, boardTemplate: null },
  { id: '6.3', stage: 6, title: { id: 'Pelaksanaan Kegiatan dalam STPP', en: 'Carrying out the STPP activities' }, boardTemplate: null },
  { id: '7.1', stage: 7, title: { id: 'Monitoring dan Evaluasi', en: 'Monitoring and evaluation' }, boardTemplate: null },
  { id: '7.2', stage: 7, title: { id: 'Dokumentasi dan Replikasi', en: 'Documentation and replication' }, boardTemplate: 'onion' },
];

export function findTopic(topicId: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === topicId);
}
