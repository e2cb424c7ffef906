import { describe, expect, it } from 'vitest';
import { buildDraftStpp } from '@/lib/document/draftStpp';
import { seededDraftInput } from '@/lib/document/fixture';
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
    for (const row of ['1\nGanti meter pelanggan\nTeknis\n3,20', '1\nPenyesuaian tarif\nFinansial\n3,20', '3\nSOP pengaduan satu pintu\nManajemen (P3O)\n3,00']) {
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
