/**
 * A document as data: headings, paragraphs and tables, with no notion of a file format. Built in
 * `lib/document`, rendered by `server/export` (DOCX today), so the content is tested without a renderer.
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

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocTable };

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
      else out.push(block.text);
    }
  }
  return out;
}
