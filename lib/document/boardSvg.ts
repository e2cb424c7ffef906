/**
 * A board snapshot drawn as a standalone SVG for the annex of the draft STPP: template areas as
 * outlined boxes with their label, cards as coloured rounded rectangles with their text wrapped
 * inside. No fonts, images or scripts are referenced, so any renderer (pdfmake, resvg, a browser)
 * draws it the same way; the drawing is cropped to what the board holds.
 */
import { pick } from '../i18n/bilingual';
import type { Lang } from '../i18n/translate';
import { readBoard, type BoardArea, type BoardCard, type BoardSnapshot } from '../board/extract/readBoard';
import type { Box } from '../board/extract/geometry';
import { CARD_FONT_SIZE_PX } from '../shapes/card';
import { CARD_COLOR_FILL } from '../shapes/cardColors';

export interface BoardDrawing {
  svg: string;
  /** Natural size in CSS pixels (board units); renderers scale it to the page. */
  width: number;
  height: number;
  /** How many cards the drawing shows. */
  cards: number;
}

export interface BoardSvgOptions {
  lang: Lang;
  /** Shown in the small drawing of a board without cards or areas. */
  emptyText: string;
}

const MARGIN = 24;
const CARD_PADDING = 12;
const LINE_HEIGHT = 1.25;
const MIN_FONT_PX = 12;
/** Average advance of a sans-serif glyph, as a share of the font size: wrapping is estimated, not measured. */
const GLYPH_WIDTH = 0.55;
const AREA_LABEL_PX = 22;
const FONT_FAMILY = 'sans-serif';

export function drawBoardSvg(snapshot: BoardSnapshot, options: BoardSvgOptions): BoardDrawing {
  const reading = readBoard(snapshot);
  // A board has one page in practice; should there be more, the one with the most cards is shown.
  const pageId = busiestPage(reading.cards) ?? reading.areas[0]?.pageId;
  const cards = reading.cards.filter((c) => c.pageId === pageId).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const areas = reading.areas.filter((a) => a.pageId === pageId);
  if (cards.length === 0 && areas.length === 0) return emptyDrawing(options.emptyText);

  const extent = unionOf([...areas.map((a) => a.bounds), ...cards.map((c) => c.bounds)]);
  const width = Math.ceil(extent.w + 2 * MARGIN);
  const height = Math.ceil(extent.h + 2 * MARGIN);
  const shift = { x: MARGIN - extent.x, y: MARGIN - extent.y };
  const body = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...areas.map((area) => drawArea(area, shift, options.lang)),
    ...cards.map((card) => drawCard(card, shift)),
  ];
  return { svg: svgDocument(width, height, body), width, height, cards: cards.length };
}

function emptyDrawing(text: string): BoardDrawing {
  const width = 320;
  const height = 120;
  const body = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="8" y="8" width="${width - 16}" height="${height - 16}" rx="12" fill="none" stroke="#8a9bb0" stroke-dasharray="8 6"/>`,
    `<text x="${width / 2}" y="${height / 2 + 6}" font-size="16" fill="#52606d" text-anchor="middle">${escapeXml(text)}</text>`,
  ];
  return { svg: svgDocument(width, height, body), width, height, cards: 0 };
}

function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    ...body,
    '</svg>',
  ].join('\n');
}

function drawArea(area: BoardArea, shift: { x: number; y: number }, lang: Lang): string {
  const { x, y, w, h } = moved(area.bounds, shift);
  const outline =
    area.outline === 'ellipse'
      ? `<ellipse cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="#f7f6f0" stroke="#8a9bb0" stroke-width="2"/>`
      : `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="#f7f6f0" stroke="#8a9bb0" stroke-width="2"/>`;
  const label = pick(area.label, lang) || area.role;
  // An ellipse's corner is empty space: its label sits at the top centre instead.
  const labelAt = area.outline === 'ellipse' ? `x="${n(x + w / 2)}" text-anchor="middle"` : `x="${n(x + 12)}"`;
  return `${outline}\n<text ${labelAt} y="${n(y + 12 + AREA_LABEL_PX)}" font-size="${AREA_LABEL_PX}" font-weight="bold" fill="#52606d">${escapeXml(label)}</text>`;
}

function drawCard(card: BoardCard, shift: { x: number; y: number }): string {
  const { x, y, w, h } = moved(card.bounds, shift);
  const { fontSize, lines } = fitText(card.text, w - 2 * CARD_PADDING, h - 2 * CARD_PADDING);
  const lineStep = fontSize * LINE_HEIGHT;
  const spans = lines.map((line, i) => `<tspan x="${n(x + CARD_PADDING)}" y="${n(y + CARD_PADDING + fontSize + i * lineStep)}">${escapeXml(line)}</tspan>`);
  return [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="10" fill="${CARD_COLOR_FILL[card.color]}" stroke="#b8b2a0" stroke-width="1.5"/>`,
    spans.length > 0 ? `<text font-size="${n(fontSize)}" fill="#1a202c">${spans.join('')}</text>` : '',
  ].join('\n');
}

/**
 * The card's text in lines that fit its box: at the board's own size when it fits, smaller
 * otherwise, and cut with an ellipsis only when even the smallest size does not fit.
 */
export function fitText(text: string, width: number, height: number): { fontSize: number; lines: string[] } {
  let fontSize = CARD_FONT_SIZE_PX;
  for (;;) {
    const lines = wrapText(text, Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH))));
    const fits = Math.max(1, Math.floor((height - fontSize * (1 - LINE_HEIGHT)) / (fontSize * LINE_HEIGHT)));
    if (lines.length <= fits) return { fontSize, lines };
    if (fontSize <= MIN_FONT_PX) return { fontSize, lines: [...lines.slice(0, fits - 1), `${lines[fits - 1].replace(/.$/u, '')}…`] };
    fontSize = Math.max(MIN_FONT_PX, fontSize - 2);
  }
}

/** Words filled into lines of at most `perLine` characters; a word longer than a line is split. */
export function wrapText(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = [...word];
      if (line && line.length + 1 + rest.length <= perLine) {
        line += ` ${word}`;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      while (rest.length > perLine) {
        lines.push(rest.slice(0, perLine).join(''));
        rest = rest.slice(perLine);
      }
      line = rest.join('');
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Text safe inside an XML element or attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function busiestPage(cards: readonly BoardCard[]): string | undefined {
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.pageId, (counts.get(card.pageId) ?? 0) + 1);
  let best: string | undefined;
  for (const [pageId, count] of counts) if (best === undefined || count > counts.get(best)!) best = pageId;
  return best;
}

function unionOf(boxes: readonly Box[]): Box {
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

function moved(box: Box, shift: { x: number; y: number }): Box {
  return { x: box.x + shift.x, y: box.y + shift.y, w: box.w, h: box.h };
}

/** Coordinates to one decimal: shorter SVG, no visible difference. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
