/**
 * Who is in which cell of a worksheet, from the sheet's awareness: each device says which cell
 * has its caret (a cell key of the sheet's layout, e.g. `<rowId>:<columnId>` or a score key), so
 * the others can show the person's name in that cell while they type. Awareness comes from any
 * peer, so every field is narrowed here before anything shows it.
 */
import { MAX_SHEET_CELL_KEY, readBoardPeer, SHEET_CELL_FIELD } from '../session/awarenessState';

/** Awareness field naming the cell this device is editing; null or absent: none. */
export { SHEET_CELL_FIELD };

export interface SheetPeer {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  /** The cell key this person is editing, or null. */
  cell: string | null;
}

export function readSheetPeer(clientId: number, state: unknown): SheetPeer | null {
  const peer = readBoardPeer(clientId, state);
  if (!peer) return null;
  const cell = (state as Record<string, unknown>)[SHEET_CELL_FIELD];
  return { clientId, userId: peer.userId, name: peer.name, color: peer.color, cell: typeof cell === 'string' && cell.length <= MAX_SHEET_CELL_KEY ? cell : null };
}

/** Everyone else on the sheet (not this device), by their awareness states. */
export function otherSheetPeers(states: ReadonlyMap<number, unknown>, ownClientId: number): SheetPeer[] {
  const peers: SheetPeer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const peer = readSheetPeer(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers;
}

/** The people editing one cell, in a stable order (one person on two devices counts once). */
export function peersInCell(peers: readonly SheetPeer[], cell: string): SheetPeer[] {
  const seen = new Set<string>();
  return peers
    .filter((peer) => peer.cell === cell)
    .sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
    .filter((peer) => !seen.has(peer.userId) && seen.add(peer.userId));
}

/** The display name of the device that wrote a change (its Yjs client id), if it is still on the sheet. */
export function nameOfClient(peers: readonly SheetPeer[], clientId: number): string | null {
  return peers.find((peer) => peer.clientId === clientId)?.name || null;
}
