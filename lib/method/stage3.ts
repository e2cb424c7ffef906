/** Stage 3: technical and management needs, and the service delivery flow (topics 3.1 and 3.2). */
import { MATERIAL, QUALIFICATION, USUAL_PARTICIPANTS, USUAL_QUALIFICATIONS, WORKSHOP_TOOLS, t } from './common';
import type { Stage, Topic } from './types';

export const STAGE_3: Stage = {
  number: 3,
  title: t('Analisis Kebutuhan dan Penyaluran Pelayanan', 'Needs and service delivery analysis'),
  objective: t(
    'Memahami kebutuhan teknis dan manajemen pelayanan PDAM, menemukan akar masalah di sepanjang alur pelayanan, dan merumuskan solusi terpadu.',
    'Understand the technical and management needs of PDAM services, find the root causes along the service flow, and shape integrated solutions.',
  ),
};

const topic3_1: Topic = {
  id: '3.1',
  stage: 3,
  title: t('Analisis Kebutuhan Teknis dan Manajemen', 'Technical and management needs analysis'),
  objective: t(
    'Memetakan persoalan teknis dan manajemen pelayanan PDAM, mulai dari penetapan kelompok sasaran sampai penyajian layanan.',
    'Map the technical and management problems of PDAM services, from choosing the target groups to presenting the service.',
  ),
  outputs: [
    {
      id: '3.1/governance-checklist',
      kind: 'governance-checklist',
      title: t('Daftar Periksa Kesenjangan Proses menurut Aspek Good Governance', 'Process gap checklist by good-governance criteria'),
      description: t(
        'Setiap simpul proses pelayanan, dari penetapan kelompok sasaran sampai pusat pelayanan, diperiksa terhadap kriteria transparan, partisipatif, akuntabel, aksesibel, dan terjangkau.',
        'Each node of the service process, from choosing the target groups to the service centre, is checked against the criteria transparent, participatory, accountable, accessible and affordable.',
      ),
    },
    {
      id: '3.1/harapan-kenyataan',
      kind: 'harapan-kenyataan',
      title: t('Kartu Harapan dan Kenyataan', 'Expectation and reality cards'),
      description: t(
        'Kartu metaplan dari setiap kelompok tentang keadaan sekarang dan keadaan yang diharapkan pada setiap simpul proses, kemudian dikelompokkan dalam pleno.',
        'Metaplan cards from each group on the present state and the hoped-for state at each process node, later grouped in plenary.',
      ),
    },
    {
      id: '3.1/root-causes',
      kind: 'root-causes-per-step',
      title: t('Akar Persoalan dan Ide Perbaikan per Simpul', 'Root causes and improvement ideas per node'),
      description: t(
        'Untuk setiap simpul alur pelayanan: akar persoalan yang berhubungan dengan good governance, serta peluang dan prasyarat untuk memperkecil jarak antara harapan dan kenyataan.',
        'For each node of the service flow: root causes tied to good governance, and the opportunities and preconditions for narrowing the distance between expectation and reality.',
      ),
    },
    {
      id: '3.1/supporting-hindering-factors',
      kind: 'supporting-hindering-factors',
      title: t('Faktor Pendukung dan Penghambat', 'Supporting and hindering factors'),
      description: t(
        'Hal-hal yang mendorong dan yang menghambat penanganan persoalan manajemen penyaluran pelayanan PDAM.',
        'What drives and what holds back the handling of PDAM service delivery management problems.',
      ),
    },
    {
      id: '3.1/diagnostic-worksheet',
      kind: 'diagnostic-worksheet',
      title: t('Lembar Kerja Analisis Diagnostik', 'Diagnostic analysis worksheet'),
      description: t(
        'Diisi Pokja sesudah topik ini sebagai Tindak Lanjut. Merangkum kesenjangan, akar persoalan, dan ide perbaikan, lalu menjadi bahan Topik 3.2.',
        'Filled in by the Pokja after this topic as a follow-up. It sums up gaps, root causes and improvement ideas, and then feeds topic 3.2.',
      ),
    },
  ],
  inputs: ['2.1/main-issue', '2.3/gap-table'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'metaplan'],
  materials: [
    MATERIAL.kerangka,
    t(
      'Bahan presentasi: Pengantar Analisis Peningkatan Efisiensi dan Efektivitas Manajemen Pelayanan',
      'Presentation: introduction to analysing the efficiency and effectiveness of service management',
    ),
    t('Catatan hasil Tahap 2', 'Notes of the results of stage 2'),
    t('Bahan presentasi: Teknik Penajaman Analisis Persoalan', 'Presentation: techniques for sharpening problem analysis'),
    t(
      'Format daftar periksa Identifikasi Kesenjangan Proses Berdasarkan Aspek Good Governance',
      'Checklist format for identifying process gaps by good-governance criteria',
    ),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Harapan dan kenyataan di setiap simpul proses', 'Expectation and reality at each process node'),
      steps: [
        t(
          'Tinjau hasil Tahap 2 (isu utama, koridor hukum, indikator strategis) dengan Kerangka Penyusunan STPP.',
          'Review the results of stage 2 (main issue, legal corridor, strategic indicators) with the Kerangka.',
        ),
        t(
          'Paparkan pengantar analisis efisiensi dan efektivitas manajemen pelayanan, lalu jelaskan lima kriteria good governance: transparan, partisipatif, akuntabel, aksesibel, dan terjangkau.',
          'Present the introduction to analysing service management efficiency and effectiveness, then explain the five good-governance criteria: transparent, participatory, accountable, accessible and affordable.',
        ),
        t(
          'Tayangkan daftar periksa kesenjangan proses. Untuk setiap simpul (penetapan kelompok sasaran, perancangan paket layanan, mobilisasi dukungan, penyaluran pelayanan, pusat pelayanan), tanyakan apakah prosesnya memenuhi setiap kriteria, lalu isi tabel sesuai kesepakatan.',
          'Project the process gap checklist. For each node (choosing target groups, designing the service package, mobilising support, delivering the service, the service centre), ask whether the process meets each criterion, then fill in the table as agreed.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok. Setiap kelompok menulis kenyataan dan harapan pada setiap simpul di kartu metaplan, satu hal per kartu, memisahkan kartu "Harapan" dari kartu "Kenyataan", lalu memaparkannya.',
          'Split the participants into two groups. Each group writes the reality and the expectation at each node on metaplan cards, one point per card, keeps "Expectation" cards apart from "Reality" cards, then presents them.',
        ),
        t(
          'Sepakati waktu sesi berikutnya di Kalender Kerja. Tindak Lanjut: kartu kedua kelompok disimpan utuh untuk dikelompokkan.',
          'Agree the time of the next session in the work calendar (Kalender Kerja). Follow-up: both groups’ cards are kept intact for grouping.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Akar persoalan dan ide perbaikan', 'Root causes and improvement ideas'),
      steps: [
        t(
          'Tinjau daftar periksa dan kartu Harapan/Kenyataan dari sesi pertama menurut Kerangka Penyusunan STPP.',
          'Review the checklist and the expectation/reality cards from the first session against the Kerangka.',
        ),
        t(
          'Pandu pleno mengelompokkan kartu dari semua kelompok menurut bagian sistem manajemen: penyiapan, dukungan, dan penyaluran pelayanan.',
          'Guide the plenary to group the cards of all groups by part of the management system: preparation, support and delivery of the service.',
        ),
        t(
          'Untuk setiap simpul alur pelayanan, rumuskan akar persoalan yang berhubungan dengan good governance.',
          'For each node of the service flow, formulate the root causes tied to good governance.',
        ),
        t(
          'Kumpulkan ide untuk memperkecil jarak antara harapan dan kenyataan: peluang yang bisa diambil dan prasyarat yang harus dipenuhi. Catat pula faktor yang mendukung dan yang menghambat.',
          'Collect ideas to narrow the distance between expectation and reality: opportunities to take and preconditions to meet. Also note the supporting and hindering factors.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 3.2 di Kalender Kerja, serta Tindak Lanjut: kompilasi hasil dan pengisian lembar kerja Analisis Diagnostik.',
          'Agree the date, agenda and invitees of topic 3.2 in the work calendar (Kalender Kerja), and the follow-ups: compiling the results and filling in the diagnostic analysis worksheet.',
        ),
      ],
    },
  ],
  followUps: [
    t(
      'Pokja menghimpun hasil diskusi kesenjangan sistem manajemen pelayanan: harapan, kenyataan, akar persoalan, dan ide perbaikan menurut prinsip good governance.',
      'The Pokja compiles the discussion of service management gaps: expectations, realities, root causes and improvement ideas under good-governance principles.',
    ),
    t('Pokja mengisi lembar kerja Analisis Diagnostik untuk manajemen pelayanan PDAM.', 'The Pokja fills in the diagnostic analysis worksheet for PDAM service management.'),
  ],
  boardTemplate: 'harapan-kenyataan',
  worksheets: ['governance-checklist', 'diagnostic-worksheet'],
};

const topic3_2: Topic = {
  id: '3.2',
  stage: 3,
  title: t('Analisis Manajemen Penyaluran Pelayanan', 'Service delivery management analysis'),
  objective: t(
    'Menemukan akar masalah di setiap tahap alur pelayanan yang terkait isu utama, lalu menyatukan pilihan solusinya menjadi 2-3 solusi terpadu.',
    'Find the root causes at each step of the service flow linked to the main issue, then merge the candidate solutions into 2-3 integrated solutions.',
  ),
  outputs: [
    {
      id: '3.2/root-causes',
      kind: 'root-causes-per-step',
      title: t('Akar Masalah per Tahap Alur Pelayanan', 'Root causes per step of the service flow'),
      description: t(
        'Kartu akar masalah pada setiap tahap Diagram Alur Pelayanan Publik: Rancangan Pelayanan, Mobilisasi, Penyaluran, dan Menjangkau Kelompok Sasaran.',
        'Root-cause cards on each step of the public service flow diagram: service design, mobilisation, delivery, and reaching the target groups.',
      ),
    },
    {
      id: '3.2/alternative-solutions',
      kind: 'alternative-solutions',
      title: t('Daftar Solusi Alternatif', 'Alternative solutions'),
      description: t(
        'Kartu solusi yang diusulkan kelompok untuk setiap akar masalah, ditempel pada tahap alur yang sama.',
        'Solution cards the groups propose for each root cause, placed on the same flow step.',
      ),
    },
    {
      id: '3.2/integrated-solutions',
      kind: 'integrated-solutions',
      title: t('Solusi Terpadu Perbaikan Manajemen Pelayanan', 'Integrated solutions for service management'),
      description: t(
        'Dua sampai tiga solusi yang menyatukan beberapa solusi alternatif dan menjadi titik strategis perbaikan. Masuk sebagai pilihan tindakan di Topik 4.7.',
        'Two or three solutions that combine several alternatives and become the strategic points of improvement. They enter topic 4.7 as action options.',
      ),
    },
  ],
  inputs: ['2.1/main-issue', '3.1/harapan-kenyataan', '3.1/root-causes', '3.1/diagnostic-worksheet'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: [QUALIFICATION.facilitation, QUALIFICATION.localGovernment, QUALIFICATION.participatory],
  methods: ['presentation', 'group-discussion', 'plenary', 'service-flow-diagram', 'metaplan'],
  materials: [
    MATERIAL.kerangka,
    t(
      'Bahan presentasi: Teknik Penajaman Analisis Persoalan dan Diagram Alur Pelayanan',
      'Presentation: sharpening problem analysis and the service flow diagram',
    ),
    t('Catatan hasil Topik 3.1', 'Notes of the results of topic 3.1'),
    t('Tabel Analisis Diagnostik (hasil Tindak Lanjut Topik 3.1)', 'Diagnostic analysis table (follow-up of topic 3.1)'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Akar masalah di sepanjang alur pelayanan', 'Root causes along the service flow'),
      steps: [
        t(
          'Tinjau hasil dan Tindak Lanjut Topik 3.1, termasuk lembar Analisis Diagnostik, dalam Kerangka Penyusunan STPP.',
          'Review the results and follow-ups of topic 3.1, including the diagnostic worksheet, within the Kerangka.',
        ),
        t(
          'Paparkan teknik penajaman analisis persoalan dan cara membaca Diagram Alur Pelayanan Publik.',
          'Present the techniques for sharpening problem analysis and how to read the public service flow diagram.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok. Setiap kelompok menelusuri Diagram Alur Pelayanan dari Rancangan Pelayanan, Mobilisasi, dan Penyaluran sampai Menjangkau Kelompok Sasaran, lalu menempelkan kartu akar masalah pada setiap tahap.',
          'Split the participants into two groups. Each group walks the service flow diagram from service design, mobilisation and delivery to reaching the target groups, and pins root-cause cards on each step.',
        ),
        t(
          'Pandu pleno menyepakati rumusan akar masalah untuk setiap tahap.',
          'Guide the plenary to agree on the wording of the root causes for each step.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: setiap kelompok menyimpan diagramnya untuk mencari solusi.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: each group keeps its diagram for the search for solutions.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Dari solusi alternatif ke solusi terpadu', 'From alternative to integrated solutions'),
      steps: [
        t(
          'Tinjau rumusan akar masalah per tahap dari sesi pertama dan kaitannya dengan isu utama dalam Kerangka Penyusunan STPP.',
          'Review the root causes per step from the first session and how they relate to the main issue within the Kerangka.',
        ),
        t(
          'Peserta kembali ke kelompoknya dan menulis solusi alternatif untuk setiap akar masalah, satu solusi per kartu, di tahap alur yang sama. Kelompok lalu memaparkannya di pleno.',
          'Participants return to their groups and write alternative solutions for each root cause, one per card, on the same flow step. Each group then presents them in plenary.',
        ),
        t(
          'Pandu pleno mencari solusi yang saling berkaitan dan menyatukannya menjadi 2-3 solusi terpadu sebagai titik strategis perbaikan.',
          'Guide the plenary to find solutions that belong together and merge them into 2-3 integrated solutions as the strategic points of improvement.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.1 di Kalender Kerja, serta Tindak Lanjut: rangkuman Tahap 3 dan kajian dokumen anggaran serta Corporate Plan.',
          'Agree the date, agenda and invitees of topic 4.1 in the work calendar (Kalender Kerja), and the follow-ups: a summary of stage 3 and a study of the budget documents and the corporate plan.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja merangkum hasil Topik 3.1 dan Topik 3.2.', 'The Pokja summarises the results of topics 3.1 and 3.2.'),
    t('Pokja mempelajari APBD tahun berjalan dan Rencana Tahunan Perusahaan.', 'The Pokja studies the current regional budget (APBD) and the company’s annual plan.'),
    t(
      'Pokja menelaah Corporate Plan untuk melihat kaitannya dengan rumusan masalah dan solusi yang disepakati.',
      'The Pokja reads the corporate plan to see how it relates to the agreed problems and solutions.',
    ),
  ],
  boardTemplate: 'service-flow',
  worksheets: ['root-causes-per-step', 'integrated-solutions'],
};

export const STAGE_3_TOPICS: readonly Topic[] = [topic3_1, topic3_2];
