import { describe, expect, it } from 'vitest';
import { cardRecord, seededPlenaryBoards } from '@/lib/document/boardFixture';
import { buildDraftStpp } from '@/lib/document/draftStpp';
import { seededDraftInput } from '@/lib/document/fixture';
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
    expect(priorities).toContain('1 Ganti meter pelanggan Teknis 3,20 2 Penyesuaian tarif Finansial 3,20 3 SOP pengaduan satu pintu Manajemen (P3O) 3,00');
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
