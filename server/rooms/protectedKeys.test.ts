import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchesProtectedKeys } from './protectedKeys';

const KEYS = new Set(['locked', 'vote']);

/** The server's copy and a client's copy of one board, in sync. */
function pair() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  server.getMap('meta').set('locked', true);
  server.getMap('meta').set('schema', 'v1');
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function edit(client: Y.Doc, server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(server);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('facilitator-only keys of a board’s meta map', () => {
  it('spots a client setting a protected key, also when the new value inherits its parent from the old one', () => {
    const { server, client } = pair();
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('meta').set('locked', false)), 'meta', KEYS)).toBe(true);
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('meta').set('vote', { dots: 3 })), 'meta', KEYS)).toBe(true);
  });

  it('spots a client deleting a protected key', () => {
    const { server, client } = pair();
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('meta').delete('locked')), 'meta', KEYS)).toBe(true);
  });

  it('lets ordinary edits and open meta keys through', () => {
    const { server, client } = pair();
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('tldraw').set('shape:1', { text: 'kartu' })), 'meta', KEYS)).toBe(false);
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('meta').set('schema', 'v2')), 'meta', KEYS)).toBe(false);
    const card = edit(client, server, (d) => d.getMap('tldraw').set('shape:2', { text: 'a' }));
    Y.applyUpdate(server, card);
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('tldraw').delete('shape:2')), 'meta', KEYS)).toBe(false);
  });

  it('ignores deletions the server already made itself (a delete set repeats every known deletion)', () => {
    const { server, client } = pair();
    // The server changes the lock; the old value is deleted on both sides.
    const sv = Y.encodeStateVector(client);
    server.getMap('meta').set('locked', false);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, sv));
    // The client's next ordinary update carries that deletion again.
    const update = edit(client, server, (d) => d.getMap('tldraw').set('shape:5', { text: 'd' }));
    expect(touchesProtectedKeys(server, update, 'meta', KEYS)).toBe(false);
  });

  it('spots a protected key hidden in a batch of ordinary edits', () => {
    const { server, client } = pair();
    const update = edit(client, server, (d) => {
      d.getMap('tldraw').set('shape:3', { text: 'b' });
      d.getMap('meta').set('locked', false);
      d.getMap('tldraw').set('shape:4', { text: 'c' });
    });
    expect(touchesProtectedKeys(server, update, 'meta', KEYS)).toBe(true);
  });
});
