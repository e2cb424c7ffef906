/**
 * Building blocks the stage files share: the usual participants, facilitator qualifications,
 * materials and tools. The guide repeats these lists topic after topic; they live here once.
 */
import type { BilingualText } from '../i18n/bilingual';

/** Bilingual text, Indonesian first. */
export function t(id: string, en: string): BilingualText {
  return { id, en };
}

export const PARTICIPANT = {
  timInti: t('Tim Inti', 'Core team'),
  pokja: t('Kelompok Kerja (Pokja)', 'Working group (Pokja)'),
  direksi: t('Direksi PDAM', 'PDAM board of directors'),
  hubunganLangganan: t('Bagian Hubungan Langganan PDAM dan semua unit pelayanan', 'PDAM customer relations department and all service units'),
  dinasPU: t('Dinas Pekerjaan Umum', 'Public works office (Dinas PU)'),
  bappeda: t('Bappeda', 'Regional development planning agency (Bappeda)'),
  forumPelanggan: t('Forum Pelanggan', 'Customer forum'),
  kepalaSkpdMitra: t('Kepala SKPD Mitra Utama', 'Head of the main partner office (SKPD Mitra Utama)'),
  skpdLain: t('Kepala instansi/SKPD lain yang menyediakan atau menyelenggarakan layanan terkait', 'Heads of other agencies and offices that provide related services'),
  stakeholderLain: t('Stakeholders lain', 'Other stakeholders'),
  kepalaDaerah: t('Kepala Daerah (Bupati/Walikota)', 'Head of region (regent or mayor)'),
  pimpinanDprd: t('Pimpinan DPRD', 'Leadership of the local parliament (DPRD)'),
  kepalaBappeda: t('Kepala Bappeda', 'Head of the planning agency (Bappeda)'),
  narasumberHukum: t('Narasumber dari Bagian Hukum Pemda', 'Resource person from the local government legal section'),
  narasumberTeknis: t('Narasumber teknis operasional dan kajian anggaran', 'Resource person on technical operations and budget review'),
  narasumberKeuangan: t('Narasumber aspek finansial PDAM', 'Resource person on PDAM finances'),
} as const;

/** The participant list most topics of stages 2 to 7 invite. */
export const USUAL_PARTICIPANTS: readonly BilingualText[] = [
  PARTICIPANT.timInti,
  PARTICIPANT.pokja,
  PARTICIPANT.direksi,
  PARTICIPANT.skpdLain,
  PARTICIPANT.stakeholderLain,
];

/** The usual list plus the head of the main partner office, for topics that redesign delivery. */
export const PARTNER_PARTICIPANTS: readonly BilingualText[] = [
  PARTICIPANT.timInti,
  PARTICIPANT.pokja,
  PARTICIPANT.direksi,
  PARTICIPANT.kepalaSkpdMitra,
  PARTICIPANT.skpdLain,
  PARTICIPANT.stakeholderLain,
];

export const QUALIFICATION = {
  facilitation: t('Mampu memfasilitasi perbaikan manajemen pelayanan publik', 'Able to facilitate the improvement of public service management'),
  waterSector: t('Memahami persoalan air minum dan pengelolaan PDAM', 'Understands drinking water issues and how a PDAM is run'),
  localGovernment: t('Terbiasa bekerja dengan pemerintah daerah dan perusahaan daerah', 'Used to working with local government and regional enterprises'),
  participatory: t('Berpengalaman memandu pertemuan partisipatif', 'Experienced in leading participatory meetings'),
  monitoring: t('Berpengalaman memantau dan mengevaluasi program', 'Experienced in monitoring and evaluating programmes'),
  dissemination: t('Berpengalaman merancang media penyebaran informasi', 'Experienced in designing dissemination media'),
  withLegalSection: t('Bekerja sama dengan Bagian Hukum pemerintah daerah', 'Works together with the local government legal section'),
} as const;

/** The four qualifications the guide asks of every facilitator. */
export const USUAL_QUALIFICATIONS: readonly BilingualText[] = [
  QUALIFICATION.facilitation,
  QUALIFICATION.waterSector,
  QUALIFICATION.localGovernment,
  QUALIFICATION.participatory,
];

export const MATERIAL = {
  kerangka: t('Kerangka Penyusunan STPP', 'STPP drafting framework (Kerangka Penyusunan STPP)'),
  tor: t('ToR kegiatan', 'Terms of reference of the activity'),
  corporatePlan: t('Corporate Plan dan Rencana Kerja Tahunan PDAM tahun berjalan', 'PDAM corporate plan and current annual work plan'),
} as const;

export const TOOL = {
  computer: t('Komputer', 'Computer'),
  groupComputers: t('Komputer untuk setiap kelompok', 'A computer for each group'),
  projector: t('LCD proyektor', 'LCD projector'),
  plano: t('Papan dan kertas plano', 'Board and flip-chart (plano) paper'),
  metaplan: t('Kartu metaplan', 'Metaplan cards'),
  markers: t('Spidol warna', 'Coloured markers'),
  tape: t('Isolasi kertas', 'Paper tape'),
} as const;

/** Projector plus the wall kit: plano paper, cards, markers and tape. */
export const WORKSHOP_TOOLS: readonly BilingualText[] = [
  TOOL.computer,
  TOOL.projector,
  TOOL.plano,
  TOOL.metaplan,
  TOOL.markers,
  TOOL.tape,
];

/** Projector only, for topics worked in plenary on a shared screen. */
export const SCREEN_TOOLS: readonly BilingualText[] = [TOOL.computer, TOOL.projector];
