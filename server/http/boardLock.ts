/**
 * Locking a board: the database says so, the live access rules say so (every following message
 * from a participant is refused), and the board's `meta` map says so (every open client turns
 * read-only at once). Callers check that the acting person may do it.
 */
import { META_LOCKED, META_MAP } from '@/lib/board/docMeta';
import { setDocAccess } from '../db/workshops';
import type { PlanoRuntime } from '../runtime';
import { CloseCode } from '../rooms/closeCodes';
import { accessInfo } from './docAccess';

export async function lockBoard(runtime: Pick<PlanoRuntime, 'sql' | 'docAccess' | 'registry'>, docName: string, locked: boolean) {
  const updated = await setDocAccess(runtime.sql, docName, { locked });
  if (!updated) return null;
  runtime.docAccess.set(docName, accessInfo(updated));
  const room = await runtime.registry.acquire(docName);
  try {
    room.applyServerChange((ydoc) => ydoc.getMap(META_MAP).set(META_LOCKED, locked));
    await room.flush();
    // Updates refused during the lock leave a gap in their authors' histories that blocks their
    // later updates. Reconnecting makes each client re-send what the server lacks.
    if (!locked) room.closePeersWhere(() => true, CloseCode.accessChanged, 'board unlocked');
  } finally {
    runtime.registry.release(docName);
  }
  return { docName, locked: updated.locked };
}
