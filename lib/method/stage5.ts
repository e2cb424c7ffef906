/** Stage 5: drafting the action scheme and charter, and agreeing the draft STPP (topics 5.1 to 5.3). */
import { MATERIAL, PARTICIPANT, TOOL, USUAL_PARTICIPANTS, USUAL_QUALIFICATIONS, WORKSHOP_TOOLS, t } from './common';
import type { Stage, Topic } from './types';

export const STAGE_5: Stage = {
  number: 5,
  title: t('Penyusunan dan Penyepakatan STPP', 'Drafting and agreeing the STPP'),
  objective: t(
    'Menuangkan prioritas tindakan ke dalam skema tindakan, Smart Logframe, dan Citizen Charter, lalu memperoleh kesepakatan DPRD dan kepala daerah atas draft STPP.',
    'Turn the priority actions into an action scheme, a Smart Logframe and a Citizen Charter, then obtain the agreement of the DPRD and the head of region on the draft STPP.',
  ),
};

const topic5_1: Topic = {
  id: '5.1',
  stage: 5,
  title: t('Rancangan Efektivitas Teknis dan Manajemen', 'Design of technical and management effectiveness'),
  objective: t(
    'Menyusun skema tindakan yang membuat pelayanan PDAM lebih efektif secara teknis dan manajemen (P3O).',
    'Draw up the action scheme that makes PDAM services more effective technically and in management (P3O).',
  ),
  outputs: [
    {
      id: '5.1/action-scheme',
      kind: 'action-scheme',
      title: t('Skema Tindakan Peningkatan Pelayanan PDAM', 'PDAM service improvement action scheme'),
      description: t(
        'Lembar kerja per aspek (teknis, finansial, manajemen P3O). Untuk setiap tindakan prioritas: jadwal pelaksanaan, organisasi pelaksana, penanggung jawab, dan besaran biaya.',
        'A worksheet per aspect (technical, financial, P3O management). For each priority action: the schedule, implementing organisation, person in charge and cost.',
      ),
    },
    {
      id: '5.1/smart-logframe',
      kind: 'smart-logframe',
      title: t('Smart Logframe Skema Tindakan', 'Smart Logframe of the action scheme'),
      description: t(
        'Tujuan akhir, tujuan antara, keluaran, dan kegiatan, masing-masing dengan indikator, cara verifikasi, dan asumsi. Menjadi dasar Format Monev di Topik 7.1.',
        'Goal, purpose, outputs and activities, each with indicators, means of verification and assumptions. It is the basis of the M&E format in topic 7.1.',
      ),
    },
  ],
  inputs: ['4.7/proposed-actions', '4.7/priorities', '4.2/procedure-flowchart'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'logframe'],
  materials: [
    MATERIAL.kerangka,
    t(
      'Bahan presentasi: Perumusan Skema Tindakan Peningkatan Pelayanan Publik (STPP)',
      'Presentation: formulating the public service improvement action scheme (STPP)',
    ),
    t('Bahan presentasi: Smart Logframe', 'Presentation: the Smart Logframe'),
    t('Catatan hasil Topik 4.2 dan Topik 4.7', 'Notes of the results of topics 4.2 and 4.7'),
    t('Format Smart Logframe Skema Tindakan', 'Smart Logframe format for the action scheme'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Merencanakan tindakan per aspek', 'Planning the actions per aspect'),
      steps: [
        t(
          'Tinjau hasil Topik 4.1 sampai 4.7, terutama daftar prioritas tindakan, dengan Kerangka Penyusunan STPP.',
          'Review the results of topics 4.1 to 4.7, above all the priority list of actions, with the Kerangka.',
        ),
        t(
          'Paparkan bahan perumusan skema tindakan peningkatan manajemen pelayanan PDAM.',
          'Present the material on formulating an action scheme for PDAM service management.',
        ),
        t(
          'Bagi peserta menjadi tiga kelompok menurut aspek teknis, finansial, dan manajemen (P3O). Setiap kelompok mengisi lembar kerja untuk tindakan di aspeknya: jadwal pelaksanaan, organisasi pelaksana, penanggung jawab, dan besaran biaya.',
          'Split the participants into three groups by technical, financial and management (P3O) aspect. Each group fills in the worksheet for the actions of its aspect: schedule, implementing organisation, person in charge and cost.',
        ),
        t(
          'Setiap kelompok memaparkan lembar kerjanya. Catat tanggapan peserta.',
          'Each group presents its worksheet. Note the participants’ responses.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: kelompok merapikan lembar kerjanya.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the groups tidy their worksheets.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Menyusun Smart Logframe', 'Building the Smart Logframe'),
      steps: [
        t(
          'Tinjau lembar kerja ketiga kelompok terhadap Kerangka Penyusunan STPP.',
          'Review the three groups’ worksheets against the Kerangka.',
        ),
        t(
          'Paparkan bahan Smart Logframe: tujuan akhir, tujuan antara, keluaran, dan kegiatan, masing-masing dengan indikator, cara verifikasi, dan asumsi.',
          'Present the Smart Logframe material: goal, purpose, outputs and activities, each with indicators, means of verification and assumptions.',
        ),
        t(
          'Pandu peserta memadukan hasil ketiga kelompok ke dalam satu Tabel Smart Logframe skema tindakan.',
          'Guide the participants to combine the three groups’ results into one Smart Logframe table for the action scheme.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 5.2 di Kalender Kerja, serta Tindak Lanjut: melengkapi Tabel Skema Tindakan dan berkoordinasi soal pelaksana, penanggung jawab, dan anggaran.',
          'Agree the date, agenda and invitees of topic 5.2 in the work calendar (Kalender Kerja), and the follow-ups: completing the action table and coordinating on implementers, persons in charge and budget.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja melengkapi Tabel Skema Tindakan Peningkatan Pelayanan.', 'The Pokja completes the service improvement action table.'),
    t(
      'Pokja berkoordinasi dengan pihak terkait untuk memastikan organisasi pelaksana, penanggung jawab, dan anggaran setiap tindakan.',
      'The Pokja coordinates with the parties concerned to confirm the implementing organisation, person in charge and budget of each action.',
    ),
  ],
  boardTemplate: null,
  worksheets: ['action-scheme', 'smart-logframe'],
};

const topic5_2: Topic = {
  id: '5.2',
  stage: 5,
  title: t('Penyusunan Citizen Charter', 'Drafting the citizen charter'),
  objective: t(
    'Melengkapi skema tindakan dan menyusun Citizen Charter (Pakta Pelayanan) antara PDAM dan warga.',
    'Complete the action scheme and draw up the Citizen Charter (service pact) between the PDAM and its citizens.',
  ),
  outputs: [
    {
      id: '5.2/skema-tindakan-table',
      kind: 'skema-tindakan-table',
      title: t('Tabel Skema Tindakan Peningkatan Pelayanan', 'Service improvement action table'),
      description: t(
        'Setiap tindakan dengan indikator kinerja, perkiraan biaya, analisis finansial, dan penanggung jawab, serta tanda apakah bisa langsung dijalankan atau perlu persetujuan pimpinan daerah.',
        'Each action with performance indicators, cost estimate, financial analysis and person in charge, marked as either ready to start directly or needing approval of the head of region.',
      ),
    },
    {
      id: '5.2/stpp-narrative',
      kind: 'narrative',
      title: t('Draft Narasi STPP', 'Draft STPP narrative'),
      description: t(
        'Uraian tertulis tentang latar belakang, isi, dan alasan skema tindakan.',
        'A written account of the background, content and reasoning of the action scheme.',
      ),
    },
    {
      id: '5.2/citizen-charter',
      kind: 'citizen-charter',
      title: t('Citizen Charter (Pakta Pelayanan)', 'Citizen Charter (service pact)'),
      description: t(
        'Janji layanan PDAM kepada pelanggan, misalnya standar yang dijanjikan, hak dan kewajiban, serta jalur pengaduan. Dimulai sebagai draft, lalu disepakati dalam pleno.',
        'The PDAM’s service promise to its customers, for example the standards promised, rights and duties, and the complaints channel. It starts as a draft and is then agreed in plenary.',
      ),
    },
  ],
  inputs: ['5.1/action-scheme', '5.1/smart-logframe'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Catatan hasil dan Tindak Lanjut Topik 5.1', 'Notes of the results and follow-ups of topic 5.1'),
    t(
      'Bahan presentasi: Penyusunan Resolusi Pelayanan atau Citizen Charter',
      'Presentation: drafting a service resolution or Citizen Charter',
    ),
    MATERIAL.tor,
  ],
  tools: [TOOL.groupComputers, TOOL.projector, TOOL.plano, TOOL.metaplan, TOOL.markers, TOOL.tape],
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Melengkapi Tabel Skema Tindakan', 'Completing the action table'),
      steps: [
        t(
          'Tinjau hasil dan Tindak Lanjut Topik 5.1 dengan Kerangka Penyusunan STPP.',
          'Review the results and follow-ups of topic 5.1 with the Kerangka.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok: aspek kualitatif dan aspek kuantitatif. Setiap kelompok melengkapi Tabel Skema Tindakan dengan indikator kinerja, perkiraan biaya, analisis finansial, dan penanggung jawab.',
          'Split the participants into two groups: qualitative and quantitative aspects. Each group completes the action table with performance indicators, cost estimates, financial analysis and persons in charge.',
        ),
        t(
          'Pandu pleno memilah tindakan: mana yang bisa langsung dijalankan dan mana yang harus menunggu persetujuan pimpinan daerah. Beri tanda di tabel.',
          'Guide the plenary to sort the actions: which can start directly and which must wait for approval of the head of region. Mark them in the table.',
        ),
        t('Pandu peserta memperbaiki draft narasi STPP.', 'Guide the participants to improve the draft STPP narrative.'),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti memadukan tabel kedua kelompok.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team combines the two groups’ tables.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Merancang Citizen Charter', 'Designing the Citizen Charter'),
      steps: [
        t(
          'Tinjau Tabel Skema Tindakan yang sudah dipadukan terhadap Kerangka Penyusunan STPP.',
          'Review the combined action table against the Kerangka.',
        ),
        t('Paparkan bahan penyusunan Pakta Pelayanan atau Citizen Charter.', 'Present the material on drafting a service pact or Citizen Charter.'),
        t('Pandu peserta merancang Citizen Charter dan menyepakati drafnya.', 'Guide the participants to design the Citizen Charter and agree on its draft.'),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 5.3 di Kalender Kerja (DPRD, kepala daerah, Sekda, Kepala Bappeda, kepala SKPD Mitra Utama), serta Tindak Lanjut menjelang penyepakatan draft STPP.',
          'Agree the date, agenda and invitees of topic 5.3 in the work calendar (Kalender Kerja) (DPRD, head of region, regional secretary, head of Bappeda, head of the main partner office), and the follow-ups ahead of agreeing the draft STPP.',
        ),
      ],
    },
  ],
  followUps: [
    t(
      'Pokja menyiapkan presentasi draft STPP untuk DPRD, kepala daerah, Sekda, Kepala Bappeda, dan kepala SKPD Mitra Utama, yang meninjau seluruh hasil sejak Topik 1.1.',
      'The Pokja prepares a presentation of the draft STPP for the DPRD, head of region, regional secretary, head of Bappeda and head of the main partner office, reviewing all results since topic 1.1.',
    ),
    t('Pokja mengirimkan draft STPP kepada pimpinan daerah, eksekutif maupun legislatif.', 'The Pokja sends the draft STPP to the regional leadership, both executive and legislative.'),
    t('Pokja meneruskan draft Citizen Charter ke kepala SKPD Mitra Utama untuk ditanggapi.', 'The Pokja passes the draft Citizen Charter to the head of the main partner office for comment.'),
    t('Pokja menyiapkan draft Juklak dan Juknis pelaksanaan STPP.', 'The Pokja prepares draft implementation and technical guidelines for the STPP.'),
    t('Pokja menyiapkan draft dokumen kerja sama antar-SKPD.', 'The Pokja prepares a draft inter-agency cooperation document.'),
  ],
  boardTemplate: null,
  worksheets: ['skema-tindakan-table', 'citizen-charter'],
};

const topic5_3: Topic = {
  id: '5.3',
  stage: 5,
  title: t('Penyepakatan Draft STPP', 'Agreeing the draft STPP'),
  objective: t(
    'Memperoleh persetujuan DPRD, kepala daerah, dan pemangku kepentingan kunci atas draft STPP PDAM.',
    'Obtain the agreement of the DPRD, the head of region and key stakeholders on the PDAM’s draft STPP.',
  ),
  outputs: [
    {
      id: '5.3/stpp-agreement',
      kind: 'agreement-record',
      title: t('Kesepakatan Draft STPP', 'Agreement on the draft STPP'),
      description: t(
        'Tanggapan pimpinan DPRD dan kepala daerah atas draft STPP, perubahan yang diminta, dan kesepakatan akhirnya.',
        'The responses of the DPRD leadership and the head of region to the draft STPP, the changes requested, and the final agreement.',
      ),
    },
    {
      id: '5.3/juklak-juknis',
      kind: 'document-draft',
      title: t('Juklak dan Juknis Pelaksanaan STPP', 'Implementation and technical guidelines for the STPP'),
      description: t(
        'Petunjuk pelaksanaan dan petunjuk teknis yang disepakati, untuk kemudian disahkan pejabat yang berwenang.',
        'The agreed implementation and technical guidelines, to be signed off afterwards by the competent official.',
      ),
    },
    {
      id: '5.3/cooperation-draft',
      kind: 'document-draft',
      title: t('Draft Dokumen Kerja Sama Antar-SKPD', 'Draft inter-agency cooperation document'),
      description: t(
        'Rancangan kesepakatan kerja sama antara PDAM dan SKPD atau instansi terkait untuk menjalankan STPP.',
        'Draft cooperation agreement between the PDAM and related offices or agencies to carry out the STPP.',
      ),
    },
  ],
  inputs: ['2.2/cooperation-legal-corridor', '5.2/skema-tindakan-table', '5.2/stpp-narrative', '5.2/citizen-charter'],
  participants: [
    PARTICIPANT.timInti,
    PARTICIPANT.pokja,
    PARTICIPANT.kepalaDaerah,
    PARTICIPANT.pimpinanDprd,
    PARTICIPANT.kepalaBappeda,
    PARTICIPANT.direksi,
    PARTICIPANT.skpdLain,
    PARTICIPANT.stakeholderLain,
  ],
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Draft STPP PDAM', 'The PDAM’s draft STPP'),
    t('Draft Juklak dan Juknis pelaksanaan STPP', 'Draft implementation and technical guidelines for the STPP'),
    t('Draft dokumen kerja sama antar-SKPD', 'Draft inter-agency cooperation document'),
    t('Bahan laporan: Proses Penyusunan Draft STPP', 'Report: how the draft STPP was prepared'),
    MATERIAL.tor,
  ],
  tools: [TOOL.groupComputers, TOOL.projector],
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Menyerahkan dan menanggapi draft STPP', 'Handing over and responding to the draft STPP'),
      steps: [
        t(
          'Tinjau bersama proses penyusunan STPP dari Topik 1.1 sampai 5.2: Ketua Pokja melaporkannya dengan Kerangka Penyusunan STPP sebagai alat bantu.',
          'Review together how the STPP was drafted from topic 1.1 to 5.2: the Pokja chair reports on it with the Kerangka as an aid.',
        ),
        t(
          'Direktur PDAM memaparkan draft STPP, dengan memisahkan tindakan yang bisa langsung dijalankan PDAM atau SKPD terkait dari tindakan yang perlu persetujuan pimpinan daerah.',
          'The PDAM director presents the draft STPP, separating the actions the PDAM or related offices can start directly from those that need approval of the head of region.',
        ),
        t('Serahkan draft STPP secara resmi ke tangan pimpinan DPRD dan kepala daerah.', 'Formally hand the draft STPP to the DPRD leadership and the head of region.'),
        t(
          'Pimpinan DPRD, kemudian kepala daerah, menyampaikan tanggapannya. Catat setiap tanggapan dan permintaan perubahan.',
          'The DPRD leadership, then the head of region, give their responses. Record every response and requested change.',
        ),
        t(
          'Pandu peserta menyepakati draft STPP dengan memperhatikan tanggapan tersebut.',
          'Guide the participants to agree on the draft STPP, taking those responses into account.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Pokja memasukkan perubahan yang diminta ke dalam draft.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the Pokja works the requested changes into the draft.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Juklak, Juknis, dan kerja sama antar-SKPD', 'Guidelines and inter-agency cooperation'),
      steps: [
        t(
          'Tinjau kesepakatan dan perubahan draft STPP dari sesi pertama terhadap Kerangka Penyusunan STPP.',
          'Review the agreement and the changes to the draft STPP from the first session against the Kerangka.',
        ),
        t('Pandu peserta menyepakati Juklak dan Juknis pelaksanaan STPP.', 'Guide the participants to agree on the implementation and technical guidelines for the STPP.'),
        t(
          'Pandu peserta menyepakati draft dokumen kerja sama antar-SKPD atau antar-instansi.',
          'Guide the participants to agree on the draft cooperation document between offices or agencies.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 6.1 di Kalender Kerja, serta Tindak Lanjut: pengesahan STPP dan Citizen Charter, Juklak dan Juknis, bahan integrasi ke RPJMD dan Corporate Plan, worksheet Rencana Tahunan Perusahaan, dan Daftar Kode Program/Kegiatan.',
          'Agree the date, agenda and invitees of topic 6.1 in the work calendar (Kalender Kerja), and the follow-ups: signature of the STPP and Citizen Charter, the guidelines, material for integration into the RPJMD and corporate plan, the company annual plan worksheet, and the list of programme/activity codes.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 5 memberi 2 sesi x 1 jam, sedangkan halaman topiknya menulis 2 sesi x 1,5 jam. Agenda bawaan memakai 2 x 1,5 jam.',
    'The stage 5 overview gives 2 sessions of 1 hour, while the topic page says 2 sessions of 1.5 hours. The default agenda uses 2 x 1.5 hours.',
  ),
  followUps: [
    t('Pokja mengawal STPP dan Citizen Charter sampai ditandatangani kepala daerah.', 'The Pokja steers the STPP and the Citizen Charter until the head of region signs them.'),
    t(
      'Pokja merampungkan Juklak dan Juknis pelaksanaan STPP, lalu menyerahkannya kepada pejabat berwenang untuk disahkan.',
      'The Pokja finishes the implementation and technical guidelines for the STPP and hands them to the competent official for signature.',
    ),
    t('Pokja menyiapkan presentasi untuk memasukkan STPP ke dalam RPJMD dan Corporate Plan.', 'The Pokja prepares a presentation for bringing the STPP into the RPJMD and the corporate plan.'),
    t(
      'Pokja menyediakan worksheet Rencana Tahunan Perusahaan dan Daftar Kode Program/Kegiatan.',
      'The Pokja provides the company annual plan worksheet and the list of programme/activity codes.',
    ),
    t('Pokja merangkum hasil Topik 5.1 sampai Topik 5.3.', 'The Pokja summarises the results of topics 5.1 to 5.3.'),
  ],
  boardTemplate: null,
  worksheets: ['agreement-record', 'document-draft'],
};

export const STAGE_5_TOPICS: readonly Topic[] = [topic5_1, topic5_2, topic5_3];
