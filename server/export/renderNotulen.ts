/**
 * Renders session minutes (a `DocumentModel` from `lib/document/notulen`) as a Word document with
 * the `docx` package. Minutes are short and read in one go, so unlike the draft STPP there is no
 * cover page and no page break between sections: a title block, then the sections in one flow.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '@/lib/document/model';
import { rasterizeImages, renderCoverFacts, renderSectionBody } from './renderDocx';

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
          ...renderCoverFacts(model.cover.facts),
          new Paragraph({ children: [new TextRun({ text: model.cover.note, italics: true, size: 18 })], spacing: { before: 240, after: 240 } }),
          ...model.sections.flatMap((section) => renderSectionBody(section, fallbacks)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
