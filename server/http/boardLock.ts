/**
 * Who may write on a board right now: locked (only facilitators) or opened for participants (the
 * plenary during a plenary). The database says so, the live access rules say so (every following
 * message is checked against them), and the board's `meta` map says so (every open client shows
 * it at once). Callers check that the acting person may do it.
 */
import { META_LOCKED, META_MAP, META_OPEN } from '@/lib/board/docMeta';
import { setDocAccess } from '../db/workshops';
import type { PlanoRuntime } from '../runtime';
import { CloseCode } from '../rooms/closeCodes';
import { accessInfo } from './docAccess';

type Runtime = Pick<PlanoRuntime, 'sql' | 'docAccess' | 'registry'>;

export async function setBoardAccess(runtime: Runtime, docName: string, changes: { locked?: boolean; openForParticipants?: boolean }) {
  const updated = await setDocAccess(runtime.sql, docName, changes);
  if (!updated) return null;
  runtime.docAccess.set(docName, accessInfo(updated));
  const room = await runtime.registry.acquire(docName);
  try {
    room.applyServerChange((ydoc) => {
      const meta = ydoc.getMap(META_MAP);
      if (changes.locked !== undefined) meta.set(META_LOCKED, changes.locked);
      if (changes.openForParticipants !== undefined) meta.set(META_OPEN, changes.openForParticipants);
    });
    await room.flush();
    // Updates refused while writing was closed leave a gap in their authors' histories that
    // blocks their later updates. When writing opens up, reconnecting makes each client re-send
    // what the server lacks.
    if (changes.locked === false || changes.openForParticipants === true) room.closePeersWhere(() => true, CloseCode.accessChanged, 'board access widened');
  } finally {
    runtime.registry.release(docName);
  }
  return { docName, locked: updated.locked, openForParticipants: updated.openForParticipants };
}

export function lockBoard(runtime: Runtime, docName: string, locked: boolean) {
  return setBoardAccess(runtime, docName, { locked });
}
