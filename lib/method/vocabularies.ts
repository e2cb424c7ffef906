/**
 * Fixed row and column headings of the guide's worksheets, so boards and worksheets can be
 * prefilled with the terms a facilitator expects. Facts from the guide, labelled in both languages.
 */
import type { BilingualText } from '../i18n/bilingual';
import { t } from './common';

export interface VocabularyTerm<K extends string = string> {
  key: K;
  label: BilingualText;
}

/** Process nodes checked in 3.1's good-governance checklist (rows). */
export const GOVERNANCE_NODES: readonly VocabularyTerm[] = [
  { key: 'target-groups', label: t('Penetapan kelompok sasaran', 'Choosing the target groups') },
  { key: 'service-package', label: t('Perancangan paket layanan', 'Designing the service package') },
  { key: 'mobilising-support', label: t('Mobilisasi dukungan', 'Mobilising support') },
  { key: 'delivery', label: t('Penyaluran pelayanan', 'Delivering the service') },
  { key: 'service-centre', label: t('Pusat pelayanan', 'Service centre') },
];

/** Good-governance criteria of 3.1's checklist (columns). */
export const GOVERNANCE_CRITERIA: readonly VocabularyTerm[] = [
  { key: 'transparent', label: t('Transparan', 'Transparent') },
  { key: 'participatory', label: t('Partisipatif', 'Participatory') },
  { key: 'accountable', label: t('Akuntabel', 'Accountable') },
  { key: 'accessible', label: t('Aksesibel', 'Accessible') },
  { key: 'affordable', label: t('Terjangkau', 'Affordable') },
];

/** Steps of 3.2's public service flow diagram, in order. */
export const SERVICE_FLOW_STEPS: readonly VocabularyTerm[] = [
  { key: 'design', label: t('Rancangan Pelayanan', 'Service design') },
  { key: 'mobilisation', label: t('Mobilisasi', 'Mobilisation') },
  { key: 'delivery', label: t('Penyaluran', 'Delivery') },
  { key: 'reaching-targets', label: t('Menjangkau Kelompok Sasaran', 'Reaching the target groups') },
];

/** Tags for 4.2's procedure improvement ideas. */
export const PROCEDURE_IDEA_TAGS: readonly VocabularyTerm<'delete' | 'merge' | 'simplify' | 'delegate'>[] = [
  { key: 'delete', label: t('Hapus', 'Delete') },
  { key: 'merge', label: t('Gabungkan', 'Merge') },
  { key: 'simplify', label: t('Sederhanakan', 'Simplify') },
  { key: 'delegate', label: t('Limpahkan', 'Delegate') },
];

/** Aspect groups in which 4.7 runs MCUA and 5.1 plans actions. */
export const ACTION_ASPECTS: readonly VocabularyTerm<'technical' | 'financial' | 'management'>[] = [
  { key: 'technical', label: t('Teknis', 'Technical') },
  { key: 'financial', label: t('Finansial', 'Financial') },
  { key: 'management', label: t('Manajemen (P3O)', 'Management (P3O)') },
];

/** What P3O stands for inside the management aspect. */
export const P3O_AREAS: readonly VocabularyTerm<'procedure' | 'personnel' | 'policy' | 'organisation'>[] = [
  { key: 'procedure', label: t('Prosedur', 'Procedure') },
  { key: 'personnel', label: t('Personil', 'Personnel') },
  { key: 'policy', label: t('Kebijakan', 'Policy') },
  { key: 'organisation', label: t('Organisasi', 'Organisation') },
];

/** Rows of 5.1's Smart Logframe, from the top. */
export const LOGFRAME_LEVELS: readonly VocabularyTerm<'goal' | 'purpose' | 'outputs' | 'activities'>[] = [
  { key: 'goal', label: t('Tujuan akhir', 'Goal') },
  { key: 'purpose', label: t('Tujuan antara', 'Purpose') },
  { key: 'outputs', label: t('Keluaran', 'Outputs') },
  { key: 'activities', label: t('Kegiatan', 'Activities') },
];

/** Columns of 5.1's Smart Logframe next to the narrative summary. */
export const LOGFRAME_COLUMNS: readonly VocabularyTerm<'indicators' | 'verification' | 'assumptions'>[] = [
  { key: 'indicators', label: t('Indikator', 'Indicators') },
  { key: 'verification', label: t('Cara verifikasi', 'Means of verification') },
  { key: 'assumptions', label: t('Asumsi', 'Assumptions') },
];

/** 5.2 sorts every action into one of these. */
export const ACTION_READINESS: readonly VocabularyTerm<'direct' | 'needs-approval'>[] = [
  { key: 'direct', label: t('Bisa langsung dijalankan', 'Can start directly') },
  { key: 'needs-approval', label: t('Perlu persetujuan pimpinan daerah', 'Needs approval of the head of region') },
];

/** Time frames 6.1 adds to the action table. */
export const ACTION_TIME_FRAMES: readonly VocabularyTerm<'five-years' | 'one-to-two-years'>[] = [
  { key: 'five-years', label: t('5 tahun', '5 years') },
  { key: 'one-to-two-years', label: t('1-2 tahun', '1-2 years') },
];

/** Example criteria the guide suggests for 2.1's ranking matrix. */
export const ISSUE_RANKING_CRITERIA_EXAMPLES: readonly VocabularyTerm[] = [
  { key: 'urgency', label: t('Tingkat urgensi', 'Urgency') },
  { key: 'breadth-of-benefit', label: t('Cakupan manfaat', 'Breadth of benefit') },
];

/** Laws and decrees the guide lists as material for 2.2's inter-policy table (as the guide cites them). */
export const STARTING_REGULATIONS: readonly BilingualText[] = [
  t('UU No. 32/2004 tentang Pemerintahan Daerah', 'Law 32/2004 on Regional Government'),
  t('UU No. 8/1999 tentang Perlindungan Konsumen', 'Law 8/1999 on Consumer Protection'),
  t('PP No. 65/2005 tentang Pedoman Penerapan Standar Pelayanan Minimal', 'Government Regulation 65/2005 on applying minimum service standards'),
  t('PP No. 50/2007 tentang Tata Cara Pelaksanaan Kerja Sama Daerah', 'Government Regulation 50/2007 on procedures for regional cooperation'),
  t('PP No. 16/2005 tentang pengembangan sistem penyediaan air minum', 'Government Regulation 16/2005 on drinking water supply systems'),
  t('Permendagri No. 6/2007 tentang Petunjuk Teknis Penyusunan dan Penetapan SPM', 'Home Affairs Regulation 6/2007 on drafting and setting minimum service standards'),
  t('Permendagri No. 2/2007 tentang Organ dan Kepegawaian PDAM', 'Home Affairs Regulation 2/2007 on PDAM organs and staffing'),
  t('Permen PU No. 18/2007 tentang Penyelenggaraan Pengembangan Sistem Penyediaan Air Minum', 'Public Works Regulation 18/2007 on developing drinking water supply systems'),
  t('Permen PU No. 294/2005 tentang Badan Pendukung Pengembangan Sistem Penyediaan Air Minum', 'Public Works Regulation 294/2005 on the support agency for drinking water supply development'),
  t('Kep MenPAN No. 25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat', 'Administrative Reform Decree 25/2004 on the community satisfaction index (IKM)'),
  t('Kep MenPAN No. 80/M/PAN/3/2002 tentang Intensifikasi Penerapan Pengaduan Masyarakat', 'Administrative Reform Decree 80/2002 on handling public complaints'),
  t('Kepmenkes No. 907/2002 tentang syarat-syarat dan pengawasan kualitas air minum', 'Health Decree 907/2002 on drinking water quality requirements and monitoring'),
  t('Kep MenLH No. 197/2004 tentang SPM Bidang Lingkungan Hidup di Daerah Kabupaten/Kota', 'Environment Decree 197/2004 on minimum environmental service standards in districts and cities'),
  t('Kepmendagri No. 47/1999 tentang Pedoman Penilaian Kinerja PDAM', 'Home Affairs Decree 47/1999 on assessing PDAM performance'),
];
