/**
 * Mirrors a room's capacity into its board's `meta` map, so every device shows that the board is
 * full (and stops saying so once it has room), and restores a full board to its last good
 * snapshot. The facilitator's way out of a board someone filled.
 */
import { FACILITATOR_META_KEYS, META_BOARD_FULL, META_MAP } from '@/lib/board/docMeta';
import { readBoardFull } from '@/lib/board/boardFull';
import { loadCheckpoint } from '../db/docCheckpoints';
import type { Room, RoomExtension } from '../rooms/Room';
import type { PlanoRuntime } from '../runtime';

export const boardCapacityExtension: RoomExtension = {
  capacityChanged(room: Room, full: boolean) {
    room.applyServerChange((doc) => {
      const meta = doc.getMap(META_MAP);
      const marked = readBoardFull(meta.get(META_BOARD_FULL)) !== null;
      if (full && !marked) meta.set(META_BOARD_FULL, { since: Date.now() });
      else if (!full && meta.has(META_BOARD_FULL)) meta.delete(META_BOARD_FULL);
    });
  },
};

export type RestoreResult = { restored: true; takenAt: string; bytes: number } | { restored: false; reason: 'no-snapshot' };

/**
 * Brings the board back to its last good snapshot. The session's live settings (lock, vote,
 * timer, …) stay as they are now; everything else becomes what the snapshot held. Callers check
 * that the acting person may configure the board.
 */
export async function restoreLastGoodSnapshot(runtime: Pick<PlanoRuntime, 'sql' | 'registry'>, docName: string): Promise<RestoreResult> {
  const checkpoint = await loadCheckpoint(runtime.sql, docName);
  if (!checkpoint) return { restored: false, reason: 'no-snapshot' };
  const room = await runtime.registry.acquire(docName);
  try {
    await room.revertTo(checkpoint.state, (root, key) => root === META_MAP && key !== META_BOARD_FULL && FACILITATOR_META_KEYS.has(key));
    return { restored: true, takenAt: checkpoint.takenAt.toISOString(), bytes: room.sizeBytes };
  } finally {
    runtime.registry.release(docName);
  }
}
