/**
 * What table pre-fills read and write (see ../tablePrefill.ts), and small helpers the chains share.
 * Kept apart from tablePrefill.ts so the chain modules and the registry do not import each other.
 */
import type { BoardSnapshot } from '../../board/extract';
import type { OutputId } from '../../method/types';
import type { AgreedData, TableOutputData } from '../../outputs/agreedData';
import type { CellValue } from '../tableForm';

export interface PrefillSources {
  /** The latest agreed version of every output agreed so far in the workshop, by output id. */
  agreed: ReadonlyMap<string, AgreedData>;
  /** The topic's boards of its current (or latest) session: the plenary first, then group boards. */
  boards: readonly { docName: string; kind: 'plenary' | 'group'; records: BoardSnapshot }[];
}

export interface PrefilledRow {
  /** Key-safe and stable for the same source item (see ROW_ID_PATTERN). */
  id: string;
  /** Where it came from: `<outputId>#<itemId>` or `<docName>#<cardId>`. */
  source: string;
  cells: Record<string, CellValue>;
}

export type TablePrefill = (sources: PrefillSources) => PrefilledRow[];

/** A row id from any source key: key-safe, at most 80 characters. */
export function rowIdFrom(source: string): string {
  return source.replace(/[^A-Za-z0-9_-]/g, '-').slice(-80);
}

/** A row taken from an item of an agreed output: its id and source name the output and the item. */
export function rowFromItem(outputId: OutputId, itemId: string, cells: Record<string, CellValue>): PrefilledRow {
  const source = `${outputId}#${itemId}`;
  return { id: rowIdFrom(source), source, cells };
}

/** The rows of an agreed table output of the given form; none when it is not agreed or another format. */
export function agreedTableRows(sources: PrefillSources, outputId: OutputId, formId: string): TableOutputData['rows'] {
  const data = sources.agreed.get(outputId);
  return data?.format === 'table' && data.form === formId ? data.rows : [];
}

/** Only the cells that hold something, so a pre-filled row never writes an empty value. */
export function presentCells(cells: Record<string, CellValue | undefined | null>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(cells).filter((entry): entry is [string, CellValue] => entry[1] !== undefined && entry[1] !== null && entry[1] !== ''));
}

/** Card texts as one cell, one per line: trimmed, blanks and repeats (same words, any case) left out. */
export function cardLines(cards: readonly { text: string }[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const card of cards) {
    const text = card.text.trim().replace(/\s*\n\s*/g, ' ');
    const key = text.toLocaleLowerCase('id');
    if (!text || seen.has(key)) continue;
    seen.add(key);
    lines.push(text);
  }
  return lines.join('\n');
}
