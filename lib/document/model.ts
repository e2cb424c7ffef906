/**
 * A document as data: headings, paragraphs, tables and drawings, with no notion of a file format.
 * Built in `lib/document`, rendered by `server/export` (DOCX, PDF) and by the on-screen preview,
 * so the content is tested without a renderer.
 */
import type { Lang } from '../i18n/translate';

export interface DocTable {
  /** Stable id, for tests and renderers (e.g. `'mcua-4.7/priorities'`). */
  id: string;
  columns: string[];
  rows: string[][];
  /** Too many columns for portrait: the renderer may put it on a landscape page. */
  wide: boolean;
  /** Where the rows come from: the agreed output version, or the records it was read from. */
  source: string;
}

/** A drawing (a board snapshot) as standalone SVG; renderers scale it to fit the page. */
export interface DocImage {
  /** Stable id, for tests and renderers (e.g. `'board-<docName>'`). */
  id: string;
  /** Caption above the drawing. */
  title: string;
  /** A standalone SVG document: no external fonts, images or scripts. */
  svg: string;
  /** Natural size in CSS pixels. */
  width: number;
  height: number;
  /** Where the drawing comes from: which board, read when. */
  source: string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocTable }
  | { kind: 'image'; image: DocImage };

export interface DocSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface DocumentModel {
  lang: Lang;
  cover: {
    title: string;
    pdam: string;
    /** Label and value, e.g. ["Kabupaten/Kota", "Kota Uji"]. */
    facts: [string, string][];
    note: string;
  };
  sections: DocSection[];
}

/** Every text of the document in reading order, for tests and plain-text previews. */
export function documentText(model: DocumentModel): string[] {
  const out = [model.cover.title, model.cover.pdam, ...model.cover.facts.flat(), model.cover.note];
  for (const section of model.sections) {
    out.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'table') out.push(...block.table.columns, ...block.table.rows.flat(), block.table.source);
      else if (block.kind === 'image') out.push(block.image.title, block.image.source);
      else out.push(block.text);
    }
  }
  return out;
}
