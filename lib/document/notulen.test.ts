import { describe, expect, it } from 'vitest';
import hk from '../board/extract/fixtures/harapan-kenyataan.json';
import type { DocTable } from './model';
import { buildNotulen, nextMeeting, type NotulenInput } from './notulen';

function input(overrides: Partial<NotulenInput> = {}): NotulenInput {
  return {
    details: { title: 'Lokakarya STPP Kota Uji', pdam: 'PDAM Tirta Uji', region: 'Kota Uji', venue: 'Aula PDAM', startsOn: '2026-11-30', endsOn: '2026-12-02', timeZone: 'WITA' },
    topicId: '3.1',
    session: { number: 1, title: { id: 'Harapan dan kenyataan', en: 'Expectations and reality' }, startsAt: new Date('2026-12-01T01:00:00Z') },
    groups: [
      { name: 'Kelompok A', boardRecords: hk, members: [{ name: 'Ani Lestari', organisation: 'Bappeda' }] },
      { name: 'Kelompok B', boardRecords: [], members: [{ name: 'Dedi', organisation: null }] },
    ],
    roster: [{ name: 'Budi Santoso', organisation: 'PDAM Tirta Uji', position: 'Direktur Utama', role: 'pokja-chair' }],
    agreed: [
      { outputId: '3.1/root-causes', version: 1, agreedAt: new Date('2026-12-01T05:00:00Z'), data: { format: 'items', items: [{ id: 'a', label: 'Pipa lama' }] }, present: ['Budi Santoso'], note: null },
      { outputId: '3.1/root-causes', version: 2, agreedAt: new Date('2026-12-01T06:00:00Z'), data: { format: 'items', items: [{ id: 'a', label: 'Pipa distribusi tua' }] }, present: ['Budi Santoso', 'ani lestari'], note: 'Dicek ulang' },
      { outputId: '4.7/priorities', version: 1, agreedAt: new Date('2026-12-02T05:00:00Z'), data: { format: 'items', items: [{ id: 'x', label: 'Bukan topik ini' }] }, present: ['Orang lain'], note: null },
    ],
    followUps: [
      { description: 'Menghimpun hasil diskusi', owner: 'Budi Santoso', dueOn: '2026-12-10', status: 'open', topicId: '3.1' },
      { description: 'Tindak lanjut topik lain', owner: 'Siti', dueOn: null, status: 'open', topicId: '4.7' },
    ],
    meetings: [
      { startsAt: new Date('2026-11-20T01:00:00Z'), place: null, agenda: 'Rapat yang sudah lewat', invitees: null, topicId: null },
      { startsAt: new Date('2026-12-15T02:00:00Z'), place: 'Ruang rapat PDAM', agenda: 'Rapat Pokja kedua', invitees: 'Pokja', topicId: '3.1' },
      { startsAt: new Date('2026-12-08T01:00:00Z'), place: 'Kantor Bappeda', agenda: 'Rapat Pokja pertama', invitees: 'Pokja', topicId: '3.1' },
    ],
    generatedAt: new Date('2026-12-03T02:00:00Z'),
    ...overrides,
  };
}

function table(model: ReturnType<typeof buildNotulen>, id: string): DocTable {
  for (const section of model.sections) for (const block of section.blocks) if (block.kind === 'table' && block.table.id === id) return block.table;
  throw new Error(`no table ${id}`);
}

function sectionText(model: ReturnType<typeof buildNotulen>, id: string): string {
  const section = model.sections.find((s) => s.id === id)!;
  return section.blocks.map((b) => (b.kind === 'table' ? b.table.rows.flat().join(' | ') : b.kind === 'image' ? b.image.title : b.text)).join('\n');
}

describe('session minutes (notulen)', () => {
  it('lists each person once: the groups’ members first, then those present at the agreement with their Pokja role', () => {
    const rows = table(buildNotulen(input()), 'attendance').rows;
    expect(rows).toEqual([
      ['1', 'Ani Lestari', 'Bappeda', 'Kelompok A'],
      ['2', 'Dedi', '', 'Kelompok B'],
      ['3', 'Budi Santoso', 'PDAM Tirta Uji, Direktur Utama', 'Ketua Pokja'],
    ]);
  });

  it('shows what each group put on its board, by part of the sheet, and says so when a board is empty', () => {
    const model = buildNotulen(input());
    expect(table(model, 'group-1').rows).toContainEqual(['Harapan · Penyaluran pelayanan', 'Air mengalir 24 jam']);
    expect(table(model, 'group-1').rows).toContainEqual(['Di luar bagian lembar', 'Kartu nyasar']);
    expect(sectionText(model, 'groups')).toContain('Belum ada yang tercatat.');
  });

  it('records the latest agreed version of the topic’s outputs only, with who was present', () => {
    const text = sectionText(buildNotulen(input()), 'agreed');
    expect(text).toContain('Pipa distribusi tua');
    expect(text).not.toContain('Pipa lama');
    expect(text).not.toContain('Bukan topik ini');
    expect(text).toContain('Hadir: Budi Santoso, ani lestari');
    expect(text).toContain('Catatan: Dicek ulang');
  });

  it('keeps the topic’s follow-ups and names the first meeting after the session', () => {
    const model = buildNotulen(input());
    expect(table(model, 'follow-ups').rows).toEqual([['Menghimpun hasil diskusi', 'Budi Santoso', 'Kamis, 10 Desember 2026', 'Belum mulai']]);
    expect(sectionText(model, 'next-meeting')).toContain('Rapat Pokja pertama');
    expect(sectionText(model, 'next-meeting')).toContain('Kantor Bappeda');
  });

  it('says there is no next meeting or agreement rather than leaving a gap', () => {
    const model = buildNotulen(input({ meetings: [], agreed: [], groups: [] }), 'en');
    expect(sectionText(model, 'next-meeting')).toBe('No next meeting agreed yet.');
    expect(sectionText(model, 'agreed')).toBe('Not agreed yet (belum disepakati).');
    expect(sectionText(model, 'groups')).toBe('No groups were formed in this session.');
  });

  it('counts from the day the minutes are made when the session has no date', () => {
    const meeting = nextMeeting({ ...input(), session: { number: 1, title: { id: 'x', en: 'x' }, startsAt: null }, generatedAt: new Date('2026-12-09T00:00:00Z') });
    expect(meeting?.agenda).toBe('Rapat Pokja kedua');
  });
});
