/**
 * Renders a `DocumentModel` as PDF with pdfmake, mirroring `renderDocx`: a cover page, then each
 * section on a new page, landscape where a table is too wide for portrait. Table header rows
 * repeat on every page and rows are not split across pages, unless a row is taller than a page. Roboto is embedded (subset), so
 * Indonesian text stays selectable and searchable in any reader. Drawings are drawn as vector
 * graphics from their SVG (pdfmake's `svg` node); their text is set in the same embedded font.
 */
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocImage, DocSection, DocTable, DocumentModel } from '@/lib/document/model';
import { everyRowFitsOnAPage } from '@/lib/document/rowFit';
import { ROBOTO_FILES, robotoBytes, robotoPaths } from './robotoFiles';

const FONT = 'Roboto';
const FONT_FILES = ROBOTO_FILES;
/**
 * The same Roboto for the text of drawings: svg-to-pdfkit opens a font by path on disk, never
 * from pdfmake's in-memory store, so this family names the files written out for it.
 */
const SVG_FONT = 'RobotoFiles';
let fontsReady: Promise<void> | null = null;

/** pdfmake's in-memory file store (untyped in @types/pdfmake): font names are looked up here first. */
type VirtualFs = { writeFileSync(name: string, content: Buffer): void };

/**
 * pdfmake ships Roboto as base64 in `build/vfs_fonts`. Putting those bytes in pdfmake's in-memory
 * file store, rather than naming files on disk, works the same under tsx, vitest and the Next
 * server bundle. The access policies refuse every local file and URL: nothing here should load one
 * (svg-to-pdfkit reads the drawings' font files without asking them; those paths are ours).
 */
function prepareFonts(): Promise<void> {
  fontsReady ??= Promise.all([robotoBytes(), robotoPaths()]).then(([vfs, files]) => {
    const store = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
    for (const file of Object.values(FONT_FILES)) store.writeFileSync(file, Buffer.from(vfs[file], 'base64'));
    pdfmake.setFonts({ [FONT]: { ...FONT_FILES }, [SVG_FONT]: { ...files } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
  });
  // A failure (the font files could not be written) is not remembered: the next export tries again.
  fontsReady.catch(() => {
    fontsReady = null;
  });
  return fontsReady;
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  await prepareFonts();
  const definition: TDocumentDefinitions = {
    info: { title: `${model.cover.title} ${model.cover.pdam}`, creator: 'Plano', producer: 'Plano' },
    language: model.lang,
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 26, bold: true, alignment: 'center', margin: [0, 160, 0, 16] },
      pdam: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 48] },
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      tableHeader: { bold: true, fillColor: '#e8eef5' },
      source: { fontSize: 8, italics: true, margin: [0, 3, 0, 12] },
    },
    footer: (current, count) => ({ text: `${current} / ${count}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content: [...cover(model), ...model.sections.flatMap(section)],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

function cover(model: DocumentModel): Content[] {
  return [
    { text: model.cover.title, style: 'title' },
    { text: model.cover.pdam, style: 'pdam' },
    ...model.cover.facts.map(([label, value]): Content => ({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 4] })),
    { text: model.cover.note, italics: true, margin: [0, 48, 0, 0] },
  ];
}

/** A section starts a new page; its orientation follows the same rule as the DOCX. */
function section(section: DocSection): Content[] {
  const wide = section.blocks.some((block) => block.kind === 'table' && block.table.wide);
  return [
    { text: section.title, style: 'h1', pageBreak: 'before', pageOrientation: wide ? 'landscape' : 'portrait' },
    ...section.blocks.flatMap(block),
  ];
}

function block(block: Block): Content[] {
  switch (block.kind) {
    case 'heading':
      return [{ text: block.text, style: block.level === 2 ? 'h2' : 'h3' }];
    case 'paragraph':
      return [{ text: block.text, margin: [0, 0, 0, 6] }];
    case 'table':
      return table(block.table);
    case 'image':
      return image(block.image);
  }
}

/** Room for a drawing on a portrait A4 page within the margins, its caption and source, in points. */
const IMAGE_BOX = { width: 483, height: 620 };
/** CSS pixels to points: a drawing is as large on paper as in the DOCX (96 pixels to the inch). */
const POINTS_PER_PX = 0.75;

/** A drawing with its caption above and its source below, kept on one page; shrunk to fit, never enlarged. */
function image(image: DocImage): Content[] {
  const natural = { width: image.width * POINTS_PER_PX, height: image.height * POINTS_PER_PX };
  const scale = Math.min(1, IMAGE_BOX.width / natural.width, IMAGE_BOX.height / natural.height);
  return [
    {
      stack: [
        { text: image.title, style: 'h3' },
        { svg: image.svg, width: natural.width * scale, height: natural.height * scale, font: SVG_FONT },
        { text: image.source, style: 'source' },
      ],
      unbreakable: true,
    },
  ];
}

function table(table: DocTable): Content[] {
  const header: TableCell[] = table.columns.map((column) => ({ text: column, style: 'tableHeader' }));
  return [
    {
      // Rows stay whole unless one is taller than a page: pdfmake would drop such a row, leaving
      // a page with only the header on it.
      table: { headerRows: 1, dontBreakRows: everyRowFitsOnAPage(table), widths: table.columns.map(() => '*'), body: [header, ...table.rows.map((row) => row.map((text): TableCell => text))] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#8a9bb0', vLineColor: () => '#8a9bb0' },
    },
    { text: table.source, style: 'source' },
  ];
}
