/** Stage 7: monitoring, evaluation, documentation and replication (topics 7.1 and 7.2). */
import { MATERIAL, QUALIFICATION, USUAL_PARTICIPANTS, USUAL_QUALIFICATIONS, WORKSHOP_TOOLS, t } from './common';
import type { Stage, Topic } from './types';

export const STAGE_7: Stage = {
  number: 7,
  title: t('Monitoring, Evaluasi dan Replikasi', 'Monitoring, evaluation and replication'),
  objective: t(
    'Memantau dan menilai pelaksanaan STPP bersama para pihak, lalu mendokumentasikan praktik baiknya agar bisa ditiru di tempat lain.',
    'Monitor and evaluate STPP implementation together with the stakeholders, then document its good practice so that others can replicate it.',
  ),
};

const topic7_1: Topic = {
  id: '7.1',
  stage: 7,
  title: t('Monitoring dan Evaluasi', 'Monitoring and evaluation'),
  objective: t(
    'Menyiapkan format dan cara kerja monitoring dan evaluasi (monev) yang partisipatif untuk pelaksanaan STPP.',
    'Prepare a participatory monitoring and evaluation (M&E) format and way of working for STPP implementation.',
  ),
  outputs: [
    {
      id: '7.1/monev-format',
      kind: 'monev-format',
      title: t('Format Monev Pelaksanaan STPP PDAM', 'M&E format for PDAM STPP implementation'),
      description: t(
        'Diturunkan dari indikator Smart Logframe. Untuk setiap indikator: target, capaian, sumber data, waktu pengukuran, dan catatan.',
        'Derived from the Smart Logframe indicators. For each indicator: target, result, data source, time of measurement and remarks.',
      ),
    },
    {
      id: '7.1/monev-team',
      kind: 'team-roster',
      title: t('Susunan Tim Monev', 'M&E team'),
      description: t('Anggota Tim Monev yang diambil dari Pokja, dengan peran masing-masing.', 'The M&E team members, drawn from the Pokja, with their roles.'),
    },
    {
      id: '7.1/monev-workplan',
      kind: 'activity-plan',
      title: t('Rencana Kerja Tim Monev', 'M&E team work plan'),
      description: t(
        'Kegiatan pemantauan dan evaluasi, jadwalnya, pihak yang dilibatkan, dan cara melaporkan hasilnya.',
        'Monitoring and evaluation activities, their schedule, who is involved, and how results are reported.',
      ),
    },
  ],
  inputs: ['5.1/smart-logframe', '6.3/implementation-schedule', '6.3/oversight-mechanism'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: [...USUAL_QUALIFICATIONS, QUALIFICATION.monitoring],
  methods: ['presentation', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Bahan presentasi: Monitoring dan Evaluasi Pelaksanaan STPP', 'Presentation: monitoring and evaluating STPP implementation'),
    t('Tabel Smart Logframe', 'Smart Logframe table'),
    t('Catatan hasil Tahap 6', 'Notes of the results of stage 6'),
    t('Format Manajemen Kinerja', 'Performance management format'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 120,
      title: t('Merancang monev dari Smart Logframe', 'Designing M&E from the Smart Logframe'),
      steps: [
        t(
          'Tinjau hasil Tahap 6 dan Smart Logframe yang disepakati di Tahap 5 dengan Kerangka Penyusunan STPP.',
          'Review the results of stage 6 and the Smart Logframe agreed in stage 5 with the Kerangka.',
        ),
        t(
          'Paparkan bahan monitoring dan evaluasi pelaksanaan STPP PDAM.',
          'Present the material on monitoring and evaluating the PDAM’s STPP implementation.',
        ),
        t(
          'Bagi peserta dalam kelompok menurut tingkat logframe. Setiap kelompok menurunkan indikator Smart Logframe ke Format Monev: target, sumber data, waktu pengukuran, dan siapa yang mengukur.',
          'Divide the participants into groups by logframe level. Each group carries the Smart Logframe indicators into the M&E format: target, data source, time of measurement and who measures.',
        ),
        t(
          'Pandu pleno menyatukan hasil kelompok menjadi satu Format Monev.',
          'Guide the plenary to merge the group results into one M&E format.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti merapikan Format Monev.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team tidies the M&E format.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 120,
      title: t('Tim Monev dan rencana kerjanya', 'The M&E team and its work plan'),
      steps: [
        t(
          'Tinjau Format Monev yang sudah dirapikan terhadap Kerangka Penyusunan STPP.',
          'Review the tidied M&E format against the Kerangka.',
        ),
        t(
          'Pandu peserta membentuk Tim Monev dari anggota Pokja dan membagi perannya.',
          'Guide the participants to form the M&E team from the Pokja members and share out the roles.',
        ),
        t(
          'Susun bersama rencana kerja Tim Monev: kegiatan, jadwal, pihak yang dilibatkan, dan cara melapor.',
          'Build the M&E team’s work plan together: activities, schedule, who is involved, and how to report.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 7.2 di Kalender Kerja, serta Tindak Lanjut: Tim Monev mulai memantau pelaksanaan STPP.',
          'Agree the date, agenda and invitees of topic 7.2 in the work calendar (Kalender Kerja), and the follow-up: the M&E team starts monitoring STPP implementation.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 7 memberi 1 sesi x 2 jam, sedangkan halaman topiknya menulis 2 sesi x 2 jam tetapi hanya menguraikan satu sesi. Agenda bawaan memakai 2 x 2 jam; sesi kedua untuk Tim Monev dan rencana kerjanya.',
    'The stage 7 overview gives 1 session of 2 hours, while the topic page says 2 sessions of 2 hours but describes only one. The default agenda uses 2 x 2 hours; the second session covers the M&E team and its work plan.',
  ),
  followUps: [
    t('Tim Monev memantau dan mengevaluasi pelaksanaan STPP PDAM sesuai rencana kerjanya.', 'The M&E team monitors and evaluates the PDAM’s STPP implementation according to its work plan.'),
  ],
  boardTemplate: null,
  worksheets: ['monev-format', 'team-roster', 'activity-plan'],
};

const topic7_2: Topic = {
  id: '7.2',
  stage: 7,
  title: t('Dokumentasi dan Replikasi', 'Documentation and replication'),
  objective: t(
    'Menyusun kerangka dokumen good/best practice penyusunan dan pelaksanaan STPP PDAM, dan merencanakan penyebarannya.',
    'Outline a good/best-practice document on drafting and implementing the PDAM’s STPP, and plan how to spread it.',
  ),
  outputs: [
    {
      id: '7.2/onion-diagram',
      kind: 'onion-diagram',
      title: t('Bagan Bawang Kegiatan', 'Activity onion diagram'),
      description: t(
        'Satu kartu untuk setiap kegiatan STPP, diletakkan di lingkaran menurut besar pengaruhnya. Lingkaran terdalam hanya memuat satu kegiatan yang paling berpengaruh.',
        'One card per STPP activity, placed in rings by how much influence it had. The innermost ring holds only the single most influential activity.',
      ),
    },
    {
      id: '7.2/reflection-notes',
      kind: 'narrative',
      title: t('Catatan Refleksi', 'Reflection notes'),
      description: t(
        'Kesimpulan peserta dari Bagan Bawang: apa yang paling berhasil, mengapa, dan pelajaran apa yang bisa dipetik.',
        'What the participants conclude from the onion diagram: what worked best, why, and what lessons can be drawn.',
      ),
    },
    {
      id: '7.2/best-practice-outline',
      kind: 'best-practice-outline',
      title: t('Kerangka Dokumen Good/Best Practice', 'Good/best-practice document outline'),
      description: t(
        'Bab dan isi pokok dokumen praktik baik, disusun dari topik-topik terpilih di Bagan Bawang, beserta jadwal penulisannya.',
        'Chapters and key content of the good-practice document, built from the topics chosen on the onion diagram, with a writing schedule.',
      ),
    },
    {
      id: '7.2/writing-team',
      kind: 'team-roster',
      title: t('Tim Penulis', 'Writing team'),
      description: t(
        'Siapa yang menulis dokumen best practice dan bagian mana yang dipegang masing-masing.',
        'Who writes the best-practice document and which part each person takes.',
      ),
    },
    {
      id: '7.2/dissemination-plan',
      kind: 'activity-plan',
      title: t('Rencana Diseminasi dan Strategi Replikasi', 'Dissemination plan and replication strategy'),
      description: t(
        'Cara menyebarkan praktik baik (misalnya display dan paket diseminasi), kepada siapa, dan strategi replikasi yang disepakati.',
        'How the good practice is spread (for example displays and a dissemination package), to whom, and the agreed replication strategy.',
      ),
    },
  ],
  inputs: ['5.2/skema-tindakan-table', '6.3/implementation-schedule', '7.1/monev-format', '7.1/monev-workplan'],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: [...USUAL_QUALIFICATIONS, QUALIFICATION.monitoring, QUALIFICATION.dissemination],
  methods: ['presentation', 'brainstorm', 'group-discussion', 'plenary', 'metaplan', 'onion-diagram'],
  materials: [
    MATERIAL.kerangka,
    t('Presentasi: Penulisan Good/Best Practice dan Replikasi', 'Presentation: writing up good/best practice and replication'),
    t('Format Bagan Bawang Kegiatan', 'Activity onion diagram format'),
    t('Format Dokumentasi Best Practice', 'Best-practice documentation format'),
    t('Catatan hasil dan Tindak Lanjut Topik 7.1', 'Notes of the results and follow-ups of topic 7.1'),
    t('Catatan proses dari Topik 1.1 sampai Topik 7.1', 'Process notes from topic 1.1 to topic 7.1'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Bagan Bawang Kegiatan', 'The activity onion diagram'),
      steps: [
        t(
          'Tinjau hasil dan Tindak Lanjut Topik 7.1, serta seluruh perjalanan sejak Topik 1.1, dengan Kerangka Penyusunan STPP.',
          'Review the results and follow-ups of topic 7.1, and the whole journey since topic 1.1, with the Kerangka.',
        ),
        t(
          'Ajak peserta menyebut kegiatan-kegiatan dalam STPP PDAM. Tulis satu kegiatan pada satu kartu metaplan.',
          'Ask the participants to name the activities in the PDAM’s STPP. Write one activity per metaplan card.',
        ),
        t(
          'Tayangkan format Bagan Bawang Kegiatan. Taruh di lingkaran terdalam satu kegiatan yang paling berpengaruh terhadap perbaikan pelayanan; kegiatan lain menempati lingkaran luar menurut pengaruhnya, boleh lebih dari satu per lingkaran.',
          'Project the activity onion diagram format. Put the one activity that did most to improve the service in the innermost ring; the other activities go in the outer rings by influence, more than one per ring if needed.',
        ),
        t(
          'Pandu peserta menarik kesimpulan dari Bagan Bawang dan catat sebagai hasil refleksi.',
          'Guide the participants to draw conclusions from the onion diagram and record them as reflection notes.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti mendokumentasikan bagan dan kesimpulannya.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team documents the diagram and its conclusions.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Kerangka tulisan dan Tim Penulis', 'Document outline and writing team'),
      steps: [
        t(
          'Tinjau Bagan Bawang dan catatan refleksi dari sesi pertama dalam Kerangka Penyusunan STPP.',
          'Review the onion diagram and reflection notes from the first session within the Kerangka.',
        ),
        t('Paparkan bahan penulisan good/best practice dan replikasi.', 'Present the material on writing up good/best practice and replication.'),
        t(
          'Pandu peserta menyusun dan menyepakati kerangka tulisan best practice dari topik-topik terpilih di Bagan Bawang.',
          'Guide the participants to draft and agree on the best-practice outline from the topics chosen on the onion diagram.',
        ),
        t(
          'Bentuk Tim Penulis dan sepakati jadwal penulisan serta langkah awal diseminasi.',
          'Form the writing team and agree the writing schedule and the first dissemination steps.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Penulis mulai mengumpulkan bahan.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the writing team starts collecting material.',
        ),
      ],
    },
    {
      number: 3,
      durationMinutes: 90,
      title: t('Strategi replikasi', 'Replication strategy'),
      steps: [
        t(
          'Tinjau kerangka tulisan dan jadwal Tim Penulis terhadap Kerangka Penyusunan STPP.',
          'Review the outline and the writing team’s schedule against the Kerangka.',
        ),
        t(
          'Pandu peserta merancang strategi replikasi best practice, termasuk rancangan display.',
          'Guide the participants to design a replication strategy for the best practice, including a display design.',
        ),
        t(
          'Pandu pleno menyepakati strategi replikasi yang akan dipakai dan sasaran diseminasinya.',
          'Guide the plenary to agree on the replication strategy to use and the audiences for dissemination.',
        ),
        t(
          'Sepakati di Kalender Kerja pertemuan untuk memantau penulisan dan diseminasi, serta Tindak Lanjut: bahan tulisan, penulisan best practice, strategi replikasi, dan paket diseminasi.',
          'Agree in the work calendar (Kalender Kerja) a meeting to follow the writing and dissemination, and the follow-ups: writing material, writing the best practice, the replication strategy and the dissemination package.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 7 memberi 2 sesi x 1,5 jam, sedangkan halaman topiknya menulis dan menguraikan 3 sesi x 1,5 jam. Agenda bawaan memakai 3 x 1,5 jam.',
    'The stage 7 overview gives 2 sessions of 1.5 hours, while the topic page states and describes 3 sessions of 1.5 hours. The default agenda uses 3 x 1.5 hours.',
  ),
  followUps: [
    t('Tim Penulis mengumpulkan bahan tulisan.', 'The writing team collects the writing material.'),
    t('Tim Penulis menulis dokumen best practice.', 'The writing team writes the best-practice document.'),
    t('Pokja mematangkan strategi replikasi best practice.', 'The Pokja refines the replication strategy for the best practice.'),
    t('Pokja menyiapkan rancangan paket diseminasi untuk replikasi.', 'The Pokja prepares a draft dissemination package for replication.'),
  ],
  boardTemplate: 'onion',
  worksheets: ['best-practice-outline', 'team-roster', 'activity-plan'],
};

export const STAGE_7_TOPICS: readonly Topic[] = [topic7_1, topic7_2];
