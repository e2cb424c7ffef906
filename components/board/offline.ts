import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** What the device's own copy of a board turned out to be once we tried to read it. */
export type LocalCopyState = 'loaded' | 'unavailable';

export interface OfflineCopy {
  /**
   * Resolves once the IndexedDB copy has been applied to the Y.Doc ('loaded'), or when this
   * browser cannot give us IndexedDB at all ('unavailable': private mode, storage blocked).
   * Never rejects, so callers can always go on to the network copy.
   */
  readonly whenReady: Promise<LocalCopyState>;
  destroy(): void;
}

/**
 * Keeps a copy of the board's Y.Doc in IndexedDB, so edits made offline survive a reload and are
 * merged by the sync protocol on reconnect, and a board opened offline shows at once.
 *
 * The database is named after the doc, as the Yjs ecosystem does, so every Plano tab of the same
 * board on this device shares it.
 */
export function attachOfflineCopy(docName: string, ydoc: Y.Doc): OfflineCopy {
  if (typeof indexedDB === 'undefined') {
    return { whenReady: Promise.resolve('unavailable'), destroy: () => undefined };
  }
  const persistence = new IndexeddbPersistence(docName, ydoc);
  // y-indexeddb resolves `whenSynced` only on success; a failed open (quota, blocked storage)
  // would otherwise leave the board waiting for ever.
  const opened = persistence._db.then(
    () => persistence.whenSynced.then((): LocalCopyState => 'loaded'),
    (error: unknown): LocalCopyState => {
      console.warn(`Plano: no offline copy for board ${docName}; IndexedDB failed to open.`, error);
      return 'unavailable';
    },
  );
  return {
    whenReady: opened,
    destroy: () => {
      // `destroy` closes the database after pending writes; it does not delete the copy.
      persistence.destroy().catch((error: unknown) => {
        console.warn(`Plano: closing the offline copy of board ${docName} failed.`, error);
      });
    },
  };
}

/** Key of the "changes not yet sent" count, kept per board so it survives an offline reload. */
function unsentKey(docName: string): string {
  return `plano:unsent:${docName}`;
}

/** Reads the persisted count of local changes the server has not confirmed yet. */
export function readUnsentCount(docName: string): number {
  try {
    const value = Number(window.localStorage.getItem(unsentKey(docName)) ?? '0');
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  } catch (error) {
    // localStorage throws in some privacy modes; the count is a hint, the edits are in IndexedDB.
    console.warn('Plano: cannot read the unsent-changes count.', error);
    return 0;
  }
}

/** Persists the count so a reload while offline still tells the user what is waiting. */
export function writeUnsentCount(docName: string, count: number): void {
  try {
    if (count > 0) window.localStorage.setItem(unsentKey(docName), String(count));
    else window.localStorage.removeItem(unsentKey(docName));
  } catch (error) {
    console.warn('Plano: cannot store the unsent-changes count.', error);
  }
}
