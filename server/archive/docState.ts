/**
 * The check that a foreign update is a whole, readable document. Yjs decodes hostile bytes by
 * throwing, or by parking structs whose dependencies never arrive; both are refused here, so
 * nothing half-readable reaches storage. (A stored document as one update: `loadDocState` in
 * `server/db/storedDoc`.)
 */
import * as Y from 'yjs';

/**
 * Applies `state` to a fresh document and returns it, or the reason it is not a whole Yjs
 * document. The caller destroys the returned document.
 */
export function readWholeState(state: Uint8Array): { ok: true; doc: Y.Doc } | { ok: false; reason: string } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
  } catch (error) {
    doc.destroy();
    return { ok: false, reason: `not a readable Yjs update (${error instanceof Error ? error.message : String(error)})` };
  }
  // A state missing the updates it builds on leaves them pending: content nobody could see.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    return { ok: false, reason: 'an incomplete Yjs update (it refers to changes the archive does not hold)' };
  }
  return { ok: true, doc };
}
