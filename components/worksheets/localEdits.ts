/**
 * Every change a person makes to a worksheet goes through `edit`, in a transaction whose origin
 * is `LOCAL_EDIT`. The sheet's undo manager tracks that origin only, so Undo takes back this
 * person's own changes and never what others did meanwhile (changes from the server, the
 * offline copy or other devices arrive with other origins).
 */
import * as Y from 'yjs';

/** The transaction origin of this device's own edits. */
export const LOCAL_EDIT = Object.freeze({ source: 'plano-worksheet-local-edit' });

/** Typing within this many ms is one undo step; a pause starts the next. */
const UNDO_CAPTURE_MS = 600;

const managers = new WeakMap<Y.Doc, Y.UndoManager>();

/** The sheet's undo manager (one per document on this device), tracking this person's edits only. */
export function undoManagerFor(ydoc: Y.Doc): Y.UndoManager {
  let manager = managers.get(ydoc);
  if (!manager) {
    manager = new Y.UndoManager(ydoc, { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: UNDO_CAPTURE_MS });
    managers.set(ydoc, manager);
  }
  return manager;
}

/**
 * Runs `change` as this person's edit. `step`: the change is a step of its own (adding a row,
 * removing a criterion), so Undo takes back exactly it, not the typing just before.
 */
export function edit(ydoc: Y.Doc, change: () => void, { step = false }: { step?: boolean } = {}): void {
  const manager = managers.get(ydoc);
  if (step) manager?.stopCapturing();
  ydoc.transact(change, LOCAL_EDIT);
  if (step) manager?.stopCapturing();
}
