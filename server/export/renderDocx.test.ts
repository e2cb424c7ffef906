import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cardRecord, seededPlenaryBoards } from '@/lib/document/boardFixture';
import { buildDraftStpp } from '@/lib/document/draftStpp';
import { seededDraftInput } from '@/lib/document/fixture';
import { fullyAgreedDraftInput } from '@/lib/document/fullDraftFixture';
import { docxText } from './docxText';
import { renderDocx } from './renderDocx';

describe('the draft STPP as DOCX', () => {
  it('carries the cover, the main sections, every MCUA row and its source', async () => {
    const { xml, text } = await docxText(await renderDocx(buildDraftStpp(seededDraftInput())));
    expect(text).toContain('Draf Dokumen STPP');
    expect(text).toContain('PDAM Tirta Uji');
    for (const title of ['Pokja dan pemangku kepentingan', 'Catatan proses menurut Kerangka Penyusunan STPP', 'Prioritas tindakan (MCUA)', 'Kalender Kerja', 'Tindak Lanjut']) {
      expect(text).toContain(title);
    }
    for (const row of ['1\nGanti meter pelanggan\nTeknis\n3,20', '2\nPenyesuaian tarif\nFinansial\n3,20', '3\nSOP pengaduan satu pintu\nManajemen (P3O)\n3,00']) {
      expect(text).toContain(row);
    }
    expect(text).toContain('Sumber: keluaran 4.7/priorities');
    // Header rows repeat on every page; the wide calendar tables get a landscape page.
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('renders the English document', async () => {
    const { text } = await docxText(await renderDocx(buildDraftStpp(seededDraftInput(), 'en')));
    expect(text).toContain('Draft STPP Document');
    expect(text).toContain('Action priorities (MCUA)');
  });
});

describe('the annex of board images in the DOCX', () => {
  it('holds each annexed board as an SVG picture with a PNG fallback, under its caption', async () => {
    const model = buildDraftStpp({ ...seededDraftInput(), boards: seededPlenaryBoards() });
    const docx = await renderDocx(model);
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    // Two boards hold cards (the third is empty and left out): one SVG and one PNG each.
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    const svgs = await Promise.all(media.filter((name) => name.endsWith('.svg')).map((name) => zip.file(name)!.async('string')));
    expect(svgs.some((svg) => svg.includes('&lt;rendah&gt; &amp;'))).toBe(true);
    for (const name of pngs) {
      const png = await zip.file(name)!.async('nodebuffer');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Twice its size on the page (588 px wide boards fit the page as they are).
      expect([576, 1176]).toContain(png.readUInt32BE(16));
    }
    const { xml, text } = await docxText(docx);
    expect(text).toContain('Lampiran: gambar papan pleno');
    expect(text).toContain('Gambar 1: Papan pleno');
    expect(text).toContain('Sumber: papan “Papan pleno” (2 kartu)');
    expect(xml).toContain('asvg:svgBlip');
  });

  it('renders a board of 300 cards in reasonable time', async () => {
    const records = Array.from({ length: 300 }, (_, i) => cardRecord(`shape:c${i}`, `Kartu nomor ${i + 1} tentang pelayanan air minum`, (i % 20) * 260, Math.floor(i / 20) * 180));
    const started = performance.now();
    const model = buildDraftStpp({ ...seededDraftInput(), boards: [{ docName: 'big', title: { id: 'Papan besar', en: 'Big board' }, readAt: new Date(), records }] });
    const built = performance.now();
    const docx = await renderDocx(model);
    const done = performance.now();
    console.log(`300 cards: model ${Math.round(built - started)} ms, DOCX ${Math.round(done - built)} ms, ${Math.round(docx.length / 1024)} KiB`);
    expect(done - started).toBeLessThan(10_000);
  });
});

describe('the draft STPP of a workshop that agreed every worksheet, as DOCX', () => {
  it('shows the rounds of 2.1 and 4.7 and who agreed each output, and lets a row taller than a page break', async () => {
    const { xml, text } = await docxText(await renderDocx(buildDraftStpp(fullyAgreedDraftInput())));
    expect(text).toContain('Versi 1, disepakati Selasa, 1 Desember 2026 oleh Ibu Rina. Hadir: Drs. Hasan (Ketua Pokja), Ir. Andi, Ibu Sari, Bapak dari Bappeda.');
    expect(text).toContain('Kebocoran pipa\n5\n5\n10\n1');
    expect(text).toContain('Ganti meter\nTeknis\n5\n4\n4\n4,40\n1');
    // Rows of ordinary tables are kept whole; those of a table with a row taller than a page are not.
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml.split('<w:tbl>').some((tbl) => tbl.includes('¶') && !tbl.includes('<w:cantSplit/>'))).toBe(true);
  });
});
