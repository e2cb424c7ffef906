import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import { newOpaqueId } from '@/lib/docName';
import { createDocStore, type DocStore } from './docStore';
import { loadDocState, loadStoredRecords, readStoredDoc } from './storedDoc';
import { describeEachBackend } from './testBackends';

/** Sets `shape:<id>` on a board and returns the update that did it. */
function placeCard(doc: Y.Doc, id: string, text: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  doc.getMap(RECORDS_MAP).set(`shape:${id}`, { id: `shape:${id}`, text });
  doc.off('update', capture);
  if (!captured) throw new Error('no update');
  return captured;
}

describeEachBackend('reading a stored document without a room', (backend) => {
  let store: DocStore;
  beforeAll(() => {
    store = createDocStore(backend.sql());
  });

  it('sees both the compacted snapshot and the cards written after it', async () => {
    const docName = newOpaqueId(randomBytes);
    const board = new Y.Doc();
    await store.append(docName, [placeCard(board, 'a', 'Air tidak mengalir')]);
    await store.compact(docName);
    await store.append(docName, [placeCard(board, 'b', 'Tekanan rendah'), placeCard(board, 'a', 'Air keruh')]);

    const texts = (await loadStoredRecords(store, docName)).map((record) => (record as { text: string }).text);
    expect(texts.sort()).toEqual(['Air keruh', 'Tekanan rendah']);

    const copy = new Y.Doc();
    Y.applyUpdate(copy, await loadDocState(store, docName));
    expect(copy.getMap(RECORDS_MAP).toJSON()).toEqual(board.getMap(RECORDS_MAP).toJSON());
  });

  it('reads a document never written as empty', async () => {
    const docName = newOpaqueId(randomBytes);
    expect(await loadStoredRecords(store, docName)).toEqual([]);
    expect(await readStoredDoc(store, docName, (doc) => doc.getMap(RECORDS_MAP).size)).toBe(0);
  });
});
