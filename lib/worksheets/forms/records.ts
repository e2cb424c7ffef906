/**
 * The plain records several topics keep: what was agreed and by whom (1.2, 5.3, 6.3), the Pokja's
 * meeting calendar (1.2; the calendar screen plans sessions, this table is the version the plenary
 * agrees), and the small teams later topics set up (6.1's drafting team, 7.1's M&E team, 7.2's
 * writing team).
 */
import type { TableForm } from '../tableForm';
import { notesColumn, personInChargeColumn } from './choices';

const DATE_HINT = { id: 'mis. 12 Maret 2026 atau minggu ke-2 April', en: 'e.g. 12 March 2026 or 2nd week of April' };

export const agreementRecordForm: TableForm = {
  id: 'agreement-record',
  title: { id: 'Catatan Kesepakatan', en: 'Agreement record' },
  purpose: {
    id: 'Setiap butir yang disepakati: pihak yang menyetujui, atas dasar atau syarat apa, dan kapan.',
    en: 'Each point agreed: the parties who agreed, on what basis or terms, and when.',
  },
  labelColumn: 'point',
  columns: [
    { id: 'point', label: { id: 'Butir kesepakatan', en: 'Point agreed' }, type: 'longText' },
    { id: 'parties', label: { id: 'Pihak yang menyepakati', en: 'Parties' }, type: 'longText' },
    { id: 'basis', label: { id: 'Dasar dan syarat', en: 'Basis and terms' }, type: 'longText' },
    { id: 'date', label: { id: 'Tanggal', en: 'Date' }, type: 'text', hint: DATE_HINT },
    notesColumn,
  ],
};

export const workCalendarForm: TableForm = {
  id: 'work-calendar',
  title: { id: 'Kalender Kerja Penyusunan STPP', en: 'STPP work calendar' },
  purpose: {
    id: 'Pertemuan dan kegiatan Pokja berikutnya: kapan, di mana, apa yang dibahas, siapa diundang, dan siapa yang menyiapkan.',
    en: 'The Pokja’s coming meetings and activities: when, where, what is discussed, who is invited and who prepares it.',
  },
  labelColumn: 'activity',
  columns: [
    { id: 'activity', label: { id: 'Kegiatan/topik', en: 'Activity or topic' }, type: 'text' },
    { id: 'date', label: { id: 'Waktu', en: 'When' }, type: 'text', hint: DATE_HINT },
    { id: 'place', label: { id: 'Tempat', en: 'Place' }, type: 'text' },
    { id: 'agenda', label: { id: 'Agenda', en: 'Agenda' }, type: 'longText' },
    { id: 'invitees', label: { id: 'Yang diundang', en: 'Invitees' }, type: 'longText' },
    personInChargeColumn,
  ],
};

export const teamRosterForm: TableForm = {
  id: 'team-roster',
  title: { id: 'Susunan Tim', en: 'Team roster' },
  purpose: {
    id: 'Siapa saja anggota tim, dari lembaga mana, apa perannya dalam tim, dan tugas apa yang dipegangnya.',
    en: 'Who is on the team, from which body, their role in the team and the task each one takes on.',
  },
  labelColumn: 'name',
  columns: [
    { id: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text' },
    { id: 'institution', label: { id: 'Lembaga/unit', en: 'Institution or unit' }, type: 'text' },
    { id: 'teamRole', label: { id: 'Peran dalam tim', en: 'Role in the team' }, type: 'text', hint: { id: 'koordinator, anggota …', en: 'coordinator, member …' } },
    { id: 'task', label: { id: 'Tugas', en: 'Task' }, type: 'longText' },
    { id: 'contact', label: { id: 'Kontak', en: 'Contact' }, type: 'text', hint: { id: 'telepon atau email', en: 'phone or email' } },
  ],
};
