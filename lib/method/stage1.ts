/** Stage 1: preparing the work and organising the working group (topics 1.1 and 1.2). */
import { MATERIAL, PARTICIPANT, PARTNER_PARTICIPANTS, SCREEN_TOOLS, TOOL, USUAL_QUALIFICATIONS, t } from './common';
import type { Stage, Topic } from './types';

export const STAGE_1: Stage = {
  number: 1,
  title: t('Persiapan dan Pengorganisasian', 'Preparation and organisation'),
  objective: t(
    'Menyiapkan kerja bersama: memetakan pihak yang berkepentingan, membentuk Kelompok Kerja, dan menyepakati cara serta jadwal menyusun STPP.',
    'Prepare the joint work: map who has a stake, form the working group, and agree how and when the STPP will be drafted.',
  ),
};

const topic1_1: Topic = {
  id: '1.1',
  stage: 1,
  title: t('Analisis Stakeholders dan Pembentukan Kelompok Kerja', 'Stakeholder analysis and forming the working group'),
  objective: t(
    'Mengenali semua pihak pemerintah dan masyarakat yang berkepentingan dengan pelayanan PDAM, lalu membentuk Kelompok Kerja peningkatan pelayanan yang mewakili mereka.',
    'Identify every government and community party with a stake in PDAM services, then form a service improvement working group that represents them.',
  ),
  outputs: [
    {
      id: '1.1/stakeholder-matrix',
      kind: 'stakeholder-matrix',
      title: t('Matriks Stakeholders Pelayanan PDAM', 'PDAM service stakeholder matrix'),
      description: t(
        'Setiap pihak terkait beserta peran, fungsi, dan kepentingannya dalam pelayanan PDAM, ditandai sebagai penyelenggara atau pengguna layanan.',
        'Each related party with its role, function and interest in PDAM services, marked as a provider or a user of the service.',
      ),
    },
    {
      id: '1.1/pokja-structure',
      kind: 'pokja-structure',
      title: t('Struktur Organisasi Kelompok Kerja', 'Working group structure'),
      description: t(
        'Bagan kepengurusan Pokja peningkatan pelayanan PDAM: ketua, sekretaris, dan anggota dari unsur penyelenggara maupun pengguna layanan.',
        'Chart of the PDAM service improvement Pokja: chair, secretary and members drawn from both providers and users of the service.',
      ),
    },
    {
      id: '1.1/member-roles',
      kind: 'member-roles',
      title: t('Peran dan Fungsi Anggota Kelompok Kerja', 'Roles and functions of working group members'),
      description: t(
        'Apa yang dikerjakan setiap anggota Pokja selama penyusunan STPP, sesuai lembaga yang diwakilinya.',
        'What each Pokja member does while the STPP is drafted, in line with the body they represent.',
      ),
    },
    {
      id: '1.1/decree-draft',
      kind: 'document-draft',
      title: t('Draft SK Kepala Daerah tentang Kelompok Kerja', 'Draft head-of-region decree on the working group'),
      description: t(
        'Rancangan surat keputusan tentang struktur dan kepengurusan Pokja. Pokja menulisnya sebagai Tindak Lanjut dan mengawalnya sampai ditandatangani.',
        'Draft decree on the structure and membership of the Pokja. The Pokja writes it as a follow-up and sees it through to signature.',
      ),
    },
  ],
  inputs: [],
  participants: [
    PARTICIPANT.direksi,
    PARTICIPANT.hubunganLangganan,
    PARTICIPANT.dinasPU,
    PARTICIPANT.bappeda,
    PARTICIPANT.forumPelanggan,
    PARTICIPANT.stakeholderLain,
  ],
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary'],
  materials: [
    t('SPM atau standar teknis pelayanan air minum', 'Minimum service standard (SPM) or technical standards for drinking water'),
    MATERIAL.corporatePlan,
    t('Format Pemetaan Stakeholders', 'Stakeholder mapping format'),
    t('Bahan presentasi: Pengantar Analisis Stakeholders dan Pembentukan Kelompok Kerja', 'Presentation: introduction to stakeholder analysis and forming the working group'),
    MATERIAL.tor,
  ],
  tools: [TOOL.computer, TOOL.projector, TOOL.plano, TOOL.markers, TOOL.tape],
  sessions: [
    {
      number: 1,
      durationMinutes: 60,
      title: t('Siapa saja yang berkepentingan', 'Who has a stake'),
      steps: [
        t(
          'Tinjau bersama peserta di mana pertemuan ini berada dalam Kerangka Penyusunan STPP. Karena belum ada hasil sebelumnya, mulailah dari dokumen PDAM yang sudah ada: SPM, Corporate Plan, dan rencana kerja tahunan.',
          'Review with the participants where this meeting sits in the Kerangka. As there are no earlier results yet, start from the PDAM documents already at hand: the SPM, the corporate plan and the annual work plan.',
        ),
        t(
          'Sampaikan presentasi pengantar tentang analisis stakeholders dan pembentukan Kelompok Kerja.',
          'Give the introductory presentation on stakeholder analysis and forming the working group.',
        ),
        t(
          'Minta peserta menyebut semua pihak pemerintah dan masyarakat yang bersentuhan dengan pelayanan air minum. Tulis satu pihak pada satu kartu di papan pemetaan.',
          'Ask the participants to name every government and community party that touches drinking water services. Write one party per card on the mapping board.',
        ),
        t(
          'Periksa daftar itu bersama: satukan kartu yang sama, tambahkan pihak yang terlewat, lalu tandai mana penyelenggara dan mana pengguna layanan.',
          'Go through the list together: merge duplicate cards, add anyone missing, then mark who provides and who uses the service.',
        ),
        t(
          'Catat di Kalender Kerja bahwa sesi berikutnya membahas peran setiap pihak dan rancangan Pokja. Tindak Lanjut: Tim Inti merapikan daftar stakeholders.',
          'Note in the work calendar (Kalender Kerja) that the next session covers each party’s role and the draft Pokja. Follow-up: the core team tidies the stakeholder list.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 60,
      title: t('Peran stakeholders dan rancangan Pokja', 'Stakeholder roles and a draft Pokja'),
      steps: [
        t(
          'Tinjau daftar stakeholders dari sesi pertama dan cocokkan dengan Kerangka Penyusunan STPP.',
          'Review the stakeholder list from the first session and check it against the Kerangka.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok. Kelompok pertama membahas peran dan fungsi setiap stakeholder, lalu mengisinya ke Format Pemetaan Stakeholders.',
          'Split the participants into two groups. The first group discusses each stakeholder’s role and function and enters it in the stakeholder mapping format.',
        ),
        t(
          'Kelompok kedua merancang struktur Kelompok Kerja Peningkatan Pelayanan PDAM.',
          'The second group designs the structure of the PDAM service improvement working group.',
        ),
        t(
          'Kedua kelompok menuliskan hasilnya di kertas plano lalu memaparkannya di depan semua peserta. Catat tanggapan yang muncul.',
          'Both groups write their results on flip-chart paper and present them to everyone. Note the responses.',
        ),
        t(
          'Sepakati di Kalender Kerja kapan kepengurusan Pokja ditetapkan dan siapa yang diundang. Tindak Lanjut: kedua kelompok merapikan hasilnya.',
          'Agree in the work calendar (Kalender Kerja) when the Pokja membership will be settled and who is invited. Follow-up: both groups tidy their results.',
        ),
      ],
    },
    {
      number: 3,
      durationMinutes: 60,
      title: t('Menyepakati Kelompok Kerja', 'Agreeing the working group'),
      steps: [
        t(
          'Tinjau matriks stakeholders dan rancangan struktur Pokja dari sesi kedua dengan bantuan Kerangka Penyusunan STPP.',
          'Review the stakeholder matrix and the draft Pokja structure from the second session with the help of the Kerangka.',
        ),
        t(
          'Pandu peserta menyepakati struktur dan kepengurusan Pokja. Jaga agar penyelenggara dan pengguna layanan sama-sama terwakili, sesuai peran masing-masing.',
          'Guide the participants to agree on the Pokja structure and membership. Make sure providers and users of the service are both represented, according to their roles.',
        ),
        t(
          'Tetapkan peran dan fungsi setiap anggota Pokja dan catat di papan.',
          'Settle the role and function of each Pokja member and record them on the board.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan pertemuan berikutnya (Topik 1.2) di Kalender Kerja, berikut Tindak Lanjut dan penanggung jawabnya: menyusun draft SK kepala daerah tentang Pokja dan mengawal pengesahannya.',
          'Agree the date, agenda and invitees of the next meeting (topic 1.2) in the work calendar (Kalender Kerja), with the follow-ups and their owners: drafting the head-of-region decree on the Pokja and steering it to signature.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 1 dalam panduan memberi 3 sesi x 1 jam, sedangkan halaman topiknya menulis 1 sesi x 2 jam sambil menguraikan dua sesi. Agenda bawaan memakai 3 x 1 jam.',
    'The guide’s stage 1 overview gives 3 sessions of 1 hour, while the topic page says 1 session of 2 hours and then describes two sessions. The default agenda uses 3 x 1 hour.',
  ),
  followUps: [
    t('Pokja menyusun draft SK kepala daerah tentang struktur dan kepengurusan Kelompok Kerja.', 'The Pokja drafts the head-of-region decree on the structure and membership of the working group.'),
    t('Pokja mengawal draft SK itu sampai ditandatangani kepala daerah.', 'The Pokja follows the draft decree through until the head of region signs it.'),
  ],
  boardTemplate: 'stakeholder-map',
  worksheets: ['stakeholder-matrix', 'pokja-structure', 'member-roles', 'document-draft'],
};

const topic1_2: Topic = {
  id: '1.2',
  stage: 1,
  title: t('Pengenalan Pelayanan Publik dan STPP', 'Introduction to public service and the STPP'),
  objective: t(
    'Membangun pemahaman bersama tentang prinsip pelayanan publik dan alur penyusunan STPP, lalu menyepakati cara kerja Pokja.',
    'Build a shared understanding of public service principles and of how an STPP is drafted, then agree how the Pokja will work.',
  ),
  outputs: [
    {
      id: '1.2/participatory-agreement',
      kind: 'agreement-record',
      title: t('Kesepakatan Penyusunan STPP secara Partisipatif', 'Agreement to draft the STPP participatively'),
      description: t(
        'Catatan bahwa Pokja menyusun STPP bersama para pihak: siapa yang menyetujui dan dengan syarat apa.',
        'Record that the Pokja drafts the STPP together with the stakeholders: who agreed and on what terms.',
      ),
    },
    {
      id: '1.2/work-calendar',
      kind: 'work-calendar',
      title: t('Kalender Kerja Penyusunan STPP', 'STPP work calendar'),
      description: t(
        'Jadwal pertemuan Pokja berisi tanggal, topik, agenda, dan pihak yang diundang. Diperbarui di akhir setiap sesi.',
        'Schedule of Pokja meetings with date, topic, agenda and invitees. Updated at the end of every session.',
      ),
    },
  ],
  inputs: ['1.1/pokja-structure', '1.1/member-roles', '1.1/decree-draft'],
  participants: PARTNER_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'plenary'],
  materials: [
    t('Catatan hasil Topik 1.1', 'Notes of the results of topic 1.1'),
    t('Bahan presentasi: Pengenalan Tindakan Peningkatan Pelayanan', 'Presentation: introduction to service improvement actions'),
    MATERIAL.corporatePlan,
    t('Bahan presentasi: Kerangka Penyusunan STPP', 'Presentation: the STPP drafting framework'),
    t('Draft SK kepala daerah tentang Kelompok Kerja', 'Draft head-of-region decree on the working group'),
    MATERIAL.tor,
  ],
  tools: SCREEN_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Prinsip pelayanan publik dan Kerangka STPP', 'Public service principles and the STPP framework'),
      steps: [
        t(
          'Tinjau hasil Topik 1.1 (matriks stakeholders dan struktur Pokja) dan tunjukkan tempatnya dalam Kerangka Penyusunan STPP.',
          'Review the results of topic 1.1 (stakeholder matrix and Pokja structure) and show where they sit in the Kerangka.',
        ),
        t(
          'Paparkan tiga bahan secara berurutan: prinsip-prinsip pelayanan publik, pengenalan tindakan peningkatan pelayanan, dan Kerangka Penyusunan STPP PDAM.',
          'Present three pieces in turn: the principles of public service, an introduction to service improvement actions, and the PDAM’s STPP drafting framework.',
        ),
        t(
          'Buka diskusi pleno: apa yang diharapkan peserta dari STPP, dan apa yang mereka khawatirkan?',
          'Open a plenary discussion: what do participants hope the STPP will bring, and what worries them?',
        ),
        t(
          'Pandu peserta menyepakati bahwa STPP disusun secara partisipatif oleh Pokja. Catat kesepakatan itu beserta siapa saja yang menyetujuinya.',
          'Guide the participants to agree that the Pokja drafts the STPP participatively. Record the agreement and who gave it.',
        ),
        t(
          'Susun Kalender Kerja Penyusunan STPP bersama: urutan topik, perkiraan tanggal, dan siapa yang diundang ke setiap pertemuan.',
          'Build the STPP work calendar together: the order of topics, tentative dates, and who is invited to each meeting.',
        ),
        t(
          'Tetapkan di Kalender Kerja waktu sesi pembahasan draft SK. Tindak Lanjut: Pokja membawa draft SK terbaru ke sesi itu.',
          'Set the time of the session on the draft decree in the work calendar (Kalender Kerja). Follow-up: the Pokja brings the latest draft decree to that session.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Memperbaiki draft SK Pokja', 'Improving the draft Pokja decree'),
      steps: [
        t(
          'Tinjau kesepakatan dan Kalender Kerja dari sesi pertama terhadap Kerangka Penyusunan STPP.',
          'Review the agreement and the work calendar from the first session against the Kerangka.',
        ),
        t(
          'Pokja memaparkan draft SK kepala daerah tentang kepengurusan Pokja penyusunan STPP PDAM.',
          'The Pokja presents the draft head-of-region decree on the membership of the PDAM STPP working group.',
        ),
        t(
          'Pandu peserta memberi masukan dan memperbaiki draft SK bersama-sama. Catat setiap perubahan yang disetujui.',
          'Guide the participants to comment on the draft decree and improve it together. Record every change that is accepted.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 2.1 di Kalender Kerja, serta Tindak Lanjut: pengesahan SK, presentasi profil pelayanan oleh Bagian Hubungan Langganan, dan rangkuman hasil Tahap 1.',
          'Agree the date, agenda and invitees of topic 2.1 in the work calendar (Kalender Kerja), and the follow-ups: signature of the decree, a service profile presentation by the customer relations department, and a summary of stage 1.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja mengawal pengesahan SK kepala daerah tentang kepengurusan Pokja penyusunan STPP.', 'The Pokja steers the head-of-region decree on the STPP working group to signature.'),
    t(
      'Pokja meminta Bagian Hubungan Langganan PDAM menyiapkan presentasi tentang profil terkini manajemen pelayanan PDAM untuk Topik 2.1.',
      'The Pokja asks the PDAM customer relations department to prepare a presentation on the current profile of PDAM service management for topic 2.1.',
    ),
    t('Pokja merangkum hasil Tahap 1.', 'The Pokja summarises the results of stage 1.'),
  ],
  boardTemplate: null,
  worksheets: ['agreement-record', 'work-calendar'],
};

export const STAGE_1_TOPICS: readonly Topic[] = [topic1_1, topic1_2];
