/** Stage 2: the main issue, the legal frame and the service gap (topics 2.1 to 2.3). */
import {
  MATERIAL,
  PARTICIPANT,
  QUALIFICATION,
  SCREEN_TOOLS,
  TOOL,
  USUAL_PARTICIPANTS,
  USUAL_QUALIFICATIONS,
  WORKSHOP_TOOLS,
  t,
} from './common';
import type { Stage, Topic } from './types';
import { STARTING_REGULATIONS } from './vocabularies';

export const STAGE_2: Stage = {
  number: 2,
  title: t('Identifikasi Isu dan Analisis Awal', 'Issue identification and first analysis'),
  objective: t(
    'Menetapkan isu utama pelayanan PDAM, lalu menempatkannya dalam peraturan yang berlaku dan dalam jarak antara target dan capaian pelayanan.',
    'Settle the main service issue of the PDAM, then place it within the regulations in force and the distance between service targets and results.',
  ),
};

const topic2_1: Topic = {
  id: '2.1',
  stage: 2,
  title: t('Isu Utama Pelayanan PDAM', 'Main service issue of the PDAM'),
  objective: t(
    'Menemukan satu isu utama yang paling perlu ditangani untuk memperbaiki manajemen pelayanan PDAM.',
    'Find the one main issue that most needs tackling to improve PDAM service management.',
  ),
  outputs: [
    {
      id: '2.1/main-issue',
      kind: 'main-issue-ranking',
      title: t('Isu Utama Pelayanan PDAM', 'Main PDAM service issue'),
      description: t(
        'Matriks Pemeringkatan: isu usulan kelompok dinilai dengan kriteria yang disepakati, misalnya tingkat urgensi dan cakupan manfaat. Nilai dijumlahkan, isu bernilai tertinggi menjadi isu utama, dan isu yang nilainya sama dinilai ulang.',
        'Ranking matrix: issues proposed by the groups are scored on agreed criteria such as urgency and breadth of benefit. Scores are summed, the highest-scoring issue becomes the main issue, and tied issues are scored again.',
      ),
    },
  ],
  inputs: ['1.1/stakeholder-matrix'],
  participants: [
    PARTICIPANT.timInti,
    PARTICIPANT.pokja,
    PARTICIPANT.direksi,
    PARTICIPANT.hubunganLangganan,
    PARTICIPANT.skpdLain,
    PARTICIPANT.stakeholderLain,
  ],
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'brainstorm', 'plenary', 'group-discussion', 'ranking-matrix', 'metaplan'],
  materials: [
    MATERIAL.kerangka,
    t('Bahan presentasi Direktur Utama PDAM tentang manajemen pelayanan PDAM', 'Presentation by the PDAM managing director on PDAM service management'),
    t('Format Matriks Pemeringkatan', 'Ranking matrix format'),
    t('Catatan hasil Tahap 1', 'Notes of the results of stage 1'),
    t('Bahan presentasi: Isu Utama Pelayanan PDAM', 'Presentation: the main PDAM service issue'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Profil pelayanan dan peluang perbaikan', 'Service profile and room for improvement'),
      steps: [
        t(
          'Tinjau hasil Tahap 1 dan Tindak Lanjut Topik 1.2 (SK Pokja, Kalender Kerja) dengan memakai Kerangka Penyusunan STPP.',
          'Review the results of stage 1 and the follow-ups of topic 1.2 (Pokja decree, work calendar) using the Kerangka.',
        ),
        t(
          'Paparkan bahan tentang isu utama pelayanan PDAM: apa yang disebut isu utama dan mengapa cukup satu yang dipilih.',
          'Present the material on the main PDAM service issue: what counts as a main issue and why a single one is chosen.',
        ),
        t(
          'Bagian Hubungan Langganan memaparkan profil terkini manajemen pelayanan PDAM.',
          'The customer relations department presents the current profile of PDAM service management.',
        ),
        t(
          'Pandu curah pendapat tentang profil itu. Di mana ada peluang memperbaiki pelayanan, dan apa prasyarat agar peluang itu bisa diambil? Tulis satu gagasan pada satu kartu metaplan.',
          'Lead a brainstorm on that profile. Where is there room to improve the service, and what must be in place to use it? Write one idea per metaplan card.',
        ),
        t(
          'Catat di Kalender Kerja jadwal sesi pemilihan isu utama dan undangannya. Tindak Lanjut: Tim Inti mengelompokkan kartu peluang dan prasyarat.',
          'Record in the work calendar (Kalender Kerja) when the main issue will be chosen and who is invited. Follow-up: the core team groups the opportunity and precondition cards.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Memilih isu utama', 'Choosing the main issue'),
      steps: [
        t(
          'Tinjau kartu peluang dan prasyarat dari sesi pertama serta kaitannya dengan Kerangka Penyusunan STPP.',
          'Review the opportunity and precondition cards from the first session and how they connect to the Kerangka.',
        ),
        t(
          'Bagi peserta ke beberapa kelompok sesuai jumlah yang hadir. Setiap kelompok mendaftar isu-isu utama manajemen pelayanan di kertas plano, lalu memaparkannya.',
          'Divide the participants into as many groups as attendance allows. Each group lists the main service management issues on flip-chart paper and presents them.',
        ),
        t(
          'Sepakati bersama kriteria penilaian isu, misalnya tingkat urgensi dan cakupan manfaat, berikut skala nilainya.',
          'Agree together on the criteria for scoring issues, for example urgency and breadth of benefit, and on the scoring scale.',
        ),
        t(
          'Tayangkan Matriks Pemeringkatan, masukkan semua isu dari kelompok, dan beri nilai setiap isu pada setiap kriteria. Isu dengan jumlah nilai tertinggi menjadi isu utama.',
          'Project the ranking matrix, enter every issue from the groups, and score each issue on each criterion. The issue with the highest total becomes the main issue.',
        ),
        t(
          'Bila dua isu atau lebih berbagi nilai tertinggi, nilai ulang isu-isu itu saja sampai tersisa satu.',
          'If two or more issues share the top score, score only those issues again until one remains.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 2.2 di Kalender Kerja, termasuk Bagian Hukum Pemda, serta Tindak Lanjut: menghimpun peraturan dan menyiapkan presentasi Direktur PDAM.',
          'Agree the date, agenda and invitees of topic 2.2 in the work calendar (Kalender Kerja), including the local government legal section, and the follow-ups: collecting regulations and preparing the PDAM director’s presentation.',
        ),
      ],
    },
  ],
  followUps: [
    t(
      'Pokja menghimpun peraturan perundang-undangan dan kebijakan daerah yang menyangkut isu utama pelayanan air minum.',
      'The Pokja collects the laws, regulations and local policies that bear on the main drinking water service issue.',
    ),
    t(
      'Pokja menyiapkan presentasi Direktur PDAM tentang peraturan yang berlaku dan perkembangan program yang berkaitan dengan isu utama.',
      'The Pokja prepares the PDAM director’s presentation on the regulations in force and the progress of programmes related to the main issue.',
    ),
  ],
  boardTemplate: 'brainstorm',
  worksheets: ['main-issue-ranking'],
};

const topic2_2: Topic = {
  id: '2.2',
  stage: 2,
  title: t('Analisis Peraturan Perundang-undangan', 'Analysis of laws and regulations'),
  objective: t(
    'Memakai peraturan perundang-undangan yang berlaku sebagai pijakan hukum untuk memperbaiki manajemen pelayanan air minum dan PDAM.',
    'Use the laws and regulations in force as the legal footing for improving drinking water service management and the PDAM.',
  ),
  outputs: [
    {
      id: '2.2/regulation-table',
      kind: 'regulation-table',
      title: t('Tabel Hubungan Antar-kebijakan', 'Inter-policy relations table'),
      description: t(
        'Setiap peraturan dipasangkan dengan lembaga yang diaturnya dan relevansinya bagi isu utama.',
        'Each regulation paired with the institutions it governs and its relevance to the main issue.',
      ),
    },
    {
      id: '2.2/stpp-legal-corridor',
      kind: 'narrative',
      title: t('Koridor Hukum Penyusunan STPP', 'Legal corridor for drafting the STPP'),
      description: t(
        'Ringkasan tentang apa yang dibolehkan, diwajibkan, dan dibatasi oleh peraturan ketika STPP disusun.',
        'Summary of what the regulations allow, require and limit when the STPP is drafted.',
      ),
    },
    {
      id: '2.2/cooperation-legal-corridor',
      kind: 'narrative',
      title: t('Koridor Hukum Kerja Sama Antar-instansi', 'Legal corridor for inter-agency cooperation'),
      description: t(
        'Ringkasan dasar hukum yang memungkinkan PDAM dan SKPD terkait bekerja sama dalam STPP.',
        'Summary of the legal basis on which the PDAM and related offices can work together within the STPP.',
      ),
    },
  ],
  inputs: ['2.1/main-issue'],
  participants: [...USUAL_PARTICIPANTS, PARTICIPANT.narasumberHukum],
  facilitatorQualifications: [...USUAL_QUALIFICATIONS, QUALIFICATION.withLegalSection],
  methods: ['presentation', 'plenary', 'group-discussion', 'resource-person'],
  materials: [
    MATERIAL.kerangka,
    ...STARTING_REGULATIONS,
    t('Dokumen Corporate Plan dan RATP (Rencana Anggaran Tahunan Perusahaan)', 'Corporate plan and annual company budget plan (RATP)'),
    MATERIAL.tor,
  ],
  tools: [TOOL.computer, TOOL.projector, TOOL.plano, TOOL.markers, TOOL.tape],
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Peraturan yang menyangkut isu utama', 'Regulations that bear on the main issue'),
      steps: [
        t(
          'Tinjau isu utama dan Tindak Lanjut Topik 2.1 dengan memakai Kerangka Penyusunan STPP.',
          'Review the main issue and the follow-ups of topic 2.1 using the Kerangka.',
        ),
        t(
          'Ketua Pokja memaparkan kumpulan peraturan dan perkembangan program yang berkaitan dengan isu utama, hasil Tindak Lanjut Topik 2.1.',
          'The Pokja chair presents the collected regulations and the progress of programmes related to the main issue, gathered as a follow-up of topic 2.1.',
        ),
        t(
          'Bersama narasumber Bagian Hukum Pemda, buka tanya jawab: peraturan mana yang mewajibkan, membolehkan, atau membatasi langkah perbaikan?',
          'With the resource person from the legal section, open a question round: which regulations require, allow or limit improvement steps?',
        ),
        t(
          'Sepakati di Kalender Kerja jadwal sesi pemetaan peraturan. Tindak Lanjut: Tim Inti menggandakan daftar peraturan untuk setiap kelompok.',
          'Agree in the work calendar (Kalender Kerja) when the regulations will be mapped. Follow-up: the core team copies the list of regulations for each group.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Memetakan hubungan antar-kebijakan', 'Mapping how the policies relate'),
      steps: [
        t(
          'Tinjau daftar peraturan dari sesi pertama dan tempatnya dalam Kerangka Penyusunan STPP.',
          'Review the list of regulations from the first session and its place in the Kerangka.',
        ),
        t(
          'Bagi peserta ke beberapa kelompok. Setiap kelompok mengisi Tabel Hubungan Antar-kebijakan di kertas plano: peraturan, lembaga yang terkait, dan relevansinya bagi isu utama.',
          'Divide the participants into groups. Each group fills in the inter-policy relations table on flip-chart paper: the regulation, the institutions concerned, and its relevance to the main issue.',
        ),
        t(
          'Setiap kelompok memaparkan tabelnya. Gabungkan hasil semua kelompok menjadi satu tabel di papan pleno.',
          'Each group presents its table. Merge the results of all groups into one table on the plenary board.',
        ),
        t(
          'Pandu pleno merumuskan resume: koridor hukum untuk menyusun STPP dan koridor hukum untuk kerja sama antar-instansi.',
          'Guide the plenary to write a summary: the legal corridor for drafting the STPP and the legal corridor for inter-agency cooperation.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 2.3 di Kalender Kerja, serta Tindak Lanjut: Pokja menghimpun data manajemen pelayanan PDAM yang terkait isu utama.',
          'Agree the date, agenda and invitees of topic 2.3 in the work calendar (Kalender Kerja), and the follow-up: the Pokja gathers data on PDAM service management related to the main issue.',
        ),
      ],
    },
  ],
  followUps: [
    t(
      'Pokja menghimpun informasi dan data tentang manajemen penyaluran pelayanan PDAM yang berkaitan dengan isu utama.',
      'The Pokja gathers information and data on PDAM service delivery management related to the main issue.',
    ),
  ],
  boardTemplate: null,
  worksheets: ['regulation-table', 'narrative'],
};

const topic2_3: Topic = {
  id: '2.3',
  stage: 2,
  title: t('Analisis Kesenjangan Pelayanan', 'Service gap analysis'),
  objective: t(
    'Melihat seberapa jauh capaian pelayanan PDAM tertinggal dari Standar Pelayanan Minimal dan target Corporate Plan.',
    'See how far the PDAM’s service results fall short of the minimum service standard and the corporate plan targets.',
  ),
  outputs: [
    {
      id: '2.3/gap-table',
      kind: 'gap-table',
      title: t('Tabel Analisis Kesenjangan Kuantitatif', 'Quantitative gap analysis table'),
      description: t(
        'Untuk setiap indikator kinerja: target menurut SPM atau Corporate Plan, capaian, selisih keduanya, dan kecenderungan dari tahun ke tahun.',
        'For each performance indicator: the target under the SPM or corporate plan, the actual result, the difference between them, and the trend over the years.',
      ),
    },
    {
      id: '2.3/strategic-indicators',
      kind: 'strategic-indicators',
      title: t('Indikator Kinerja Strategis', 'Strategic performance indicators'),
      description: t(
        'Indikator dari tabel kesenjangan yang dipilih peserta untuk ditindaklanjuti. Menjadi bahan Topik 4.1.',
        'Indicators from the gap table that the participants pick for action. They feed topic 4.1.',
      ),
    },
  ],
  inputs: ['2.1/main-issue'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'gap-analysis'],
  materials: [
    MATERIAL.kerangka,
    t('Bahan presentasi: Pengantar Analisis Kesenjangan Kuantitatif', 'Presentation: introduction to quantitative gap analysis'),
    t(
      'Dokumen perencanaan PDAM: Corporate Plan, Rencana Induk Pengelolaan Air Minum, RPJMD Air Minum',
      'PDAM planning documents: corporate plan, drinking water master plan, medium-term regional plan for drinking water (RPJMD)',
    ),
    t('Catatan hasil Tahap 2', 'Notes of the results of stage 2'),
    t(
      'Data penyelenggaraan pelayanan masa lalu dan perkiraan kebutuhan ke depan',
      'Data on past service delivery and expected future demand',
    ),
    t('Format Tabulasi Analisis Kesenjangan Kuantitatif', 'Quantitative gap analysis table format'),
    MATERIAL.tor,
  ],
  tools: SCREEN_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Mengisi tabel kesenjangan', 'Filling in the gap table'),
      steps: [
        t(
          'Tinjau hasil Tahap 2 sejauh ini (isu utama, koridor hukum) dan data yang dihimpun Pokja, dengan Kerangka Penyusunan STPP sebagai acuan.',
          'Review the results of stage 2 so far (main issue, legal corridor) and the data the Pokja gathered, with the Kerangka as reference.',
        ),
        t(
          'Paparkan pengantar analisis kesenjangan kuantitatif: cara membandingkan target dengan capaian dan membaca kecenderungannya.',
          'Present the introduction to quantitative gap analysis: how to compare targets with results and read the trend.',
        ),
        t(
          'Tayangkan Tabel Analisis Kesenjangan Kuantitatif dan isi bersama dalam pleno, kolom demi kolom, dari data pelayanan dan dokumen perencanaan PDAM (Corporate Plan, Rencana Induk, RPJMD Air Minum).',
          'Project the quantitative gap analysis table and fill it in together in plenary, column by column, from the service data and the PDAM planning documents (corporate plan, master plan, RPJMD for drinking water).',
        ),
        t(
          'Tandai angka yang belum ada atau diragukan, lalu tunjuk siapa yang melengkapinya.',
          'Mark any figures that are missing or doubtful, and name who will complete them.',
        ),
        t(
          'Catat di Kalender Kerja waktu sesi pemilihan indikator strategis. Tindak Lanjut: data yang kurang dilengkapi sebelum sesi itu.',
          'Record in the work calendar (Kalender Kerja) when the strategic indicators will be chosen. Follow-up: the missing data is completed before that session.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Memilih indikator strategis', 'Choosing the strategic indicators'),
      steps: [
        t(
          'Tinjau tabel kesenjangan yang sudah dilengkapi dan hubungkan dengan isu utama dalam Kerangka Penyusunan STPP.',
          'Review the completed gap table and link it to the main issue within the Kerangka.',
        ),
        t(
          'Minta peserta memilih indikator kinerja yang paling strategis untuk ditindaklanjuti, dengan melihat besarnya kesenjangan dan kaitannya dengan isu utama.',
          'Ask the participants to pick the most strategic performance indicators to act on, looking at the size of the gap and the link to the main issue.',
        ),
        t(
          'Tandai indikator terpilih di tabel. Indikator ini dibahas lagi di Topik 4.1.',
          'Mark the chosen indicators in the table. They come back in topic 4.1.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 3.1 di Kalender Kerja, serta Tindak Lanjut pengumpulan data untuk Tahap 3 dan Tahap 4 beserta penanggung jawabnya.',
          'Agree the date, agenda and invitees of topic 3.1 in the work calendar (Kalender Kerja), and the follow-ups that gather data for stages 3 and 4, each with an owner.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 2 menulis 1 sesi x 2 jam, sedangkan halaman topiknya menulis dan menguraikan 2 sesi x 1,5 jam. Agenda bawaan memakai 2 x 1,5 jam.',
    'The stage 2 overview says 1 session of 2 hours, while the topic page states and describes 2 sessions of 1.5 hours. The default agenda uses 2 x 1.5 hours.',
  ),
  followUps: [
    t('Pokja menghimpun informasi tentang manajemen pelayanan PDAM sebagai bahan Tahap 3.', 'The Pokja gathers information on PDAM service management for stage 3.'),
    t('Pokja menghimpun profil pelayanan PDAM beserta angka Indeks Kepuasan Masyarakat (IKM) terbaru.', 'The Pokja gathers the PDAM service profile with the latest community satisfaction index (IKM) figures.'),
    t(
      'Pokja mendata kondisi unit kerja: personil, sarana, peralatan, program, dan dana.',
      'The Pokja records the condition of the work units: staff, facilities, equipment, programmes and funds.',
    ),
    t(
      'Pokja mendata sumber daya (personil, sarana, anggaran, kebijakan) yang diperlukan agar standar pelayanan PDAM tercapai, sebagai bahan Tahap 4 dan Tahap 5.',
      'The Pokja lists the resources (staff, facilities, budget, policy) needed to reach the PDAM service standard, as input for stages 4 and 5.',
    ),
  ],
  boardTemplate: null,
  worksheets: ['gap-table', 'strategic-indicators'],
};

export const STAGE_2_TOPICS: readonly Topic[] = [topic2_1, topic2_2, topic2_3];
