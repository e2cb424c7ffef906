/**
 * Renders a `DocumentModel` as a Word document with the `docx` package: a cover page, then one
 * page section per document section, landscape where a table is too wide for portrait. Table
 * header rows repeat on every page, so a long table stays readable when printed. Drawings go in
 * as SVG pictures with a PNG fallback for word processors that draw no SVG.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { Block, DocImage, DocSection, DocTable, DocumentModel } from '@/lib/document/model';
import { everyRowFitsOnAPage } from '@/lib/document/rowFit';
import { rasterizeSvg } from './rasterizeSvg';

/** PNG fallbacks of the document's drawings, by image id, made before the document is assembled. */
export type Fallbacks = ReadonlyMap<string, Buffer>;

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const fallbacks = await rasterizeImages(model);
  const document = new Document({
    title: `${model.cover.title} ${model.cover.pdam}`,
    creator: 'Plano',
    sections: [coverSection(model), ...model.sections.map((section) => pageSection(section, fallbacks))],
  });
  return Packer.toBuffer(document);
}

/** Room for a drawing on a portrait A4 page with the default margins, in pixels at 96 to the inch. */
const IMAGE_BOX = { width: 600, height: 820 };
/** The PNG fallback at twice its size on the page: sharp enough to print. */
const FALLBACK_SCALE = 2;

/** The drawing's size on the page: its own, or shrunk to fit, never enlarged. */
export function imageSizeOnPage(image: Pick<DocImage, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, IMAGE_BOX.width / image.width, IMAGE_BOX.height / image.height);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}

export async function rasterizeImages(model: DocumentModel): Promise<Fallbacks> {
  const images = model.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'image' ? [block.image] : [])));
  const pngs = await Promise.all(images.map((image) => rasterizeSvg(image.svg, imageSizeOnPage(image).width * FALLBACK_SCALE)));
  return new Map(images.map((image, i) => [image.id, pngs[i]]));
}

/** A drawing with its caption above and its source below, as tables carry theirs. */
export function renderImage(image: DocImage, fallbacks: Fallbacks): Paragraph[] {
  const fallback = fallbacks.get(image.id);
  if (!fallback) throw new Error(`No PNG fallback was made for the drawing ${image.id}`);
  return [
    new Paragraph({ children: [new TextRun({ text: image.title, bold: true })], keepNext: true, spacing: { before: 240, after: 120 } }),
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(image.svg, 'utf8'),
          fallback: { type: 'png', data: fallback },
          transformation: imageSizeOnPage(image),
          altText: { name: image.id, title: image.title, description: image.title },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: image.source, italics: true, size: 18 })], spacing: { after: 240 } }),
  ];
}

function coverSection(model: DocumentModel): ISectionOptions {
  return {
    children: [
      new Paragraph({ text: model.cover.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 400 } }),
      new Paragraph({ text: model.cover.pdam, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { after: 800 } }),
      ...renderCoverFacts(model.cover.facts),
      new Paragraph({ children: [new TextRun({ text: model.cover.note, italics: true })], spacing: { before: 800 } }),
    ],
  };
}

function pageSection(section: DocSection, fallbacks: Fallbacks): ISectionOptions {
  const wide = section.blocks.some((block) => block.kind === 'table' && block.table.wide);
  return {
    properties: wide ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
    children: renderSectionBody(section, fallbacks),
  };
}

/** A section's heading and its blocks, shared with the minutes (`renderNotulen`), which flow them on one page section. */
export function renderSectionBody(section: DocSection, fallbacks: Fallbacks): (Paragraph | Table)[] {
  return [new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }), ...section.blocks.flatMap((block) => renderBlock(block, fallbacks))];
}

/** The cover's label/value facts, one line each. */
export function renderCoverFacts(facts: DocumentModel['cover']['facts']): Paragraph[] {
  return facts.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
}

function renderBlock(block: Block, fallbacks: Fallbacks): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'table':
      return renderTable(block.table);
    case 'image':
      return renderImage(block.image, fallbacks);
  }
}

/**
 * Header row repeated on each page; rows never split across pages, unless one is taller than a
 * page (a word processor clips a row it may not split).
 */
function renderTable(table: DocTable): (Paragraph | Table)[] {
  const keepRowsWhole = everyRowFitsOnAPage(table);
  const cell = (text: string, header: boolean) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] })) });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column, true)) }),
        ...table.rows.map((row) => new TableRow({ cantSplit: keepRowsWhole, children: row.map((text) => cell(text, false)) })),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: table.source, italics: true, size: 18 })], spacing: { after: 240 } }),
  ];
}
