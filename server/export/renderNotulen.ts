/**
 * Renders session minutes (a `DocumentModel` from `lib/document/notulen`) as a Word document with
 * the `docx` package. Minutes are short and read in one go, so unlike the draft STPP there is no
 * cover page and no page break between sections: a title block, then the sections in one flow.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, DocTable, DocumentModel } from '@/lib/document/model';
import { rasterizeImages, renderImage, type Fallbacks } from './renderDocx';

export async function renderNotulen(model: DocumentModel): Promise<Buffer> {
  const fallbacks = await rasterizeImages(model);
  const document = new Document({
    title: `${model.cover.title} ${model.cover.pdam}`,
    creator: 'Plano',
    sections: [
      {
        children: [
          new Paragraph({ text: model.cover.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: model.cover.pdam, heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
          ...model.cover.facts.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })),
          new Paragraph({ children: [new TextRun({ text: model.cover.note, italics: true, size: 18 })], spacing: { before: 240, after: 240 } }),
          ...model.sections.flatMap((section) => [new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }), ...section.blocks.flatMap((block) => renderBlock(block, fallbacks))]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
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

/** Header row repeated on each page; rows never split across pages. */
function renderTable(table: DocTable): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column, true)) }),
        ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) })),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: table.source, italics: true, size: 18 })], spacing: { after: 240 } }),
  ];
}
