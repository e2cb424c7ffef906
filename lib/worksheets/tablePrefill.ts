/**
 * What a new table worksheet starts with: rows taken from the topic's boards and from earlier
 * agreed outputs (2.1's main issue → 2.3's indicators, 4.7's priorities → 5.1's logframe, 5.1 →
 * 7.1's M&E format …). Pure: the server gathers the sources, writes the rows through the room.
 * A row's id is stable for the same source, so pre-filling twice cannot add it twice.
 */
import type { BoardSnapshot } from '../board/extract';
import type { OutputId } from '../method/types';
import type { AgreedData } from '../outputs/agreedData';
import type { CellValue } from './tableForm';

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

/** Per worksheet output, how its rows are pre-filled; outputs without an entry start empty. */
export const TABLE_PREFILLS: Partial<Record<OutputId, TablePrefill>> = {};

export function prefillTableRows(outputId: OutputId, sources: PrefillSources): PrefilledRow[] {
  return TABLE_PREFILLS[outputId]?.(sources) ?? [];
}

/** A row id from any source key: key-safe, at most 80 characters. */
export function rowIdFrom(source: string): string {
  return source.replace(/[^A-Za-z0-9_-]/g, '-').slice(-80);
}
