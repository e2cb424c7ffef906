/**
 * Runs the board-loading path once before the server takes connections. In a fresh process the
 * first board load pays for the database's first query plans and for V8 compiling Yjs's decoder
 * and integration code (measured: about twice a warm load, see BENCHMARKS.md); the first
 * facilitator to open a board after a restart should not wait for that. The document built here
 * looks like a real board: several authors, map records, typed text, a list.
 */
import * as Y from 'yjs';
import type { DocStore } from '../db/docStore';

const WARM_UP_DOC = 'plano-warm-up-doc';
const AUTHORS = 3;
const EDITS_PER_AUTHOR = 1500;

export async function warmUp(docStore: DocStore): Promise<void> {
  await docStore.load(WARM_UP_DOC);
  const authors = Array.from({ length: AUTHORS }, () => new Y.Doc());
  for (let i = 0; i < EDITS_PER_AUTHOR; i++) {
    authors.forEach((doc, a) => {
      doc.getMap('tldraw').set(`shape:${a}-${i % 200}`, { x: i, y: a, props: { text: `kartu ${i}`, color: 'yellow' } });
      const text = doc.getText('notes');
      text.insert((i * 7) % (text.length + 1), `kata${i} `);
      if (i % 5 === 0) doc.getArray('order').push([`shape:${a}-${i}`]);
    });
  }
  const updates = authors.map((doc) => Y.encodeStateAsUpdate(doc));
  const merged = new Y.Doc();
  merged.transact(() => updates.forEach((update) => Y.applyUpdate(merged, update)));
  const snapshot = Y.encodeStateAsUpdate(merged);
  const reloaded = new Y.Doc();
  Y.applyUpdate(reloaded, snapshot);
  Y.encodeStateAsUpdate(reloaded, Y.encodeStateVector(new Y.Doc()));
  Y.decodeUpdate(updates[0]);
  for (const doc of [...authors, merged, reloaded]) doc.destroy();
}
