/**
 * Stage 6: integrating the STPP into the PDAM's plans and following its implementation
 * (topics 6.1 to 6.3). The guide's overview lists 6.2 and 6.3 but gives only one topic page,
 * "Pelaksanaan STPP"; how its content is split between the two topics is our reading, noted
 * in each topic's `agendaNote`.
 */
import { MATERIAL, TOOL, USUAL_PARTICIPANTS, USUAL_QUALIFICATIONS, WORKSHOP_TOOLS, t } from './common';
import type { Stage, Topic } from './types';

export const STAGE_6: Stage = {
  number: 6,
  title: t('Integrasi dan Pelaksanaan', 'Integration and implementation'),
  objective: t(
    'Memasukkan STPP ke dalam dokumen perencanaan dan anggaran PDAM, lalu mengawal pelaksanaan kegiatannya.',
    'Build the STPP into the PDAM’s planning and budget documents, then follow its activities through implementation.',
  ),
};

const topic6_1: Topic = {
  id: '6.1',
  stage: 6,
  title: t('Integrasi STPP ke Corporate Plan', 'Integrating the STPP into the corporate plan'),
  objective: t(
    'Menyisipkan STPP ke dalam Corporate Plan dan rencana bisnis PDAM.',
    'Insert the STPP into the PDAM’s corporate plan and business plan.',
  ),
  outputs: [
    {
      id: '6.1/action-table-budgeted',
      kind: 'skema-tindakan-table',
      title: t('Tabel Skema Tindakan dengan Jangka Waktu dan Kode Anggaran', 'Action table with time frame and budget code'),
      description: t(
        'Tabel Skema Tindakan yang ditambah kolom jangka waktu pelaksanaan (5 tahun atau 1-2 tahun) dan kolom kode anggaran program/kegiatan, dicocokkan dengan Smart Logframe.',
        'The action table extended with a time frame column (5 years or 1-2 years) and a programme/activity budget code column, matched against the Smart Logframe.',
      ),
    },
    {
      id: '6.1/integration-plan',
      kind: 'integration-plan',
      title: t('Rancangan dan Strategi Penyisipan STPP ke Dokumen Perencanaan', 'Design and strategy for inserting the STPP into planning documents'),
      description: t(
        'Ke dokumen mana setiap tindakan masuk (Renstra, Renja, RKA-SKPD, Corporate Plan, rencana bisnis), kapan, dan siapa yang mengurusnya.',
        'Which document each action goes into (Renstra, Renja, RKA-SKPD, corporate plan, business plan), when, and who handles it.',
      ),
    },
    {
      id: '6.1/lobby-plan',
      kind: 'activity-plan',
      title: t('Rencana Komunikasi dan Lobi', 'Communication and lobbying plan'),
      description: t(
        'Langkah komunikasi, lobi, dan pembahasan kebijakan daerah yang menjadi dasar hukum STPP, serta cara menggalang dukungan pihak terkait, termasuk media massa.',
        'Steps for communication, lobbying and discussing the local policy that gives the STPP its legal basis, and how to build support among the parties concerned, including the mass media.',
      ),
    },
    {
      id: '6.1/drafting-team',
      kind: 'team-roster',
      title: t('Tim Perumus', 'Drafting team'),
      description: t(
        'Anggota Pokja yang menulis naskah akademik dan draft kebijakan daerah untuk STPP.',
        'The Pokja members who write the academic paper and the draft local policy for the STPP.',
      ),
    },
  ],
  inputs: ['5.1/smart-logframe', '5.2/skema-tindakan-table', '5.3/stpp-agreement', '5.3/juklak-juknis'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Rangkuman hasil Tahap 5', 'Summary of the results of stage 5'),
    t('Daftar Kode Program/Kegiatan (lampiran Permendagri No. 13/2007)', 'List of programme/activity codes (annex to Home Affairs Regulation 13/2007)'),
    t('Lembar Kerja RKA-SKPD', 'Office budget worksheet (RKA-SKPD)'),
    t('Smart Logframe hasil Topik 5.1 dan Tabel Skema Tindakan hasil Topik 5.2', 'Smart Logframe from topic 5.1 and action table from topic 5.2'),
    t('Bahan presentasi: Penyisipan STPP ke dalam Renstra, Renja SKPD, dan RKA-SKPD', 'Presentation: inserting the STPP into the strategic plan, work plan and budget of the offices'),
    MATERIAL.tor,
  ],
  tools: [TOOL.computer, TOOL.projector, TOOL.plano, TOOL.tape, TOOL.markers],
  sessions: [
    {
      number: 1,
      durationMinutes: 60,
      title: t('Jangka waktu, kode anggaran, dan rancangan integrasi', 'Time frames, budget codes and the integration design'),
      steps: [
        t(
          'Tinjau hasil Tahap 5 (kesepakatan draft STPP, Tabel Skema Tindakan, Smart Logframe) dengan Kerangka Penyusunan STPP.',
          'Review the results of stage 5 (agreement on the draft STPP, action table, Smart Logframe) with the Kerangka.',
        ),
        t(
          'Pandu peserta menambah dua kolom pada Tabel Skema Tindakan: jangka waktu pelaksanaan (5 tahun atau 1-2 tahun) dan kode anggaran program/kegiatan. Cocokkan setiap baris dengan Smart Logframe.',
          'Guide the participants to add two columns to the action table: time frame (5 years or 1-2 years) and programme/activity budget code. Match every row with the Smart Logframe.',
        ),
        t(
          'Pandu pleno menyepakati rancangan memasukkan STPP ke dalam Renstra, Renja, RKA-SKPD, dan Corporate Plan.',
          'Guide the plenary to agree on the design for bringing the STPP into the Renstra, Renja, RKA-SKPD and the corporate plan.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti memeriksa kode anggaran yang belum cocok.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team checks the budget codes that do not yet match.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 60,
      title: t('Komunikasi, lobi, dan Tim Perumus', 'Communication, lobbying and the drafting team'),
      steps: [
        t(
          'Tinjau tabel yang sudah diberi jangka waktu dan kode anggaran terhadap Kerangka Penyusunan STPP.',
          'Review the table with its time frames and budget codes against the Kerangka.',
        ),
        t(
          'Pandu peserta menyepakati rencana komunikasi, lobi, dan pembahasan kebijakan daerah yang menjadi dasar hukum pelaksanaan STPP.',
          'Guide the participants to agree on a plan for communication, lobbying and discussion of the local policy that gives STPP implementation its legal basis.',
        ),
        t(
          'Sepakati cara memperkuat dukungan pihak terkait, termasuk melibatkan media massa.',
          'Agree how to strengthen support among the parties concerned, including involving the mass media.',
        ),
        t(
          'Bentuk Tim Perumus dari anggota Pokja untuk menulis naskah akademik dan draft kebijakan daerah.',
          'Form a drafting team from the Pokja members to write the academic paper and the draft local policy.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 6.2 di Kalender Kerja, serta Tindak Lanjut: Tim Perumus mulai menulis.',
          'Agree the date, agenda and invitees of topic 6.2 in the work calendar (Kalender Kerja), and the follow-up: the drafting team starts writing.',
        ),
      ],
    },
  ],
  followUps: [
    t('Tim Perumus menulis naskah akademik dan rancangan kebijakan daerah yang menjadi dasar hukum STPP.', 'The drafting team writes the academic paper and the draft local policy that give the STPP its legal basis.'),
  ],
  boardTemplate: null,
  worksheets: ['skema-tindakan-table', 'integration-plan', 'activity-plan', 'team-roster'],
};

const topic6_2: Topic = {
  id: '6.2',
  stage: 6,
  title: t('Kajian Keuangan Pelaksanaan STPP', 'Financial review of STPP implementation'),
  objective: t(
    'Mengkaji kebutuhan dan sumber dana setiap program STPP dalam Corporate Plan, lalu menetapkan program yang bisa langsung dijalankan PDAM.',
    'Review what each STPP programme costs and where its funds come from in the corporate plan, then settle which programmes the PDAM can start directly.',
  ),
  outputs: [
    {
      id: '6.2/programme-matrix',
      kind: 'programme-matrix',
      title: t('Matriks Program STPP', 'STPP programme matrix'),
      description: t(
        'Setiap program atau kegiatan dengan perkiraan biaya, sumber dana, tahun anggaran dalam Corporate Plan, dan kesiapannya untuk dijalankan.',
        'Each programme or activity with its cost estimate, funding source, budget year in the corporate plan, and readiness to start.',
      ),
    },
    {
      id: '6.2/direct-actions',
      kind: 'action-list',
      title: t('Daftar Program/Kegiatan yang Bisa Langsung Dijalankan PDAM', 'Programmes and activities the PDAM can start directly'),
      description: t(
        'Program yang tidak menunggu keputusan lain dan dananya sudah jelas, sehingga PDAM bisa segera memulainya.',
        'Programmes that wait on no further decision and whose funding is settled, so the PDAM can begin them right away.',
      ),
    },
  ],
  inputs: ['4.6/finance-proposals', '5.2/skema-tindakan-table', '6.1/action-table-budgeted', '6.1/integration-plan'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Format matriks program', 'Programme matrix format'),
    t(
      'Catatan hasil Topik 6.1, atau catatan Tahap 5 tentang tindakan yang bisa langsung dijalankan PDAM',
      'Notes of topic 6.1, or the stage 5 notes on actions the PDAM can start directly',
    ),
    MATERIAL.corporatePlan,
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kebutuhan dan sumber dana program', 'What the programmes cost and who pays'),
      steps: [
        t(
          'Tinjau hasil Topik 6.1, atau hasil Topik 5.3 bila pertemuan ini langsung menyusul penyepakatan draft, dengan Kerangka Penyusunan STPP.',
          'Review the results of topic 6.1, or of topic 5.3 if this meeting follows the agreement on the draft directly, with the Kerangka.',
        ),
        t(
          'Paparkan format matriks program dan cara membaca pembiayaan dalam Corporate Plan dan Rencana Tahunan Perusahaan.',
          'Present the programme matrix format and how to read the financing in the corporate plan and the company annual plan.',
        ),
        t(
          'Bagi peserta dalam kelompok per aspek. Setiap kelompok mengisi matriks program: perkiraan biaya, sumber dana, tahun anggaran, dan kesiapan setiap program.',
          'Divide the participants into groups by aspect. Each group fills in the programme matrix: cost estimate, funding source, budget year and readiness of each programme.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: bagian keuangan PDAM memeriksa angka dalam matriks.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the PDAM finance department checks the figures in the matrix.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Program yang bisa langsung dijalankan', 'Programmes that can start directly'),
      steps: [
        t(
          'Tinjau matriks program yang sudah diperiksa terhadap Kerangka Penyusunan STPP.',
          'Review the checked programme matrix against the Kerangka.',
        ),
        t(
          'Pandu pleno memisahkan program yang bisa langsung dijalankan PDAM dari program yang masih menunggu anggaran atau keputusan kepala daerah.',
          'Guide the plenary to separate the programmes the PDAM can start directly from those still waiting for a budget or a decision of the head of region.',
        ),
        t(
          'Sepakati daftar program yang bisa langsung dijalankan dan urutan memulainya.',
          'Agree the list of programmes that can start directly and the order in which they begin.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 6.3 di Kalender Kerja, serta Tindak Lanjut: Pokja menyiapkan Juklak dan Juknis, dokumen kerja sama, dan Citizen Charter untuk pembahasan pelaksanaan.',
          'Agree the date, agenda and invitees of topic 6.3 in the work calendar (Kalender Kerja), and the follow-up: the Pokja prepares the guidelines, the cooperation document and the Citizen Charter for the implementation talks.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 6 menyebut topik ini Kajian Keuangan/Finansial (Integrasi Corplan) dengan 2 sesi x 1 jam, tetapi panduan tidak memberinya halaman sendiri. Halaman topik 2 berjudul Pelaksanaan STPP dan menulis 2 sesi x 1,5 jam; isinya juga menjadi dasar Topik 6.3. Agenda bawaan memakai 2 x 1,5 jam, dan pembagian isi antara 6.2 dan 6.3 adalah pilihan kami.',
    'The stage 6 overview calls this topic a financial review (corporate plan integration) of 2 sessions of 1 hour, but the guide gives it no page of its own. Topic page 2 is titled STPP implementation and says 2 sessions of 1.5 hours; its content also underlies topic 6.3. The default agenda uses 2 x 1.5 hours, and the split of content between 6.2 and 6.3 is our choice.',
  ),
  followUps: [
    t(
      'Pokja memastikan program yang bisa langsung dijalankan masuk ke Rencana Tahunan Perusahaan.',
      'The Pokja makes sure the programmes that can start directly are in the company annual plan.',
    ),
    t(
      'Pokja menyiapkan Juklak dan Juknis, dokumen kerja sama antar-unit, dan rumusan Citizen Charter sebagai bahan Topik 6.3.',
      'The Pokja prepares the guidelines, the inter-unit cooperation document and the Citizen Charter text as material for topic 6.3.',
    ),
  ],
  boardTemplate: null,
  worksheets: ['programme-matrix', 'action-list'],
};

const topic6_3: Topic = {
  id: '6.3',
  stage: 6,
  title: t('Pelaksanaan Kegiatan dalam STPP', 'Carrying out the STPP activities'),
  objective: t(
    'Menyepakati cara PDAM menjalankan program STPP, serta tahapan dan peran Pokja dalam mengawalnya.',
    'Agree how the PDAM will carry out the STPP programmes, and the stages and role of the Pokja in following them through.',
  ),
  outputs: [
    {
      id: '6.3/implementation-schedule',
      kind: 'implementation-schedule',
      title: t('Jadwal Kerja Penerapan Program STPP', 'Implementation schedule of STPP programmes'),
      description: t(
        'Kapan setiap program atau kegiatan dimulai dan selesai, siapa pelaksananya, dan tonggak apa yang dipantau.',
        'When each programme or activity starts and ends, who carries it out, and which milestones are watched.',
      ),
    },
    {
      id: '6.3/oversight-mechanism',
      kind: 'oversight-mechanism',
      title: t('Mekanisme Pengawalan Pelaksanaan', 'Oversight mechanism for implementation'),
      description: t(
        'Tahapan pengawalan, peran Pokja di setiap tahap, cara melapor, dan langkah yang diambil bila pelaksanaan tersendat.',
        'The oversight stages, the Pokja’s role at each stage, how reporting works, and what is done if implementation stalls.',
      ),
    },
    {
      id: '6.3/implementation-agreement',
      kind: 'agreement-record',
      title: t('Kesepakatan Pelaksanaan STPP', 'STPP implementation agreement'),
      description: t(
        'Dokumen kesepakatan pelaksanaan STPP PDAM dan jadwal pembahasan lanjutan tentang kerja sama pelaksanaannya.',
        'The PDAM’s STPP implementation agreement and the schedule for further talks on cooperation in carrying it out.',
      ),
    },
  ],
  inputs: ['5.2/citizen-charter', '5.3/juklak-juknis', '5.3/cooperation-draft', '6.1/integration-plan', '6.2/programme-matrix', '6.2/direct-actions'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'plenary', 'technical-assistance'],
  materials: [
    MATERIAL.kerangka,
    t('Bahan presentasi: Pelaksanaan STPP', 'Presentation: implementing the STPP'),
    t('Kebijakan daerah (SK atau Perda) tentang pelaksanaan STPP, bila sudah terbit', 'Local policy (decree or regional regulation) on STPP implementation, once issued'),
    t('Juklak dan Juknis pelaksanaan STPP', 'Implementation and technical guidelines for the STPP'),
    t('Dokumen kerja sama antar-unit atau pengelola air minum', 'Cooperation document between units or drinking water operators'),
    t('Rumusan Citizen Charter', 'Citizen Charter text'),
    t('Catatan hasil Topik 6.2', 'Notes of the results of topic 6.2'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kebijakan dan petunjuk pelaksanaan', 'Policy and implementation guidelines'),
      steps: [
        t(
          'Tinjau hasil Topik 6.1 dan 6.2, atau hasil Tahap 5 bila pertemuan ini langsung menyusulnya, dengan Kerangka Penyusunan STPP.',
          'Review the results of topics 6.1 and 6.2, or of stage 5 if this meeting follows it directly, with the Kerangka.',
        ),
        t('Paparkan bahan tentang pelaksanaan STPP.', 'Present the material on implementing the STPP.'),
        t(
          'Paparkan kebijakan daerah yang mengatur pelaksanaan STPP, atau catatan hasil Tahap 5 bila kebijakan itu belum terbit.',
          'Present the local policy that governs STPP implementation, or the stage 5 notes if that policy has not been issued yet.',
        ),
        t(
          'Pandu peserta membahas Juklak dan Juknis penerapan program dan kegiatan hasil STPP.',
          'Guide the participants through the implementation and technical guidelines for the STPP programmes and activities.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Pokja mencatat perubahan Juklak dan Juknis yang disepakati.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the Pokja records the agreed changes to the guidelines.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Jadwal kerja dan pengawalan', 'Work schedule and oversight'),
      steps: [
        t(
          'Tinjau daftar program yang bisa langsung dijalankan dan hasil bahasan Juklak dan Juknis terhadap Kerangka Penyusunan STPP.',
          'Review the list of programmes that can start directly and the guideline discussion against the Kerangka.',
        ),
        t(
          'Susun bersama jadwal kerja penerapan setiap program: mulai, selesai, pelaksana, dan tonggak pemantauan.',
          'Build together the implementation schedule of each programme: start, finish, implementer and monitoring milestones.',
        ),
        t(
          'Pandu pleno menyepakati mekanisme pengawalan: tahapannya, peran Pokja di setiap tahap, dan cara melapor.',
          'Guide the plenary to agree on the oversight mechanism: its stages, the Pokja’s role at each stage, and how reporting works.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti menyiapkan draft dokumen kesepakatan pelaksanaan.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team prepares a draft implementation agreement.',
        ),
      ],
    },
    {
      number: 3,
      durationMinutes: 90,
      title: t('Kesepakatan pelaksanaan', 'Implementation agreement'),
      steps: [
        t(
          'Tinjau jadwal kerja dan mekanisme pengawalan dari sesi kedua dalam Kerangka Penyusunan STPP.',
          'Review the work schedule and the oversight mechanism from the second session within the Kerangka.',
        ),
        t(
          'Pandu peserta membahas dokumen kesepakatan pelaksanaan STPP PDAM sampai disepakati.',
          'Guide the participants through the PDAM’s STPP implementation agreement until it is agreed.',
        ),
        t(
          'Sepakati jadwal pembahasan lanjutan tentang kerja sama pelaksanaan STPP dengan SKPD terkait.',
          'Agree a schedule for further talks with the related offices on cooperation in implementing the STPP.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 7.1 di Kalender Kerja, serta Tindak Lanjut: pendampingan pelaksanaan, ratifikasi dokumen kerja sama, dan rangkuman Tahap 6.',
          'Agree the date, agenda and invitees of topic 7.1 in the work calendar (Kalender Kerja), and the follow-ups: accompanying implementation, ratifying the cooperation document, and a summary of stage 6.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Panduan hanya menyebut topik ini di ringkasan Tahap 6 (3 sesi x 1,5 jam) tanpa halaman sendiri. Langkah-langkahnya kami turunkan dari halaman Pelaksanaan STPP yang juga dipakai Topik 6.2.',
    'The guide names this topic only in the stage 6 overview (3 sessions of 1.5 hours), without a page of its own. Its steps are derived from the STPP implementation page that topic 6.2 also draws on.',
  ),
  followUps: [
    t('Pokja mendampingi pelaksanaan STPP.', 'The Pokja accompanies the implementation of the STPP.'),
    t('Pokja mendampingi proses ratifikasi dokumen kerja sama dengan SKPD terkait.', 'The Pokja accompanies the ratification of the cooperation document with the related offices.'),
    t('Pokja merangkum hasil Topik 6.1 sampai Topik 6.3.', 'The Pokja summarises the results of topics 6.1 to 6.3.'),
  ],
  boardTemplate: null,
  worksheets: ['implementation-schedule', 'oversight-mechanism', 'agreement-record'],
};

export const STAGE_6_TOPICS: readonly Topic[] = [topic6_1, topic6_2, topic6_3];
