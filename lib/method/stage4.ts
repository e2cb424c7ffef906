/** Stage 4: designing capacity improvements and ranking the actions (topics 4.1 to 4.7). */
import {
  MATERIAL,
  PARTICIPANT,
  PARTNER_PARTICIPANTS,
  QUALIFICATION,
  TOOL,
  USUAL_PARTICIPANTS,
  USUAL_QUALIFICATIONS,
  WORKSHOP_TOOLS,
  t,
} from './common';
import type { Stage, Topic } from './types';

export const STAGE_4: Stage = {
  number: 4,
  title: t('Rancangan Tindakan Peningkatan Pelayanan', 'Designing service improvement actions'),
  objective: t(
    'Merancang peningkatan kapasitas pelayanan PDAM dari sisi teknis, prosedur, kebijakan, personil, organisasi, dan keuangan, lalu mengurutkan tindakannya menurut prioritas.',
    'Design improvements to PDAM service capacity in technical terms, procedures, policy, staff, organisation and finance, then put the actions in order of priority.',
  ),
};

const topic4_1: Topic = {
  id: '4.1',
  stage: 4,
  title: t('Rancangan Peningkatan Kapasitas Teknis', 'Design of technical capacity improvement'),
  objective: t(
    'Merumuskan strategi umum untuk meningkatkan kapasitas teknis pelayanan PDAM.',
    'Shape an overall strategy to raise the technical capacity of PDAM services.',
  ),
  outputs: [
    {
      id: '4.1/technical-strategy',
      kind: 'swot-strategies',
      title: t('Strategi dan Tindakan Peningkatan Kapasitas Teknis', 'Strategy and actions for technical capacity'),
      description: t(
        'Analisis SWOT atau SOAR atas indikator strategis, strategi yang disepakati untuk mencapai target SPM atau Corporate Plan, dan urutan prioritas program teknis.',
        'A SWOT or SOAR analysis of the strategic indicators, the strategy agreed to reach the SPM or corporate plan targets, and the priority order of technical programmes.',
      ),
    },
  ],
  inputs: ['2.3/strategic-indicators', '2.3/gap-table', '3.2/integrated-solutions'],
  participants: [...USUAL_PARTICIPANTS, PARTICIPANT.narasumberTeknis],
  facilitatorQualifications: [
    ...USUAL_QUALIFICATIONS,
    t('Bekerja sama dengan narasumber teknis dan kajian anggaran', 'Works together with a resource person on technical matters and budget review'),
  ],
  methods: ['presentation', 'resource-person', 'group-discussion', 'plenary', 'swot', 'soar', 'appreciative-inquiry'],
  materials: [
    MATERIAL.kerangka,
    t('Catatan hasil Tahap 3', 'Notes of the results of stage 3'),
    t('Bahan presentasi: Pengantar Analisis Pengembangan Kapasitas Pelayanan', 'Presentation: introduction to analysing service capacity development'),
    t(
      'Tabel Analisis Kesenjangan Pelayanan PDAM terhadap SPM/Corporate Plan (hasil Topik 2.3)',
      'Gap analysis table of PDAM services against the SPM or corporate plan (from topic 2.3)',
    ),
    t(
      'Bahan presentasi: Appreciative Inquiry (contoh aslinya Puskesmas; sesuaikan dengan PDAM)',
      'Presentation: Appreciative Inquiry (its example is a health centre; adapt it to the PDAM)',
    ),
    t('Bahan presentasi tentang analisis alokasi anggaran pelayanan publik', 'Presentation on analysing public service budget allocation'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kondisi teknis dan prioritas program', 'Technical condition and programme priorities'),
      steps: [
        t(
          'Tinjau hasil Tahap 3, terutama solusi terpadu, bersama indikator strategis dari Topik 2.3, dengan Kerangka Penyusunan STPP.',
          'Review the results of stage 3, above all the integrated solutions, together with the strategic indicators from topic 2.3, using the Kerangka.',
        ),
        t(
          'Narasumber menggambarkan kondisi teknis operasional pelayanan PDAM saat ini.',
          'The resource person describes the current technical and operational state of PDAM services.',
        ),
        t(
          'Bagi peserta dalam kelompok. Setiap kelompok menganalisis satu atau beberapa indikator strategis di papan dengan SWOT (kekuatan, kelemahan, peluang, ancaman) atau SOAR (kekuatan, peluang, aspirasi, hasil).',
          'Divide the participants into groups. Each group analyses one or more strategic indicators on the board with SWOT (strengths, weaknesses, opportunities, threats) or SOAR (strengths, opportunities, aspirations, results).',
        ),
        t(
          'Pandu pleno menyusun urutan prioritas program teknis dari hasil kelompok, dengan mendahulukan hal-hal yang strategis.',
          'Guide the plenary to put the technical programmes from the groups in priority order, strategic matters first.',
        ),
        t(
          'Catat di Kalender Kerja waktu sesi perumusan strategi. Tindak Lanjut: Tim Inti merapikan daftar prioritas.',
          'Record in the work calendar (Kalender Kerja) when the strategy will be formulated. Follow-up: the core team tidies the priority list.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Strategi peningkatan kapasitas teknis', 'Strategy for technical capacity'),
      steps: [
        t(
          'Tinjau daftar prioritas program teknis dari sesi pertama dalam Kerangka Penyusunan STPP.',
          'Review the priority list of technical programmes from the first session within the Kerangka.',
        ),
        t(
          'Paparkan pendekatan Appreciative Inquiry dengan contoh dari pelayanan PDAM, karena bahan aslinya memakai contoh Puskesmas.',
          'Present the Appreciative Inquiry approach with an example from PDAM services, since the original material uses a health centre.',
        ),
        t(
          'Pandu peserta menarik kesimpulan dan menyepakati strategi peningkatan kapasitas teknis operasional untuk mencapai target SPM atau Corporate Plan, beserta tindakan pokoknya.',
          'Guide the participants to draw conclusions and agree on a strategy for technical and operational capacity to reach the SPM or corporate plan targets, with its key actions.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.2 di Kalender Kerja, serta Tindak Lanjut: kompilasi strategi teknis dan data terbaru organisasi dan manajemen PDAM.',
          'Agree the date, agenda and invitees of topic 4.2 in the work calendar (Kalender Kerja), and the follow-ups: compiling the technical strategy and up-to-date data on PDAM organisation and management.',
        ),
      ],
    },
  ],
  followUps: [
    t(
      'Pokja menghimpun strategi dan tindakan peningkatan kapasitas teknis yang disepakati untuk mencapai target SPM atau Corporate Plan.',
      'The Pokja compiles the agreed strategy and actions for technical capacity to reach the SPM or corporate plan targets.',
    ),
    t('Pokja menyiapkan data terbaru tentang organisasi dan manajemen PDAM.', 'The Pokja prepares up-to-date data on PDAM organisation and management.'),
  ],
  boardTemplate: 'swot',
  worksheets: ['swot-strategies'],
};

const topic4_2: Topic = {
  id: '4.2',
  stage: 4,
  title: t('Rancangan Perbaikan Prosedur Pelayanan', 'Design of service procedure improvement'),
  objective: t(
    'Memperbaiki prosedur penyaluran pelayanan PDAM supaya lebih sederhana dan jelas.',
    'Improve the PDAM’s service delivery procedure so that it is simpler and clearer.',
  ),
  outputs: [
    {
      id: '4.2/procedure-flowchart',
      kind: 'procedure-flowchart',
      title: t('Rancangan Bagan Alir Prosedur Pelayanan', 'Draft service procedure flowchart'),
      description: t(
        'Bagan alir prosedur penyaluran pelayanan PDAM, keadaan sekarang dan usulan, dengan setiap gagasan perbaikan ditandai hapus, gabungkan, sederhanakan, atau limpahkan.',
        'Flowchart of the PDAM service delivery procedure, current and proposed, with each improvement idea tagged delete, merge, simplify or delegate.',
      ),
    },
  ],
  inputs: ['3.1/governance-checklist', '3.2/root-causes', '3.2/integrated-solutions'],
  participants: PARTNER_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'flowchart'],
  materials: [
    MATERIAL.kerangka,
    t('Bagan alir prosedur pelayanan yang berlaku (disiapkan Pokja)', 'The current service procedure flowchart (prepared by the Pokja)'),
    t('Bahan presentasi: Perbaikan Prosedur Pelayanan', 'Presentation: improving service procedures'),
    t('Catatan hasil Tahap 3 tentang prosedur', 'Notes of stage 3 results on procedures'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Bagan alir sekarang dan rancangan perbaikannya', 'The current flowchart and a redesign'),
      steps: [
        t(
          'Tinjau hasil tahap sebelumnya yang menyangkut prosedur, dengan Kerangka Penyusunan STPP sebagai alat bantu.',
          'Review the earlier results that concern procedures, with the Kerangka as an aid.',
        ),
        t(
          'Paparkan pengantar analisis diagram alur prosedur pelayanan.',
          'Present the introduction to analysing service procedure flowcharts.',
        ),
        t(
          'Pokja menunjukkan bagan alir prosedur pelayanan yang berlaku sekarang.',
          'The Pokja shows the service procedure flowchart in use today.',
        ),
        t(
          'Bagi peserta ke beberapa kelompok. Setiap kelompok merancang bagan alir baru dengan berpegang pada hasil Tahap 3, dengan tiga pertanyaan: masalah prosedur mana yang paling perlu diperbaiki, sub-proses mana yang didahulukan, dan gagasan apa yang diusulkan (menghapus, menggabungkan, menyederhanakan, atau melimpahkan langkah).',
          'Divide the participants into groups. Each group designs a new flowchart based on the stage 3 results, guided by three questions: which procedural problems most need fixing, which sub-processes come first, and what ideas they propose (deleting, merging, simplifying or delegating steps).',
        ),
        t(
          'Setiap kelompok memaparkan rancangannya di depan semua peserta.',
          'Each group presents its design to all participants.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: rancangan kelompok disimpan untuk dianalisis.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the group designs are kept for analysis.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Menyepakati prosedur baru', 'Agreeing the new procedure'),
      steps: [
        t(
          'Tinjau rancangan bagan alir dari setiap kelompok terhadap Kerangka Penyusunan STPP.',
          'Review each group’s draft flowchart against the Kerangka.',
        ),
        t(
          'Pandu peserta menganalisis rancangan yang sudah disempurnakan. Tempel gagasan perbaikan yang disetujui pada kertas plano tersendiri.',
          'Guide the participants through an analysis of the improved designs. Pin the accepted improvement ideas on a separate flip-chart sheet.',
        ),
        t(
          'Pandu pleno menyimpulkan dan menyepakati rekomendasi rancangan bagan alir prosedur pelayanan PDAM.',
          'Guide the plenary to conclude and agree on the recommended PDAM service procedure flowchart.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.3 di Kalender Kerja, serta Tindak Lanjut: penyempurnaan bagan alir, usulan tindakan untuk menjalankan prosedur baru, dan organigram SKPD Mitra Utama.',
          'Agree the date, agenda and invitees of topic 4.3 in the work calendar (Kalender Kerja), and the follow-ups: finishing the flowchart, proposed actions to put the new procedure into practice, and the organigram of the main partner office.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja menyempurnakan bagan alir prosedur pelayanan.', 'The Pokja finalises the service procedure flowchart.'),
    t('Pokja menyusun usulan tindakan lanjutan agar prosedur baru bisa dijalankan.', 'The Pokja drafts further proposed actions so that the new procedure can be put into practice.'),
    t('Pokja menyiapkan organigram SKPD Mitra Utama.', 'The Pokja prepares the organigram of the main partner office.'),
  ],
  boardTemplate: 'flowchart',
  worksheets: [],
};

const topic4_3: Topic = {
  id: '4.3',
  stage: 4,
  title: t('Rancangan Pengembangan Kebijakan', 'Design of policy development'),
  objective: t(
    'Menyusun usulan kebijakan daerah, baru maupun perbaikan, yang mendukung peningkatan pelayanan PDAM.',
    'Draw up proposals for new or revised local policies that support better PDAM services.',
  ),
  outputs: [
    {
      id: '4.3/policy-proposals',
      kind: 'policy-proposals',
      title: t('Usulan Penyempurnaan atau Penyusunan Kebijakan Daerah', 'Proposals to revise or draft local policy'),
      description: t(
        'Untuk setiap isu strategis: jenis kebijakan (Perda, SK Bupati/Walikota, Juklak atau Juknis), isi yang perlu diatur, dan alasannya.',
        'For each strategic issue: the type of instrument (regional regulation, regent or mayor decree, implementation or technical guideline), what it should regulate, and why.',
      ),
    },
    {
      id: '4.3/discussion-plan',
      kind: 'activity-plan',
      title: t('Rencana Pembahasan Usulan Kebijakan', 'Plan for discussing the policy proposals'),
      description: t(
        'Dengan pihak mana setiap usulan dibahas, kapan, dan anggota Pokja mana yang membawanya.',
        'With which parties each proposal is discussed, when, and which Pokja member carries it.',
      ),
    },
  ],
  inputs: ['2.2/regulation-table', '2.2/stpp-legal-corridor', '3.2/integrated-solutions', '4.2/procedure-flowchart'],
  participants: [...PARTNER_PARTICIPANTS, PARTICIPANT.narasumberHukum],
  facilitatorQualifications: [...USUAL_QUALIFICATIONS, QUALIFICATION.withLegalSection],
  methods: ['presentation', 'resource-person', 'brainstorm', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Catatan hasil tahap sebelumnya tentang kebijakan', 'Notes of earlier results on policy'),
    t(
      'Kebijakan daerah yang berlaku (Perda, SK kepala daerah, Juklak/Juknis) tentang manajemen pelayanan publik',
      'Local policies in force (regional regulations, head-of-region decrees, guidelines) on public service management',
    ),
    t('Bahan presentasi: Penyusunan Kebijakan Peningkatan Pelayanan PDAM', 'Presentation: drafting policy for better PDAM services'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kebijakan yang berlaku dan isu strategis', 'Policies in force and strategic issues'),
      steps: [
        t(
          'Tinjau hasil tahap sebelumnya yang menyangkut kebijakan (Tabel Hubungan Antar-kebijakan, koridor hukum) dengan Kerangka Penyusunan STPP.',
          'Review the earlier results that concern policy (inter-policy relations table, legal corridor) with the Kerangka.',
        ),
        t(
          'Narasumber Bagian Hukum Pemda memaparkan kebijakan daerah yang berlaku (Perda dan SK kepala daerah) serta Juklak, Juknis, dan SOP pelayanan PDAM.',
          'The resource person from the legal section presents the local policies in force (regional regulations and head-of-region decrees) and the guidelines and SOPs for PDAM services.',
        ),
        t(
          'Buka tanya jawab antara peserta dan narasumber tentang kebijakan yang menyangkut manajemen pelayanan PDAM.',
          'Open a question round between the participants and the resource person on policies that affect PDAM service management.',
        ),
        t(
          'Pandu curah pendapat: isu strategis apa yang perlu diatur dalam kebijakan daerah? Tulis semua gagasan di kertas plano sebagai bahan diskusi kelompok.',
          'Lead a brainstorm: which strategic issues should a local policy regulate? Write every idea on flip-chart paper as material for the group work.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti mengelompokkan gagasan isu strategis.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team groups the strategic issue ideas.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Merumuskan usulan kebijakan', 'Formulating policy proposals'),
      steps: [
        t(
          'Tinjau daftar isu strategis dari sesi pertama dalam Kerangka Penyusunan STPP.',
          'Review the list of strategic issues from the first session within the Kerangka.',
        ),
        t(
          'Paparkan bahan tentang penyusunan kebijakan peningkatan pelayanan PDAM, dan hubungkan dengan kebijakan yang dibutuhkan usulan perbaikan organisasi, prosedur, dan personil.',
          'Present the material on drafting policy for better PDAM services, and link it to the policies that the proposed changes in organisation, procedure and staffing need.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok. Setiap kelompok merumuskan usulan penyempurnaan kebijakan daerah yang menampung isu-isu strategis, lengkap dengan jenis kebijakannya.',
          'Split the participants into two groups. Each group formulates proposals to improve local policy that cover the strategic issues, naming the type of instrument.',
        ),
        t(
          'Pandu pleno menyepakati usulan kebijakan dan rencana membahasnya dengan pihak terkait: dengan siapa, kapan, dan oleh siapa.',
          'Guide the plenary to agree on the policy proposals and the plan to discuss them with the parties concerned: with whom, when, and by whom.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.4 di Kalender Kerja, serta Tindak Lanjut: rangkuman hasil, usulan tindakan kebijakan, dan pembahasan usulan dengan pihak terkait.',
          'Agree the date, agenda and invitees of topic 4.4 in the work calendar (Kalender Kerja), and the follow-ups: a summary of results, proposed policy actions, and discussing the proposals with the parties concerned.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja merangkum hasil semua topik yang sudah dibahas.', 'The Pokja summarises the results of all topics covered so far.'),
    t(
      'Pokja menyusun usulan tindakan lanjutan untuk mengembangkan kebijakan daerah yang mendukung pelayanan PDAM.',
      'The Pokja drafts further proposed actions to develop local policy that supports PDAM services.',
    ),
    t(
      'Pokja membahas usulan penyempurnaan atau penyusunan kebijakan daerah dengan pihak terkait.',
      'The Pokja discusses the proposals to revise or draft local policy with the parties concerned.',
    ),
  ],
  boardTemplate: 'brainstorm',
  worksheets: ['policy-proposals', 'activity-plan'],
};

const topic4_4: Topic = {
  id: '4.4',
  stage: 4,
  title: t('Rancangan Pengembangan Kapasitas Personil', 'Design of staff capacity development'),
  objective: t(
    'Merencanakan pengembangan kemampuan personil (sumber daya manusia) PDAM.',
    'Plan how the skills of PDAM staff (human resources) will be developed.',
  ),
  outputs: [
    {
      id: '4.4/competence-needs',
      kind: 'staff-competence-table',
      title: t('Tabel Peningkatan Kompetensi Personil', 'Staff competence improvement table'),
      description: t(
        'Jenis kompetensi yang dibutuhkan, untuk jabatan atau unit mana, kondisi sekarang, dan urutan prioritasnya.',
        'The kinds of competence needed, for which posts or units, the present state, and their order of priority.',
      ),
    },
    {
      id: '4.4/staff-programme',
      kind: 'staff-programme-table',
      title: t('Tabel Program Peningkatan Kemampuan Personil', 'Staff capability programme table'),
      description: t(
        'Program penerimaan atau pelatihan untuk setiap kompetensi prioritas: kegiatan, sasaran, waktu, dan penanggung jawab. ToR dan perkiraan anggaran dilengkapi sebagai Tindak Lanjut.',
        'Recruitment or training programmes for each priority competence: activity, target group, timing and person in charge. The ToR and budget estimate are added as a follow-up.',
      ),
    },
  ],
  inputs: ['3.2/root-causes', '3.2/integrated-solutions', '4.1/technical-strategy'],
  participants: PARTNER_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'brainstorm', 'metaplan', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t(
      'Bahan presentasi: Pengantar Analisis Tindakan Peningkatan Kompetensi Personil',
      'Presentation: introduction to analysing staff competence actions',
    ),
    t('Catatan hasil Topik 3.2 tentang personil', 'Notes of topic 3.2 results on staffing'),
    t(
      'Format Tabel Peningkatan Kompetensi Personil dan Tabel Program Peningkatan Kemampuan Personil',
      'Formats of the staff competence table and the staff capability programme table',
    ),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kompetensi yang dibutuhkan', 'Competences needed'),
      steps: [
        t(
          'Tinjau hasil tahap sebelumnya yang menyangkut personil dengan Kerangka Penyusunan STPP.',
          'Review the earlier results that concern staff with the Kerangka.',
        ),
        t(
          'Paparkan pengantar analisis tindakan peningkatan kompetensi personil, lalu perkenalkan dua tabel yang nanti diisi kelompok.',
          'Present the introduction to analysing staff competence actions, then introduce the two tables the groups will fill in.',
        ),
        t(
          'Ajak peserta menyebut kemampuan personil yang dibutuhkan menurut hasil tahap sebelumnya. Tulis setiap pendapat pada kartu metaplan.',
          'Ask the participants to name the staff capabilities that the earlier results call for. Write each contribution on a metaplan card.',
        ),
        t(
          'Pandu pleno memilih jenis kompetensi yang paling perlu ditingkatkan, dengan melihat hasil Tindak Lanjut sebelumnya, lalu isikan ke Tabel Peningkatan Kompetensi Personil.',
          'Guide the plenary to choose which competences most need raising, looking at the earlier follow-up results, and enter them in the staff competence table.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: tetapkan pembagian kelompok menurut jenis kompetensi.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: settle the groups by type of competence.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Program peningkatan kemampuan', 'Capability programmes'),
      steps: [
        t(
          'Tinjau Tabel Peningkatan Kompetensi Personil dari sesi pertama dalam Kerangka Penyusunan STPP.',
          'Review the staff competence table from the first session within the Kerangka.',
        ),
        t(
          'Bagi peserta menurut jenis kompetensi yang akan ditingkatkan. Setiap kelompok menyusun program atau kegiatan untuk kompetensinya di Tabel Program Peningkatan Kemampuan Personil.',
          'Divide the participants by the type of competence to be raised. Each group drafts programmes or activities for its competence in the staff capability programme table.',
        ),
        t(
          'Setiap kelompok memaparkan tabelnya. Beri waktu peserta lain untuk menanggapi dan melengkapi.',
          'Each group presents its table. Give the other participants time to respond and add to it.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: kelompok memperbaiki tabelnya sesuai tanggapan.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the groups revise their tables in light of the responses.',
        ),
      ],
    },
    {
      number: 3,
      durationMinutes: 90,
      title: t('Menyepakati rencana pelaksanaan', 'Agreeing the implementation plan'),
      steps: [
        t(
          'Tinjau tabel program dari semua kelompok terhadap Kerangka Penyusunan STPP.',
          'Review every group’s programme table against the Kerangka.',
        ),
        t(
          'Pandu pleno menyepakati usulan rencana pelaksanaan program peningkatan kemampuan personil: mana yang lewat penerimaan pegawai, mana yang lewat pelatihan, dan bagaimana urutannya.',
          'Guide the plenary to agree on the proposed plan for the staff capability programmes: which go through recruitment, which through training, and in what order.',
        ),
        t(
          'Bagi tugas penyusunan ToR dan hitungan anggaran untuk setiap program yang disepakati.',
          'Share out the writing of the ToR and the budget calculation for each agreed programme.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.5 di Kalender Kerja, serta Tindak Lanjut: usulan tindakan personil, ToR dan anggaran, dan inventarisasi peraturan daerah tentang pelayanan PDAM.',
          'Agree the date, agenda and invitees of topic 4.5 in the work calendar (Kalender Kerja), and the follow-ups: proposed staffing actions, ToR and budgets, and an inventory of local regulations on PDAM services.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 4 memberi 3 sesi x 1,5 jam, sedangkan halaman topiknya menulis dan menguraikan 2 sesi x 1,5 jam. Agenda bawaan memakai 3 x 1,5 jam: kebutuhan kompetensi, program, lalu kesepakatan rencana.',
    'The stage 4 overview gives 3 sessions of 1.5 hours, while the topic page states and describes 2 sessions of 1.5 hours. The default agenda uses 3 x 1.5 hours: competence needs, programmes, then agreeing the plan.',
  ),
  followUps: [
    t(
      'Pokja menyusun usulan tindakan lanjutan untuk meningkatkan kapasitas personil, misalnya perekrutan dan pelatihan.',
      'The Pokja drafts further proposed actions to raise staff capacity, for example recruitment and training.',
    ),
    t('Pokja membuat ToR dan hitungan anggaran untuk setiap program yang disepakati.', 'The Pokja writes a ToR and a budget calculation for each agreed programme.'),
    t('Pokja mengidentifikasi Perda dan SK kepala daerah yang mengatur pelayanan PDAM.', 'The Pokja identifies the regional regulations and head-of-region decrees that govern PDAM services.'),
  ],
  boardTemplate: null,
  worksheets: ['staff-competence-table', 'staff-programme-table'],
};

const topic4_5: Topic = {
  id: '4.5',
  stage: 4,
  title: t('Rancangan Peningkatan Organisasi Penyelenggara', 'Design of provider organisation improvement'),
  objective: t(
    'Meningkatkan kapasitas dan efektivitas organisasi yang menyelenggarakan pelayanan PDAM.',
    'Strengthen the capacity and effectiveness of the organisation that delivers PDAM services.',
  ),
  outputs: [
    {
      id: '4.5/unit-roles',
      kind: 'unit-role-table',
      title: t('Peran, Tugas, dan Tanggung Jawab Setiap Unit', 'Role, tasks and responsibilities of every unit'),
      description: t(
        'Tabulasi antar-unit penyelenggara sampai tingkat pendukung pelayanan: peran, tugas, dan tanggung jawab setiap unit atau SKPD.',
        'A table across the delivering units, down to service support level: the role, tasks and responsibilities of each unit or office.',
      ),
    },
    {
      id: '4.5/task-analysis',
      kind: 'task-analysis-table',
      title: t('Analisis Tugas per Unit', 'Task analysis per unit'),
      description: t(
        'Rincian tugas setiap unit terkait dan siapa yang menjalankannya, untuk menemukan tugas yang tumpang tindih atau belum ada pemiliknya.',
        'Breakdown of each related unit’s tasks and who carries them out, to find tasks that overlap or have no owner.',
      ),
    },
    {
      id: '4.5/organisation-design',
      kind: 'organisation-chart',
      title: t('Rancangan Penyempurnaan Organisasi Pelayanan PDAM', 'Improved PDAM service organisation'),
      description: t(
        'Bagan struktur organisasi di tingkat pengelola dan penyelenggara pelayanan, dengan uraian jabatan di setiap tingkat.',
        'Organisation chart at management and service delivery level, with job descriptions at each level.',
      ),
    },
  ],
  inputs: ['3.2/root-causes', '3.2/integrated-solutions', '4.2/procedure-flowchart', '4.4/competence-needs'],
  participants: PARTNER_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'flowchart'],
  materials: [
    MATERIAL.kerangka,
    t('Catatan hasil tahap sebelumnya tentang masalah organisasi', 'Notes of earlier results on organisational problems'),
    t(
      'Bahan presentasi: Peningkatan Efektivitas Organisasi Pelayanan PDAM (Bagian A dan B)',
      'Presentation: making the PDAM service organisation more effective (parts A and B)',
    ),
    t('Bahan presentasi: Peningkatan Efektivitas Struktur Organisasi', 'Presentation: making the organisation structure more effective'),
    t('Hasil Tindak Lanjut tahap sebelumnya, termasuk organigram SKPD Mitra Utama', 'Earlier follow-up results, including the organigram of the main partner office'),
    MATERIAL.tor,
  ],
  tools: [TOOL.computer, TOOL.projector, TOOL.plano, TOOL.markers, TOOL.tape],
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Gagasan peran setiap unit', 'Ideas for each unit’s role'),
      steps: [
        t(
          'Tinjau hasil dan Tindak Lanjut tahap sebelumnya yang menyangkut organisasi, termasuk organigram SKPD Mitra Utama, dengan Kerangka Penyusunan STPP.',
          'Review the earlier results and follow-ups that concern the organisation, including the main partner office’s organigram, with the Kerangka.',
        ),
        t(
          'Paparkan bagian A bahan peningkatan efektivitas organisasi pelayanan, termasuk format yang akan dipakai kelompok.',
          'Present part A of the material on a more effective service organisation, including the formats the groups will use.',
        ),
        t(
          'Bagi peserta menurut jumlah unit atau SKPD dalam sistem pelayanan. Setiap kelompok menyusun gagasan perbaikan peran, tugas, dan tanggung jawab satu unit, lalu memaparkannya.',
          'Divide the participants by the number of units or offices in the service system. Each group drafts ideas to improve one unit’s role, tasks and responsibilities, then presents them.',
        ),
        t(
          'Pandu pleno melengkapi dan menyepakati gagasan itu untuk seluruh jaringan pelayanan.',
          'Guide the plenary to complete and agree on those ideas for the whole service network.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: setiap kelompok menyiapkan data unitnya untuk tabulasi.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: each group prepares its unit’s data for the tables.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Tabulasi peran dan analisis tugas', 'Role tables and task analysis'),
      steps: [
        t(
          'Tinjau gagasan peran unit dari sesi pertama terhadap Kerangka Penyusunan STPP.',
          'Review the unit role ideas from the first session against the Kerangka.',
        ),
        t(
          'Paparkan bagian B bahan peningkatan efektivitas organisasi pelayanan.',
          'Present part B of the material on a more effective service organisation.',
        ),
        t(
          'Bentuk satu kelompok untuk setiap unit dalam jaringan layanan, termasuk unit pendukung. Setiap kelompok mengisi tabulasi peran, tugas, dan tanggung jawab antar-unit serta tabulasi analisis tugas unitnya.',
          'Form one group for each unit in the service network, support units included. Each group fills in the cross-unit role, task and responsibility table and the task analysis table for its unit.',
        ),
        t(
          'Pandu pleno menyepakati usulan peran, tugas, dan tanggung jawab setiap unit.',
          'Guide the plenary to agree on the proposed role, tasks and responsibilities of each unit.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti menggabungkan tabulasi semua kelompok.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team merges all groups’ tables.',
        ),
      ],
    },
    {
      number: 3,
      durationMinutes: 90,
      title: t('Struktur organisasi', 'Organisation structure'),
      steps: [
        t(
          'Tinjau tabulasi gabungan dari sesi kedua dalam Kerangka Penyusunan STPP.',
          'Review the merged tables from the second session within the Kerangka.',
        ),
        t(
          'Paparkan bahan peningkatan efektivitas struktur organisasi.',
          'Present the material on a more effective organisation structure.',
        ),
        t(
          'Bagi peserta menjadi dua kelompok. Satu kelompok menggambar struktur di tingkat pengelola PDAM, yang lain di tingkat penyelenggara pelayanan; keduanya menulis uraian jabatan untuk setiap posisi.',
          'Split the participants into two groups. One draws the structure at PDAM management level, the other at service delivery level; both write a job description for each position.',
        ),
        t(
          'Pandu pleno menyusun rancangan sistem dan susunan organisasi PDAM dengan memperhatikan hasil sebelumnya, lalu gambarkan bagannya di papan.',
          'Guide the plenary to design the PDAM’s organisational system and line-up, taking the earlier results into account, and draw the chart on the board.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.6 di Kalender Kerja, serta Tindak Lanjut: penyempurnaan struktur dan peran unit, pemetaan kompetensi personil saat ini, dan usulan tindakan organisasi.',
          'Agree the date, agenda and invitees of topic 4.6 in the work calendar (Kalender Kerja), and the follow-ups: finishing the structure and unit roles, mapping current staff competence, and proposed organisational actions.',
        ),
      ],
    },
  ],
  agendaNote: t(
    'Ringkasan Tahap 4 memberi 2 sesi x 1,5 jam, sedangkan halaman topiknya menulis dan menguraikan 3 sesi x 1,5 jam. Agenda bawaan memakai 3 x 1,5 jam.',
    'The stage 4 overview gives 2 sessions of 1.5 hours, while the topic page states and describes 3 sessions of 1.5 hours. The default agenda uses 3 x 1.5 hours.',
  ),
  followUps: [
    t(
      'Pokja menyempurnakan rancangan struktur organisasi pelayanan serta peran, tugas, dan tanggung jawab setiap unit dan subunit.',
      'The Pokja finalises the service organisation structure and the role, tasks and responsibilities of each unit and sub-unit.',
    ),
    t(
      'Pokja memetakan kompetensi personil saat ini menurut peran, tugas, dan tanggung jawab di setiap unit.',
      'The Pokja maps current staff competence against the role, tasks and responsibilities in each unit.',
    ),
    t(
      'Pokja menyusun usulan tindakan lanjutan untuk menjalankan program peningkatan organisasi pelayanan.',
      'The Pokja drafts further proposed actions to carry out the service organisation programme.',
    ),
  ],
  boardTemplate: 'org-chart',
  worksheets: ['unit-role-table', 'task-analysis-table'],
};

const topic4_6: Topic = {
  id: '4.6',
  stage: 4,
  title: t('Rancangan Peningkatan Kapasitas Keuangan', 'Design of financial capacity improvement'),
  objective: t(
    'Mengkaji keadaan keuangan PDAM dan merencanakan perbaikannya supaya mampu menopang peningkatan pelayanan.',
    'Review the PDAM’s finances and plan improvements so that they can carry better services.',
  ),
  outputs: [
    {
      id: '4.6/finance-proposals',
      kind: 'finance-proposals',
      title: t('Usulan Pengembangan Kapasitas Finansial PDAM', 'Proposals to strengthen PDAM finances'),
      description: t(
        'Untuk setiap isu strategis keuangan: usulan langkah, dampaknya bagi pelayanan, dan pihak yang perlu diajak membahasnya.',
        'For each strategic financial issue: the proposed step, its effect on services, and whom to discuss it with.',
      ),
    },
  ],
  inputs: ['2.3/gap-table', '3.2/root-causes', '4.1/technical-strategy', '4.3/policy-proposals', '4.5/organisation-design'],
  participants: [...USUAL_PARTICIPANTS, PARTICIPANT.narasumberKeuangan],
  facilitatorQualifications: [
    ...USUAL_QUALIFICATIONS,
    t(
      'Bekerja sama dengan narasumber aspek finansial PDAM dan Bagian Hukum Pemda',
      'Works together with a resource person on PDAM finances and the local government legal section',
    ),
  ],
  methods: ['presentation', 'resource-person', 'brainstorm', 'group-discussion', 'plenary'],
  materials: [
    MATERIAL.kerangka,
    t('Catatan hasil Topik 3.2 dan Topik 4.5', 'Notes of the results of topics 3.2 and 4.5'),
    t(
      'Kebijakan daerah (Perda, SK kepala daerah, Juklak/Juknis) tentang manajemen pelayanan publik',
      'Local policies (regional regulations, head-of-region decrees, guidelines) on public service management',
    ),
    t('Bahan presentasi: Aspek Finansial dalam PDAM', 'Presentation: financial aspects of a PDAM'),
    t('Bahan presentasi: Prinsip Dasar Faktor Finansial PDAM', 'Presentation: basic principles of PDAM financial factors'),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 90,
      title: t('Kondisi keuangan PDAM', 'The PDAM’s financial condition'),
      steps: [
        t(
          'Tinjau usulan teknis, prosedur, kebijakan, personil, dan organisasi dari Topik 4.1 sampai 4.5 dengan Kerangka Penyusunan STPP.',
          'Review the technical, procedural, policy, staffing and organisational proposals of topics 4.1 to 4.5 with the Kerangka.',
        ),
        t('Narasumber memaparkan aspek finansial PDAM.', 'The resource person presents the financial aspects of the PDAM.'),
        t(
          'Buka tanya jawab dengan narasumber tentang kondisi keuangan PDAM dan faktor yang memengaruhinya.',
          'Open a question round with the resource person on the PDAM’s financial condition and what drives it.',
        ),
        t(
          'Pandu curah pendapat tentang isu strategis untuk meningkatkan kapasitas finansial. Tulis semua gagasan di kertas plano sebagai bahan kelompok.',
          'Lead a brainstorm on the strategic issues for raising financial capacity. Write every idea on flip-chart paper as material for the groups.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: Tim Inti mengelompokkan gagasan.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: the core team groups the ideas.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 90,
      title: t('Usulan peningkatan kapasitas finansial', 'Proposals for financial capacity'),
      steps: [
        t(
          'Tinjau gagasan isu strategis keuangan dari sesi pertama terhadap Kerangka Penyusunan STPP.',
          'Review the strategic financial issue ideas from the first session against the Kerangka.',
        ),
        t(
          'Paparkan prinsip dasar faktor finansial PDAM, dan hubungkan dengan kebutuhan dana usulan teknis operasional, organisasi, prosedur, dan personil.',
          'Present the basic principles of PDAM financial factors, and link them to the funding that the technical, organisational, procedural and staffing proposals need.',
        ),
        t(
          'Bagi peserta dalam kelompok untuk merumuskan usulan peningkatan kapasitas finansial.',
          'Divide the participants into groups to formulate proposals for financial capacity.',
        ),
        t(
          'Pandu pleno menyepakati usulan itu beserta rencana membahasnya dengan pihak terkait.',
          'Guide the plenary to agree on the proposals and the plan to discuss them with the parties concerned.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 4.7 di Kalender Kerja, serta Tindak Lanjut: rangkuman per topik, usulan tindakan keuangan, dan pembahasan usulan.',
          'Agree the date, agenda and invitees of topic 4.7 in the work calendar (Kalender Kerja), and the follow-ups: a summary per topic, proposed financial actions, and discussing the proposals.',
        ),
      ],
    },
  ],
  followUps: [
    t('Pokja merangkum hasil setiap topik Tahap 4.', 'The Pokja summarises the results of each stage 4 topic.'),
    t(
      'Pokja menyusun usulan tindakan lanjutan untuk memperkuat keuangan PDAM demi kinerja pelayanan yang lebih baik.',
      'The Pokja drafts further proposed actions to strengthen PDAM finances for better service performance.',
    ),
    t('Pokja membahas usulan peningkatan kapasitas finansial dengan pihak terkait.', 'The Pokja discusses the financial capacity proposals with the parties concerned.'),
  ],
  boardTemplate: 'brainstorm',
  worksheets: ['finance-proposals'],
};

const topic4_7: Topic = {
  id: '4.7',
  stage: 4,
  title: t('Prioritisasi Tindakan Peningkatan Pelayanan', 'Prioritising service improvement actions'),
  objective: t(
    'Menentukan urutan prioritas tindakan yang akan masuk ke dalam STPP PDAM.',
    'Decide the priority order of the actions that will go into the PDAM’s STPP.',
  ),
  outputs: [
    {
      id: '4.7/proposed-actions',
      kind: 'action-list',
      title: t('Daftar Usulan Tindakan Peningkatan Pelayanan', 'Proposed service improvement actions'),
      description: t(
        'Semua usulan tindakan dari solusi terpadu dan Topik 4.1 sampai 4.6, dikelompokkan menurut aspek teknis, finansial, dan manajemen (P3O: prosedur, personil, kebijakan, organisasi).',
        'All proposed actions from the integrated solutions and topics 4.1 to 4.6, grouped by technical, financial and management aspect (P3O: procedure, personnel, policy, organisation).',
      ),
    },
    {
      id: '4.7/assessment-matrix',
      kind: 'mcua-matrix',
      title: t('Matriks Penilaian Usulan Tindakan', 'Action assessment matrix'),
      description: t(
        'Kriteria MCUA dengan bobotnya, skor setiap tindakan pada setiap kriteria, dan jumlah bobot kali skor.',
        'MCUA criteria with their weights, each action’s score on each criterion, and the sum of weight times score.',
      ),
    },
    {
      id: '4.7/priorities',
      kind: 'mcua-priorities',
      title: t('Prioritas Tindakan Peningkatan Pelayanan', 'Priority order of improvement actions'),
      description: t(
        'Urutan tindakan per aspek menurut nilai MCUA. Nilai yang sama diputus dengan satu putaran MCUA lagi. Menjadi dasar skema tindakan di Topik 5.1.',
        'Actions ranked per aspect by MCUA score. Ties are settled by one more MCUA round. This is the basis of the action scheme in topic 5.1.',
      ),
    },
  ],
  inputs: [
    '3.2/integrated-solutions',
    '4.1/technical-strategy',
    '4.2/procedure-flowchart',
    '4.3/policy-proposals',
    '4.4/staff-programme',
    '4.5/unit-roles',
    '4.5/organisation-design',
    '4.6/finance-proposals',
  ],
  participants: USUAL_PARTICIPANTS,
  facilitatorQualifications: USUAL_QUALIFICATIONS,
  methods: ['presentation', 'group-discussion', 'plenary', 'mcua'],
  materials: [
    MATERIAL.kerangka,
    t(
      'Kebijakan daerah (Perda, SK kepala daerah, Juklak/Juknis) tentang pelayanan PDAM',
      'Local policies (regional regulations, head-of-region decrees, guidelines) on PDAM services',
    ),
    t(
      'Bahan presentasi: Prioritisasi Program Peningkatan Kualitas Pelayanan Publik',
      'Presentation: prioritising programmes to improve public service quality',
    ),
    t('Catatan hasil Topik 4.1 sampai Topik 4.6', 'Notes of the results of topics 4.1 to 4.6'),
    t(
      'Bahan presentasi: Pengantar Teknik MCUA (contoh aslinya dari Kabupaten Boyolali; ganti dengan contoh air minum)',
      'Presentation: introduction to MCUA (its example comes from Boyolali district; replace it with a drinking water example)',
    ),
    MATERIAL.tor,
  ],
  tools: WORKSHOP_TOOLS,
  sessions: [
    {
      number: 1,
      durationMinutes: 120,
      title: t('Bobot, skor, dan MCUA per aspek', 'Weights, scores and MCUA per aspect'),
      steps: [
        t(
          'Tinjau hasil Topik 4.1 sampai 4.6 dan solusi terpadu dari Topik 3.2 dengan Kerangka Penyusunan STPP, lalu daftarkan semua usulan tindakan.',
          'Review the results of topics 4.1 to 4.6 and the integrated solutions of topic 3.2 with the Kerangka, then list every proposed action.',
        ),
        t(
          'Jelaskan mengapa tindakan perlu diurutkan, lalu perkenalkan teknik MCUA (Multiple Criteria Utility Assessment) dengan contoh dari pelayanan air minum.',
          'Explain why the actions need ranking, then introduce MCUA (Multiple Criteria Utility Assessment) with a drinking water example.',
        ),
        t(
          'Pandu peserta menyepakati kriteria penilaian, bobot setiap kriteria, dan skala skor untuk semua pilihan tindakan.',
          'Guide the participants to agree on the assessment criteria, the weight of each criterion, and the scoring scale for all action options.',
        ),
        t(
          'Bagi peserta menjadi tiga kelompok: aspek teknis, finansial, dan manajemen (P3O). Setiap kelompok memberi skor pada tindakan di aspeknya dengan teknik MCUA.',
          'Split the participants into three groups: technical, financial and management (P3O) aspects. Each group scores the actions of its aspect with MCUA.',
        ),
        t(
          'Catat sesi lanjutan di Kalender Kerja. Tindak Lanjut: setiap kelompok memeriksa kembali hitungannya.',
          'Record the follow-on session in the work calendar (Kalender Kerja). Follow-up: each group double-checks its calculations.',
        ),
      ],
    },
    {
      number: 2,
      durationMinutes: 120,
      title: t('Menyepakati urutan prioritas', 'Agreeing the priority order'),
      steps: [
        t(
          'Tinjau matriks MCUA setiap kelompok terhadap Kerangka Penyusunan STPP.',
          'Review each group’s MCUA matrix against the Kerangka.',
        ),
        t(
          'Pandu pleno mengurutkan tindakan di setiap aspek (teknis, finansial, manajemen) dari jumlah bobot kali skor yang tertinggi.',
          'Guide the plenary to rank the actions within each aspect (technical, financial, management), starting from the highest sum of weight times score.',
        ),
        t(
          'Bila ada tindakan dengan nilai sama, jalankan satu putaran MCUA lagi khusus untuk tindakan-tindakan itu.',
          'Where actions tie, run one more MCUA round for those actions only.',
        ),
        t(
          'Pandu peserta menyepakati daftar prioritas program atau kegiatan yang masuk ke draft STPP.',
          'Guide the participants to agree on the priority list of programmes or activities that go into the draft STPP.',
        ),
        t(
          'Sepakati tanggal, agenda, dan undangan Topik 5.1 di Kalender Kerja, serta Tindak Lanjut: rangkuman hasil Topik 4.1 sampai 4.7.',
          'Agree the date, agenda and invitees of topic 5.1 in the work calendar (Kalender Kerja), and the follow-up: a summary of topics 4.1 to 4.7.',
        ),
      ],
    },
  ],
  followUps: [t('Pokja merangkum hasil Topik 4.1 sampai Topik 4.7.', 'The Pokja summarises the results of topics 4.1 to 4.7.')],
  boardTemplate: null,
  worksheets: ['action-list', 'mcua-matrix', 'mcua-priorities'],
};

export const STAGE_4_TOPICS: readonly Topic[] = [topic4_1, topic4_2, topic4_3, topic4_4, topic4_5, topic4_6, topic4_7];
