/** Brings a loaded room up to what storage holds, applying only what the room lacks. */
import * as Y from 'yjs';
import type { Room, RoomStorage } from '../rooms/Room';

/** Resolves true when the room gained something. Storage is the source of truth, so this is always safe. */
export async function syncFromStorage(room: Room, storage: Pick<RoomStorage, 'load'>): Promise<boolean> {
  const stored = await storage.load(room.name);
  const all = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  if (all.length === 0) return false;
  const before = Y.encodeStateVector(room.doc);
  const missing = Y.diffUpdate(Y.mergeUpdates(all), before);
  // Already stored by whoever wrote it: applied as a remote update, never stored again.
  room.applyCommittedRemoteUpdate(missing);
  return !equalBytes(before, Y.encodeStateVector(room.doc));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((value, i) => value === b[i]);
}
