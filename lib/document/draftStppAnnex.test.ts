import { describe, expect, it } from 'vitest';
import { seededPlenaryBoards } from './boardFixture';
import { buildDraftStpp } from './draftStpp';
import { seededDraftInput } from './fixture';
import { documentText, type DocImage, type DocumentModel } from './model';

function images(model: DocumentModel): DocImage[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'image' ? [b.image] : [])));
}

describe('the annex of board images in the draft STPP', () => {
  it('draws each plenary board that holds cards, last in the document, with its title and the date it was read', () => {
    const model = buildDraftStpp({ ...seededDraftInput(), boards: seededPlenaryBoards() });
    const annex = model.sections.at(-1)!;
    expect(annex.id).toBe('annex');
    expect(annex.title).toBe('Lampiran: gambar papan pleno');
    const drawn = images(model);
    // Topic 2.3's board has no card: it is left out.
    expect(drawn.map((i) => i.title)).toEqual(['Gambar 1: Papan pleno', 'Gambar 2: 2.1 Isu utama']);
    expect(drawn[0].source).toBe('Sumber: papan “Papan pleno” (2 kartu) sebagaimana tercatat di Plano per Kamis, 3 Desember 2026; bukan keluaran yang disepakati.');
    expect(drawn[0].svg).toContain('&lt;rendah&gt; &amp;');
    expect(drawn[1].svg).toMatch(/>Meter<.*>pelanggan<.*>rusak</);
    expect(drawn[1]).toMatchObject({ id: 'board-w1-topic-2-1', width: 288, height: 208 });
    // The preview's plain text carries the captions.
    expect(documentText(model)).toContain('Gambar 2: 2.1 Isu utama');
  });

  it('speaks the document language', () => {
    const model = buildDraftStpp({ ...seededDraftInput(), boards: seededPlenaryBoards() }, 'en');
    expect(model.sections.at(-1)!.title).toBe('Annex: plenary board images');
    expect(images(model).map((i) => i.title)).toEqual(['Figure 1: Plenary board', 'Figure 2: 2.1 Main issue']);
  });

  it('says so when no plenary board holds cards, and has no annex when boards were not read', () => {
    const empty = buildDraftStpp({ ...seededDraftInput(), boards: seededPlenaryBoards().slice(2) });
    expect(empty.sections.at(-1)!.blocks).toEqual([{ kind: 'paragraph', text: 'Belum ada papan pleno yang berisi kartu.' }]);
    expect(buildDraftStpp(seededDraftInput()).sections.map((s) => s.id)).not.toContain('annex');
  });
});
