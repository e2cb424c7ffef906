import { describe, expect, it } from 'vitest';
import { buildDraftStpp } from './draftStpp';
import { seededDraftInput } from './fixture';
import { fullyAgreedDraftInput } from './fullDraftFixture';
import { documentText, type DocTable, type DocumentModel } from './model';

function table(model: DocumentModel, id: string): DocTable {
  for (const section of model.sections) for (const block of section.blocks) if (block.kind === 'table' && block.table.id === id) return block.table;
  throw new Error(`no table ${id}`);
}

describe('the draft STPP document model', () => {
  it('puts the PDAM, region and dates on the cover, in Indonesian by default', () => {
    const model = buildDraftStpp(seededDraftInput());
    expect(model.cover.title).toBe('Draf Dokumen STPP');
    expect(model.cover.pdam).toBe('PDAM Tirta Uji');
    expect(model.cover.facts).toContainEqual(['Kabupaten/Kota', 'Kota Uji']);
    expect(model.cover.facts).toContainEqual(['Tanggal lokakarya', 'Senin, 30 November 2026 – Rabu, 2 Desember 2026']);
    expect(model.sections.map((s) => s.id)).toEqual([
      'roster',
      'process',
      'main-issue',
      'legal-corridor',
      'service-gaps',
      'diagnosis',
      'solutions',
      'priorities',
      'action-scheme',
      'logframe',
      'citizen-charter',
      'monev',
      'meetings',
      'follow-ups',
    ]);
  });

  it('ranks the MCUA actions of the latest agreed version, with the round that broke the tie, and names that version', () => {
    const priorities = table(buildDraftStpp(seededDraftInput()), 'mcua-4.7/priorities');
    // Version 2: meter (60·4 + 40·2)/100 = 3.20 and tarif 3.20 tie; round 2: meter 3.80, tarif 3.20.
    expect(priorities.columns).toEqual(['Peringkat', 'Tindakan', 'Aspek', 'Nilai', 'Putaran 2']);
    expect(priorities.rows).toEqual([
      ['1', 'Ganti meter pelanggan', 'Teknis', '3,20', '3,80'],
      ['2', 'Penyesuaian tarif', 'Finansial', '3,20', '3,20'],
      ['3', 'SOP pengaduan satu pintu', 'Manajemen (P3O)', '3,00', ''],
    ]);
    expect(priorities.source).toBe('Sumber: keluaran 4.7/priorities Prioritas Tindakan Peningkatan Pelayanan, versi 2, disepakati Rabu, 2 Desember 2026.');
  });

  it('records each topic status and agreed version along the Kerangka, and says plainly what is not agreed', () => {
    const model = buildDraftStpp(seededDraftInput());
    const stage4 = table(model, 'stage-4');
    const priorities = stage4.rows.find((row) => row[0].startsWith('4.7') && row[3].startsWith('versi'));
    expect(priorities?.[1]).toBe('Hasil disepakati');
    expect(priorities?.[3]).toBe('versi 2, Rabu, 2 Desember 2026');
    expect(table(model, 'stage-1').rows.every((row) => row[3] === 'belum disepakati')).toBe(true);
    expect(stage4.source).toMatch(/^Sumber: Kerangka Penyusunan STPP yang tercatat di Plano per Kamis, 3 Desember 2026/);
  });

  it('says "belum disepakati" where no MCUA is agreed, and "nothing recorded" for empty lists', () => {
    const input = { ...seededDraftInput(), agreed: [], meetings: [], roster: [] };
    const model = buildDraftStpp(input);
    const priorities = model.sections.find((s) => s.id === 'priorities')!;
    expect(priorities.blocks).toContainEqual({ kind: 'paragraph', text: 'Belum disepakati.' });
    expect(model.sections.find((s) => s.id === 'meetings')!.blocks).toEqual([{ kind: 'paragraph', text: 'Belum ada yang tercatat.' }]);
  });

  it('lists the Pokja apart from the stakeholders, and the follow-ups with owner, due date and status', () => {
    const model = buildDraftStpp(seededDraftInput());
    expect(table(model, 'pokja').rows).toEqual([['Budi Santoso', 'Ketua Pokja', 'PDAM Tirta Uji', 'Direktur Utama']]);
    expect(table(model, 'stakeholders').rows).toEqual([['Siti Aminah', 'Pemangku kepentingan', 'Bappeda Kota Uji', '']]);
    const [followUp] = table(model, 'follow-ups').rows;
    expect(followUp.slice(0, 4)).toEqual(['Menyusun rincian biaya ganti meter', 'Budi Santoso', 'Selasa, 15 Desember 2026', 'Belum mulai']);
    expect(followUp[4]).toMatch(/^4\.7 /);
    expect(table(model, 'meetings').rows[0][0]).toBe('Selasa, 8 Desember 2026 09.00 WITA');
  });

  it('speaks English on request, every table keeping its source line', () => {
    const model = buildDraftStpp(seededDraftInput(), 'en');
    expect(model.cover.title).toBe('Draft STPP Document');
    expect(table(model, 'mcua-4.7/priorities').rows[0]).toEqual(['1', 'Ganti meter pelanggan', 'Technical', '3.20', '3.80']);
    const text = documentText(model).join('\n');
    expect(text).not.toMatch(/Sumber:/);
    for (const section of model.sections) for (const block of section.blocks) if (block.kind === 'table') expect(block.table.source).toMatch(/^Source: /);
  });

  it('shows an agreed gap table with its gap worked out in the direction of each indicator, and says what is not agreed yet', () => {
    const input = seededDraftInput();
    const gapTable = {
      format: 'table',
      form: 'gap-table',
      rows: [
        { id: 'cakupan', cells: { indicator: 'Cakupan pelayanan', unit: '%', target: 80, actual: 62.5, higherIsBetter: true, strategic: true } },
        { id: 'nrw', cells: { indicator: 'Kehilangan air', unit: '%', target: 20, actual: 32, higherIsBetter: false } },
      ],
    };
    const model = buildDraftStpp({ ...input, agreed: [...input.agreed, { outputId: '2.3/gap-table', version: 1, agreedAt: new Date('2026-11-30T08:00:00Z'), data: gapTable }] });
    const gaps = table(model, 'output-2.3/gap-table');
    expect(gaps.columns).toEqual(['Indikator', 'Satuan', 'Target', 'Capaian', 'Makin tinggi makin baik', 'Kecenderungan', 'Indikator strategis', 'Kesenjangan']);
    // 80 − 62,5 = 17,5 short of a higher-is-better target; 32 − 20 = 12 over a lower-is-better one.
    expect(gaps.rows).toEqual([
      ['Cakupan pelayanan', '%', '80', '62,5', 'Ya', '', 'Ya', 'kesenjangan 17,5 (di bawah target)'],
      ['Kehilangan air', '%', '20', '32', 'Tidak', '', '', 'kesenjangan 12 (di atas batas target)'],
    ]);
    expect(gaps.wide).toBe(true);
    expect(gaps.source).toMatch(/^Sumber: keluaran 2.3\/gap-table .*versi 1, disepakati Senin, 30 November 2026/);
    const serviceGaps = model.sections.find((section) => section.id === 'service-gaps')!;
    expect(serviceGaps.blocks).toContainEqual({ kind: 'paragraph', text: 'Belum disepakati.' });
  });

  it('records each dated session with its length and groups under its stage', () => {
    const input = seededDraftInput();
    const model = buildDraftStpp({
      ...input,
      sessions: [{ topicId: '3.1', number: 1, startsAt: new Date('2026-11-30T02:00:00Z'), durationMinutes: 120, groups: ['Kelompok Hulu', 'Kelompok Hilir'] }],
    });
    const sessions = table(model, 'sessions-3');
    expect(sessions.columns).toEqual(['Topik', 'Sesi', 'Waktu', 'Lama', 'Kelompok']);
    expect(sessions.rows).toHaveLength(1);
    expect(sessions.rows[0].slice(0, 2)).toEqual([expect.stringMatching(/^3\.1 /), '1']);
    // 02:00 UTC is 10:00 in WITA (UTC+8), the seeded workshop's zone.
    expect(sessions.rows[0][2]).toBe('Senin, 30 November 2026 10.00 WITA');
    expect(sessions.rows[0].slice(3)).toEqual(['120 menit', 'Kelompok Hulu, Kelompok Hilir']);
    expect(() => table(model, 'sessions-2')).toThrow();
  });

  it('shows every agreed output under its heading with its version, date, who agreed it and who was present', () => {
    const input = fullyAgreedDraftInput();
    const model = buildDraftStpp(input);
    const blocks = model.sections.flatMap((section) => section.blocks);
    for (const agreed of input.agreed) {
      const at = blocks.findIndex((block) => block.kind === 'heading' && block.text.startsWith(`${agreed.outputId} `));
      expect(at, agreed.outputId).toBeGreaterThanOrEqual(0);
      expect(blocks[at + 1], agreed.outputId).toEqual({
        kind: 'paragraph',
        text: 'Versi 1, disepakati Selasa, 1 Desember 2026 oleh Ibu Rina. Hadir: Drs. Hasan (Ketua Pokja), Ir. Andi, Ibu Sari, Bapak dari Bappeda.',
      });
    }
    // Outputs outside the plan's chapters (the stakeholder matrix, the 4.x proposals …) have a chapter of their own, by stage.
    const others = model.sections.find((section) => section.id === 'other-outputs')!;
    expect(others.blocks.filter((block) => block.kind === 'heading' && block.level === 2).map((block) => (block as { text: string }).text)).toContain('Tahap 1: Persiapan dan Pengorganisasian');
    expect(others.blocks.some((block) => block.kind === 'heading' && block.text.startsWith('1.1/stakeholder-matrix '))).toBe(true);
  });

  it('shows the ranking matrix of 2.1 round by round with every score, and the MCUA with its criteria, weights and scales', () => {
    const model = buildDraftStpp(fullyAgreedDraftInput());
    expect(table(model, 'output-2.1/main-issue-round-1').rows).toEqual([
      ['Kebocoran pipa', '5', '4', '9', '1'],
      ['Tagihan salah', '4', '5', '9', '1'],
      ['Jam layanan loket', '3', '3', '6', '3'],
    ]);
    expect(table(model, 'output-2.1/main-issue-round-1').columns).toEqual(['Isu', 'Tingkat urgensi (skala 1–5)', 'Cakupan manfaat (skala 1–5)', 'Jumlah', 'Peringkat']);
    expect(table(model, 'output-2.1/main-issue-round-2').rows).toEqual([
      ['Kebocoran pipa', '5', '5', '10', '1'],
      ['Tagihan salah', '4', '4', '8', '2'],
    ]);
    expect(table(model, 'output-2.1/main-issue').rows).toEqual([
      ['1', 'Kebocoran pipa', '9', '10'],
      ['2', 'Tagihan salah', '9', '8'],
      ['3', 'Jam layanan loket', '6', ''],
    ]);
    expect(table(model, 'output-4.7/assessment-matrix-criteria').rows).toEqual([
      ['Dampak', '40', '40 %', '1–5'],
      ['Biaya', '35', '35 %', '1–5'],
      ['Waktu', '25', '25 %', '1–5'],
    ]);
    expect(table(model, 'output-4.7/assessment-matrix-round-2').rows).toEqual([
      ['Ganti meter', 'Teknis', '5', '4', '4', '4,40', '1'],
      ['SOP pengaduan', 'Manajemen (P3O)', '3', '5', '4', '3,95', '2'],
    ]);
  });
});
