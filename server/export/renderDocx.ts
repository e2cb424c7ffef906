/**
 * Renders a `DocumentModel` as a Word document with the `docx` package: a cover page, then one
 * page section per document section, landscape where a table is too wide for portrait. Table
 * header rows repeat on every page, so a long table stays readable when printed.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { Block, DocSection, DocTable, DocumentModel } from '@/lib/document/model';

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    title: `${model.cover.title} ${model.cover.pdam}`,
    creator: 'Plano',
    sections: [coverSection(model), ...model.sections.map(pageSection)],
  });
  return Packer.toBuffer(document);
}

function coverSection(model: DocumentModel): ISectionOptions {
  return {
    children: [
      new Paragraph({ text: model.cover.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 400 } }),
      new Paragraph({ text: model.cover.pdam, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { after: 800 } }),
      ...model.cover.facts.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })),
      new Paragraph({ children: [new TextRun({ text: model.cover.note, italics: true })], spacing: { before: 800 } }),
    ],
  };
}

function pageSection(section: DocSection): ISectionOptions {
  const wide = section.blocks.some((block) => block.kind === 'table' && block.table.wide);
  return {
    properties: wide ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
    children: [new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }), ...section.blocks.flatMap(renderBlock)],
  };
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'table':
      return renderTable(block.table);
  }
}

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
