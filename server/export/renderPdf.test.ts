import { describe, expect, it } from 'vitest';
import { cardRecord, seededPlenaryBoards } from '@/lib/document/boardFixture';
import { buildDraftStpp } from '@/lib/document/draftStpp';
import { seededDraftInput } from '@/lib/document/fixture';
import { fullyAgreedDraftInput } from '@/lib/document/fullDraftFixture';
import { documentText, type DocumentModel } from '@/lib/document/model';
import { compact, pdfPages } from './pdfText';
import { renderPdf } from './renderPdf';

describe('the draft STPP as PDF', () => {
  it('carries every text of the document model as selectable text, the MCUA ranking in order', async () => {
    const model = buildDraftStpp(seededDraftInput());
    const pages = await pdfPages(await renderPdf(model));
    const all = compact(pages.map((p) => p.text).join('\n'));
    for (const text of documentText(model)) expect(all).toContain(compact(text));

    const priorities = pages.find((p) => p.text.includes('Prioritas tindakan (MCUA)'))!.text.replace(/\s+/g, ' ');
    expect(priorities).toContain('1 Ganti meter pelanggan Teknis 3,20 3,80 2 Penyesuaian tarif Finansial 3,20 3,20 3 SOP pengaduan satu pintu Manajemen (P3O) 3,00');
    expect(priorities).toContain('Sumber: keluaran 4.7/priorities Prioritas Tindakan Peningkatan Pelayanan, versi 2');
    // The en dash of the date range survives: the embedded font maps it back to Unicode.
    expect(pages[0].text).toContain('Senin, 30 November 2026 – Rabu, 2 Desember 2026');
  });

  it('shows the main issue, the MCUA ranking and every action row of the action scheme, on landscape pages', async () => {
    const input = seededDraftInput();
    const mainIssue = {
      format: 'ranking',
      criteria: [{ id: 'urgent', label: 'Mendesak' }],
      issues: [{ id: 'a', label: 'Air tidak mengalir malam hari' }, { id: 'b', label: 'Tagihan tidak sesuai' }],
      rounds: [{ number: 1, issues: ['a', 'b'], scores: { a: { urgent: 5 }, b: { urgent: 3 } } }],
      ranking: [
        { id: 'a', label: 'Air tidak mengalir malam hari', rank: 1, totals: [5] },
        { id: 'b', label: 'Tagihan tidak sesuai', rank: 2, totals: [3] },
      ],
      mainIssue: { id: 'a', label: 'Air tidak mengalir malam hari' },
    };
    const actions = Array.from({ length: 40 }, (_, i) => ({
      id: `t${i}`,
      cells: { action: `Tindakan nomor ${i + 1} untuk zona ${i % 4}`, schedule: `Triwulan ${(i % 4) + 1} 2027`, implementingUnit: 'Bagian Teknik', indicator: 'Tekanan minimal 0,7 bar', cost: 1_000_000 * (i + 1), budgetSource: 'Dana internal PDAM' },
    }));
    const agreed = [
      ...input.agreed,
      { outputId: '2.1/main-issue', version: 1, agreedAt: new Date('2026-11-30T08:00:00Z'), data: mainIssue },
      { outputId: '5.2/skema-tindakan-table', version: 1, agreedAt: new Date('2026-12-02T08:00:00Z'), data: { format: 'table', form: 'skema-tindakan-table', rows: actions } },
    ];
    const model = buildDraftStpp({ ...input, agreed });
    const pages = await pdfPages(await renderPdf(model));
    const text = compact(pages.map((p) => p.text).join('\n'));
    for (const line of documentText(model)) expect(text).toContain(compact(line));
    expect(text).toContain(compact('Air tidak mengalir malam hari'));
    expect(text).toContain(compact('1 Ganti meter pelanggan Teknis 3,20'));
    for (const { cells } of actions) expect(text).toContain(compact(cells.action));
    const schemePages = pages.filter((p) => compact(p.text).includes('Tindakannomor'));
    expect(schemePages.length).toBeGreaterThan(1);
    for (const page of schemePages) expect(page.landscape).toBe(true);
  });

  it('embeds its font rather than relying on the reader’s', async () => {
    const pdf = (await renderPdf(buildDraftStpp(seededDraftInput()))).toString('latin1');
    expect(pdf).toMatch(/\/FontFile2 /);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(pdf).not.toContain('/Helvetica');
  });

  it('starts each section on a page of its own, landscape for wide tables', async () => {
    const pages = await pdfPages(await renderPdf(buildDraftStpp(seededDraftInput())));
    const pageOf = (title: string) => pages.find((p) => p.text.startsWith(title))!;
    expect(pages[0].landscape).toBe(false);
    expect(pageOf('Pokja dan pemangku kepentingan').landscape).toBe(false);
    expect(pageOf('Kalender Kerja').landscape).toBe(true);
    expect(pageOf('Tindak Lanjut').landscape).toBe(true);
  });

  it('repeats the header row on every page a long table runs over', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Tindakan ${i + 1}`, 'Teknis', `Unit ${i % 7}`, `${i + 1} Desember`]);
    const model: DocumentModel = {
      lang: 'id',
      cover: { title: 'Draf', pdam: 'PDAM Uji', facts: [], note: '' },
      sections: [{ id: 'actions', title: 'Skema tindakan', blocks: [{ kind: 'table', table: { id: 'actions', columns: ['Tindakan', 'Aspek', 'Penanggung jawab', 'Jadwal'], rows, wide: true, source: 'Sumber: uji' } }] }],
    };
    const tablePages = (await pdfPages(await renderPdf(model))).slice(1);
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) {
      expect(page.landscape).toBe(true);
      expect(page.text).toMatch(/^(Skema tindakan\n)?Tindakan Aspek Penanggung jawab Jadwal\n/);
    }
    const text = tablePages.map((p) => p.text).join('\n');
    for (const [action] of rows) expect(text).toMatch(new RegExp(`^${action} Teknis`, 'm'));
  });

  it('renders the English document', async () => {
    const text = (await pdfPages(await renderPdf(buildDraftStpp(seededDraftInput(), 'en')))).map((p) => p.text).join('\n');
    expect(text).toContain('Draft STPP Document');
    expect(text).toContain('Action priorities (MCUA)');
  });
});

describe('the annex of board images in the PDF', () => {
  it('draws each board with its cards’ text selectable, under its caption and above its source', async () => {
    const model = buildDraftStpp({ ...seededDraftInput(), boards: seededPlenaryBoards() });
    const pdf = await renderPdf(model);
    // The cards' text is set in the embedded Roboto too, not in a reader's Helvetica.
    expect(pdf.toString('latin1')).not.toContain('/Helvetica');
    const pages = await pdfPages(pdf);
    const annex = compact(pages.filter((p) => compact(p.text).includes(compact('Lampiran: gambar papan pleno'))).map((p) => p.text).join('\n'));
    for (const text of ['Gambar 1: Papan pleno', 'Gambar 2: 2.1 Isu utama', 'Air keruh di musim hujan', 'Tekanan <rendah> & tidak merata', 'Meter pelanggan rusak', 'Sumber: papan “Papan pleno” (2 kartu)']) {
      expect(annex).toContain(compact(text));
    }
  });

  it('renders a board of 300 cards in reasonable time', async () => {
    const records = Array.from({ length: 300 }, (_, i) => cardRecord(`shape:c${i}`, `Kartu nomor ${i + 1} tentang pelayanan air minum`, (i % 20) * 260, Math.floor(i / 20) * 180));
    const model = buildDraftStpp({ ...seededDraftInput(), boards: [{ docName: 'big', title: { id: 'Papan besar', en: 'Big board' }, readAt: new Date(), records }] });
    const started = performance.now();
    const pdf = await renderPdf(model);
    const elapsed = performance.now() - started;
    console.log(`300 cards: PDF ${Math.round(elapsed)} ms, ${Math.round(pdf.length / 1024)} KiB`);
    const text = compact((await pdfPages(pdf)).map((p) => p.text).join('\n'));
    expect(text).toContain(compact('Kartu nomor 300'));
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('the draft STPP of a workshop that agreed every worksheet, as PDF', () => {
  /** A page's text without its page number. */
  const bodyOf = (text: string) => text.replace(/\n?\d+ \/ \d+\s*$/, '').trim();

  it('has no blank page, and every paragraph arrives whole, also one taller than a page', async () => {
    const model = buildDraftStpp(fullyAgreedDraftInput());
    const pages = await pdfPages(await renderPdf(model));
    for (const [index, page] of pages.entries()) expect(bodyOf(page.text).length, `page ${index + 1} of ${pages.length}`).toBeGreaterThan(40);
    const pilcrows = (text: string) => text.split('¶').length - 1;
    expect(pilcrows(pages.map((page) => page.text).join('\n'))).toBe(pilcrows(documentText(model).join('\n')));
    expect(pilcrows(documentText(model).join('\n'))).toBeGreaterThan(10);
  }, 120_000);

  it('shows 2.1 with every score of both rounds, 2.3 and 4.7 as the method’s tables, each with who agreed it and who was present', async () => {
    const pages = await pdfPages(await renderPdf(buildDraftStpp(fullyAgreedDraftInput())));
    const text = compact(pages.map((page) => page.text).join('\n'));
    const agreement = compact('Versi 1, disepakati Selasa, 1 Desember 2026 oleh Ibu Rina. Hadir: Drs. Hasan (Ketua Pokja), Ir. Andi, Ibu Sari, Bapak dari Bappeda.');
    // 2.1, by hand: round 1 pipa 5 + 4 = 9 and tagihan 4 + 5 = 9 tie; round 2 pipa 5 + 5 = 10, tagihan 4 + 4 = 8.
    const ranking = text.slice(text.indexOf(compact('2.1/main-issue Isu Utama Pelayanan PDAM')));
    expect(ranking.startsWith(compact('2.1/main-issue Isu Utama Pelayanan PDAM') + agreement)).toBe(true);
    for (const row of ['Kebocoran pipa 5 4 9 1', 'Tagihan salah 4 5 9 1', 'Jam layanan loket 3 3 6 3', 'Kebocoran pipa 5 5 10 1', 'Tagihan salah 4 4 8 2', '1 Kebocoran pipa 9 10', 'Isu utama yang disepakati: Kebocoran pipa.']) {
      expect(ranking).toContain(compact(row));
    }
    // 2.3: the gap table, its gap in words, agreed with attendance.
    const gaps = text.slice(text.indexOf(compact('2.3/gap-table Tabel Analisis Kesenjangan Kuantitatif')));
    expect(gaps.startsWith(compact('2.3/gap-table Tabel Analisis Kesenjangan Kuantitatif') + agreement)).toBe(true);
    expect(gaps.slice(0, 3000)).toMatch(/kesenjangan[\d,]+\((di(bawah|atas)|dibawah)|tidakadakesenjangan/);
    // 4.7, by hand: weights 40/35/25; meter and sop (40·3 + 35·5 + 25·5)/100 = 4.20 tie; round 2 meter 4.40, sop 3.95.
    const mcua = text.slice(text.indexOf(compact('4.7/assessment-matrix Matriks Penilaian Usulan Tindakan')));
    expect(mcua.startsWith(compact('4.7/assessment-matrix Matriks Penilaian Usulan Tindakan') + agreement)).toBe(true);
    for (const row of ['Dampak 40 40 % 1–5', 'Biaya 35 35 % 1–5', 'Waktu 25 25 % 1–5', 'Ganti meter Teknis 3 5 5 4,20 1', 'SOP pengaduan Manajemen (P3O) 3 5 5 4,20 1', 'Ganti meter Teknis 5 4 4 4,40 1', '1 Ganti meter Teknis 4,20 4,40', '2 SOP pengaduan Manajemen (P3O) 4,20 3,95']) {
      expect(mcua).toContain(compact(row));
    }
  }, 120_000);
});
