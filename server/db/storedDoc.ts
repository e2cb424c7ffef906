/**
 * Reading a stored document without loading a room for it: its snapshot and the updates logged
 * after it, applied to a fresh Y.Doc that lives only as long as the read. (A live room loads its
 * document itself (Room.applyStored), skipping updates that no longer apply.)
 */
import * as Y from 'yjs';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import type { DocStore, StoredDoc } from './docStore';

/** Runs `read` on the document rebuilt from `stored`; the document is destroyed afterwards. */
export function readStored<T>(stored: Pick<StoredDoc, 'snapshot' | 'updates'>, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** Loads `docName` from `store` and runs `read` on it (see `readStored`). */
export async function readStoredDoc<T>(store: Pick<DocStore, 'load'>, docName: string, read: (doc: Y.Doc) => T): Promise<T> {
  return readStored(await store.load(docName), read);
}

/**
 * The document's state as stored now (snapshot plus logged updates), as one update, for exports
 * and archives. Updates stored before the server checked what they refer to may wait for clocks
 * nobody sent: left out here, so an archive holds only what anyone could see and imports again.
 * (Compaction keeps them: an update appended out of order completes them later.)
 */
export function loadDocState(store: Pick<DocStore, 'load'>, docName: string): Promise<Uint8Array> {
  return readStoredDoc(store, docName, (doc) => {
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
    return Y.encodeStateAsUpdate(doc);
  });
}

/** The tldraw records of a stored board. */
export function loadStoredRecords(store: Pick<DocStore, 'load'>, docName: string): Promise<unknown[]> {
  return readStoredDoc(store, docName, (doc) => Object.values(doc.getMap(RECORDS_MAP).toJSON()));
}
