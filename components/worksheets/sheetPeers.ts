/**
 * Presence on a worksheet as the views use it: the others and the cell each is in, this person's
 * own cell, and who wrote a cell's current value (the Yjs client that wrote its map entry).
 */
import type * as Y from 'yjs';
import { nameOfClient, otherSheetPeers, peersInCell, SHEET_CELL_FIELD, type SheetPeer } from '@/lib/worksheets/sheetPresence';
import type { WorksheetDoc } from './useWorksheetDoc';

export interface SheetPresence {
  /** The others whose caret is in this cell. */
  inCell(key: string): SheetPeer[];
  /** Tells the others which cell this person's caret is in (null: none). */
  enter(key: string | null): void;
  /** Who wrote the current value of a key of a root map, by name; null when it was this person or is unknown. */
  writerOf(mapName: string, key: string): string | null;
}

/** The internals of a Y.Map a writer is read from: the item holding each key's latest value. */
type MapWithItems = { _map: Map<string, Y.Item> };

export function sheetPresence({ ydoc, awareness }: Pick<WorksheetDoc, 'ydoc' | 'awareness'>): SheetPresence {
  const peers = otherSheetPeers(awareness.getStates(), ydoc.clientID);
  return {
    inCell: (key) => peersInCell(peers, key),
    enter: (key) => awareness.setLocalStateField(SHEET_CELL_FIELD, key),
    writerOf: (mapName, key) => {
      const item = (ydoc.getMap(mapName) as unknown as MapWithItems)._map.get(key);
      if (!item || item.deleted || item.id.client === ydoc.clientID) return null;
      return nameOfClient(peers, item.id.client);
    },
  };
}
