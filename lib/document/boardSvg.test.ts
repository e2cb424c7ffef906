import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import hk from '../board/extract/fixtures/harapan-kenyataan.json';
import { drawBoardSvg, fitText, wrapText } from './boardSvg';

const card = (id: string, text: string, x: number, y: number, extra: Record<string, unknown> = {}) => ({
  id,
  typeName: 'shape',
  type: 'plano-card',
  parentId: 'page:page',
  x,
  y,
  rotation: 0,
  props: { w: 240, h: 160, text, color: 'pink', authorId: 'u', authorName: 'Ani', groupId: '', createdAt: 1, ...extra },
});

/** Parses the SVG strictly (a malformed document throws) and returns each <text> element's words, lines joined by spaces. */
function readSvg(svg: string): { root: string; attributes: Record<string, string>; texts: string[]; elements: string[] } {
  const parser = new SaxesParser();
  const texts: string[] = [];
  const elements: string[] = [];
  let root = '';
  let attributes: Record<string, string> = {};
  let current: string[] | null = null;
  parser.on('opentag', (tag) => {
    if (!root) {
      root = tag.name;
      attributes = tag.attributes as Record<string, string>;
    }
    elements.push(tag.name);
    if (tag.name === 'text') current = [];
  });
  parser.on('text', (text) => current?.push(text));
  parser.on('closetag', (tag) => {
    if (tag.name === 'tspan') current?.push(' ');
    if (tag.name === 'text' && current) {
      texts.push(current.join('').replace(/\s+/g, ' ').trim());
      current = null;
    }
  });
  parser.write(svg).close();
  return { root, attributes, texts, elements };
}

const options = { lang: 'id' as const, emptyText: 'Papan kosong' };

describe('drawing a board for the annex', () => {
  it('draws every card with its text, escaped, as well-formed XML', () => {
    const texts = ['Air <tidak> mengalir & "bau"', 'Pipa bocor di zona utara', "Tagihan naik 'tiba-tiba'"];
    const drawing = drawBoardSvg(
      texts.map((text, i) => card(`shape:c${i}`, text, i * 300, 100)),
      options,
    );
    const svg = readSvg(drawing.svg);
    expect(svg.root).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.texts).toEqual(texts);
    for (const escaped of ['Air &lt;tidak&gt;', 'mengalir &amp;', '&quot;bau&quot;', '&apos;tiba-tiba&apos;']) expect(drawing.svg).toContain(escaped);
    expect(drawing.cards).toBe(3);
    // The pink fill of a pink card, as on the board.
    expect(drawing.svg).toContain('fill="#ffc9de"');
  });

  it('crops the drawing to the cards, with a margin, wherever they are on the board', () => {
    const drawing = drawBoardSvg([card('shape:a', 'Satu', -5000, 2000), card('shape:b', 'Dua', -4700, 2300)], options);
    // From x -5000 to -4460, y 2000 to 2460, plus 24 on each side.
    expect([drawing.width, drawing.height]).toEqual([588, 508]);
    expect(readSvg(drawing.svg).attributes.viewBox).toBe('0 0 588 508');
    expect(drawing.svg).toContain('<rect x="24" y="24" width="240" height="160"');
  });

  it('outlines the template areas with their label in the document language', () => {
    const records: unknown[] = hk;
    const id = readSvg(drawBoardSvg(records, options).svg);
    expect(id.texts).toContain('Harapan · Penetapan kelompok sasaran');
    const en = readSvg(drawBoardSvg(records, { ...options, lang: 'en' }).svg);
    expect(en.texts).toContain('Expectation · Choosing the target groups');
    expect(en.texts).not.toContain('Harapan · Penetapan kelompok sasaran');
  });

  it('drops characters XML cannot hold rather than producing a broken file', () => {
    const drawing = drawBoardSvg([card('shape:a', 'Bel\u0007 \uD800 berbunyi', 0, 0)], options);
    expect(readSvg(drawing.svg).texts).toEqual(['Bel berbunyi']);
  });

  it('gives a board without cards a small drawing that says it is empty', () => {
    const drawing = drawBoardSvg([{ id: 'page:page', typeName: 'page' }], options);
    expect(drawing.cards).toBe(0);
    expect(drawing.width).toBeLessThanOrEqual(400);
    expect(readSvg(drawing.svg).texts).toEqual(['Papan kosong']);
  });

  it('ignores records that are not cards or areas, and cards without a size', () => {
    const drawing = drawBoardSvg([card('shape:a', 'Terbaca', 0, 0), { ...card('shape:b', 'Rusak', 0, 0), props: { text: 'Rusak' } }, 'sampah', null], options);
    expect(readSvg(drawing.svg).texts).toEqual(['Terbaca']);
  });

  it('draws 300 cards quickly', () => {
    const records = Array.from({ length: 300 }, (_, i) => card(`shape:c${i}`, `Kartu nomor ${i + 1} tentang pelayanan air minum`, (i % 20) * 260, Math.floor(i / 20) * 180));
    const started = performance.now();
    const drawing = drawBoardSvg(records, options);
    const elapsed = performance.now() - started;
    expect(readSvg(drawing.svg).texts).toHaveLength(300);
    expect(elapsed).toBeLessThan(500);
  });
});

describe('fitting a card’s text', () => {
  it('wraps words into lines and splits a word longer than a line', () => {
    expect(wrapText('Air tidak mengalir pada malam hari', 12)).toEqual(['Air tidak', 'mengalir', 'pada malam', 'hari']);
    expect(wrapText('Pemberitahuan', 5)).toEqual(['Pembe', 'ritah', 'uan']);
    expect(wrapText('Satu\nDua', 20)).toEqual(['Satu', 'Dua']);
  });

  it('keeps the board’s font size when the text fits, shrinks it when not, and cuts only as a last resort', () => {
    expect(fitText('Pipa bocor', 216, 136)).toEqual({ fontSize: 28, lines: ['Pipa bocor'] });
    const long = 'kata '.repeat(40).trim();
    const shrunk = fitText(long, 216, 136);
    expect(shrunk.fontSize).toBeLessThan(28);
    expect(shrunk.lines.join(' ')).toBe(long);
    const cut = fitText('kata '.repeat(400).trim(), 216, 136);
    expect(cut.fontSize).toBe(12);
    expect(cut.lines.at(-1)).toMatch(/…$/);
  });
});
