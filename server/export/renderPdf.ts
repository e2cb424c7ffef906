/**
 * Renders a `DocumentModel` as PDF with pdfmake, mirroring `renderDocx`: a cover page, then each
 * section on a new page, landscape where a table is too wide for portrait. Table header rows
 * repeat on every page and rows are not split across pages. Roboto is embedded (subset), so
 * Indonesian text stays selectable and searchable in any reader.
 */
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocSection, DocTable, DocumentModel } from '@/lib/document/model';

const FONT = 'Roboto';
const FONT_FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
let fontsReady: Promise<void> | null = null;

/** pdfmake's in-memory file store (untyped in @types/pdfmake): font names are looked up here first. */
type VirtualFs = { writeFileSync(name: string, content: Buffer): void };

/**
 * pdfmake ships Roboto as base64 in `build/vfs_fonts`. Putting those bytes in pdfmake's in-memory
 * file store, rather than naming files on disk, works the same under tsx, vitest and the Next
 * server bundle. The access policies refuse every local file and URL: nothing here should load one.
 */
function prepareFonts(): Promise<void> {
  fontsReady ??= import('pdfmake/build/vfs_fonts').then((module) => {
    const vfs = (module.default ?? module) as Record<string, string>;
    const store = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
    for (const file of Object.values(FONT_FILES)) store.writeFileSync(file, Buffer.from(vfs[file], 'base64'));
    pdfmake.setFonts({ [FONT]: { ...FONT_FILES } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
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
  }
}

function table(table: DocTable): Content[] {
  const header: TableCell[] = table.columns.map((column) => ({ text: column, style: 'tableHeader' }));
  return [
    {
      table: { headerRows: 1, dontBreakRows: true, widths: table.columns.map(() => '*'), body: [header, ...table.rows.map((row) => row.map((text): TableCell => text))] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#8a9bb0', vLineColor: () => '#8a9bb0' },
    },
    { text: table.source, style: 'source' },
  ];
}
