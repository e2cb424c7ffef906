import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { revertDocument } from './revertDocument';

describe('reverting a document to an earlier state', () => {
  it('gives every root map its earlier entries back, drops later ones and content the earlier state lacked, and keeps what it is told to', () => {
    const live = new Y.Doc();
    const cards = live.getMap('tldraw');
    cards.set('shape:a', { text: 'Air mengalir 24 jam' });
    cards.set('shape:b', { text: 'Pengaduan lewat SMS' });
    const cell = new Y.Text('sel awal');
    live.getMap('cells').set('r1', cell);
    live.getMap('meta').set('locked', false);
    const earlier = Y.encodeStateAsUpdate(live);

    cards.set('shape:a', { text: 'diubah' });
    cards.delete('shape:b');
    cards.set('shape:junk', { text: 'x'.repeat(50_000) });
    cell.insert(0, 'tambahan ');
    live.getArray('junk').insert(0, ['y'.repeat(50_000)]);
    live.getMap('meta').set('locked', true);
    const grown = Y.encodeStateAsUpdate(live).byteLength;

    // What a connected device sees: the revert arrives as an ordinary update.
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(live));
    live.on('update', (update: Uint8Array) => Y.applyUpdate(device, update));
    live.transact(() => revertDocument(live, earlier, (root, key) => root === 'meta' && key === 'locked'));

    for (const doc of [live, device]) {
      expect(doc.getMap('tldraw').toJSON()).toEqual({ 'shape:a': { text: 'Air mengalir 24 jam' }, 'shape:b': { text: 'Pengaduan lewat SMS' } });
      expect(doc.getMap('cells').toJSON()).toEqual({ r1: 'sel awal' });
      expect(doc.getArray('junk').length).toBe(0);
      expect(doc.getMap('meta').get('locked')).toBe(true);
    }
    // Deleted content is collected: the document shrinks well below what it had grown to.
    expect(Y.encodeStateAsUpdate(live).byteLength).toBeLessThan(grown / 10);
  });
});
