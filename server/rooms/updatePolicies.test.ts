import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { voteEntryKey, voteEntryOwner } from '@/lib/board/voting';
import { checkUpdate, ownEntriesPolicy, protectedKeysPolicy, validRecordsPolicy, type PolicyPeer } from './updatePolicies';

const KEYS = new Set(['locked', 'vote']);

const participant = { subject: 'p', mayConfigure: () => false } satisfies PolicyPeer;
const facilitator = { ...participant, mayConfigure: () => true } satisfies PolicyPeer;

/** What the room would answer this participant's update under the protected-keys policy. */
function touchesProtectedKeys(doc: Y.Doc, update: Uint8Array, _root: string, keys: ReadonlySet<string>, peer: PolicyPeer = participant): boolean {
  return checkUpdate([protectedKeysPolicy('meta', keys)], doc, update, peer) !== null;
}

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

describe('the protected keys policy and the record policy together', () => {
  it('lets a facilitator change a protected key', () => {
    const { server, client } = pair();
    expect(touchesProtectedKeys(server, edit(client, server, (d) => d.getMap('meta').set('locked', false)), 'meta', KEYS, facilitator)).toBe(false);
  });

  it('refuses a record that its validator rejects, naming it, and accepts the rest', () => {
    const { server, client } = pair();
    const needsText = (key: string, value: unknown) => (typeof (value as { text?: unknown }).text === 'string' ? null : `record ${key} has no text`);
    const policy = validRecordsPolicy('tldraw', needsText);
    const good = edit(client, server, (d) => d.getMap('tldraw').set('shape:ok', { text: 'baik' }));
    expect(checkUpdate([policy], server, good, participant)).toBeNull();
    Y.applyUpdate(server, good);
    const bad = edit(client, server, (d) => d.getMap('tldraw').set('shape:bad', { text: 42 }));
    expect(checkUpdate([policy], server, bad, participant)).toEqual({ code: CloseCode.invalidRecord, reason: 'record shape:bad has no text' });
    // An overwrite inherits its parent from the value it replaces, and is checked too.
    const other = pair();
    const first = edit(other.client, other.server, (d) => d.getMap('tldraw').set('shape:ok', { text: 'baik' }));
    Y.applyUpdate(other.server, first);
    const badOverwrite = edit(other.client, other.server, (d) => d.getMap('tldraw').set('shape:ok', { text: null }));
    expect(checkUpdate([policy], other.server, badOverwrite, participant)?.reason).toBe('record shape:ok has no text');
  });
});

describe('own entries of the votes map', () => {
  const policy = ownEntriesPolicy('votes', voteEntryOwner);
  const sari = { ...participant, subject: 'sari' } satisfies PolicyPeer;
  const budi = { ...participant, subject: 'budi' } satisfies PolicyPeer;
  const boss = { ...facilitator, subject: 'fasilitator' } satisfies PolicyPeer;

  /** The server and Sari's tablet, where Sari has already placed two dots. */
  function withSarisDots() {
    const { server, client } = pair();
    const placed = edit(client, server, (d) => d.getMap('votes').set(voteEntryKey('v1', 'sari'), ['shape:a', 'shape:b']));
    expect(checkUpdate([policy], server, placed, sari)).toBeNull();
    Y.applyUpdate(server, placed);
    return { server, client };
  }

  it('lets a person place and change their own dots, and nobody else\'s', () => {
    const { server, client } = withSarisDots();
    expect(checkUpdate([policy], server, edit(client, server, (d) => d.getMap('votes').set(voteEntryKey('v1', 'sari'), ['shape:c'])), sari)).toBeNull();
    const forged = edit(client, server, (d) => d.getMap('votes').set(voteEntryKey('v1', 'budi'), ['shape:a', 'shape:a']));
    expect(checkUpdate([policy], server, forged, sari)).toEqual({ code: CloseCode.forbidden, reason: 'may change only own entries of votes' });
  });

  it('refuses overwriting or deleting someone else\'s dots, even from a facilitator\'s connection', () => {
    for (const peer of [budi, boss]) {
      const { server, client } = withSarisDots();
      expect(checkUpdate([policy], server, edit(client, server, (d) => d.getMap('votes').set(voteEntryKey('v1', 'sari'), [])), peer)).not.toBeNull();
      expect(checkUpdate([policy], server, edit(client, server, (d) => d.getMap('votes').delete(voteEntryKey('v1', 'sari'))), peer)).not.toBeNull();
    }
  });

  it('does not look at other maps', () => {
    const { server, client } = withSarisDots();
    expect(checkUpdate([policy], server, edit(client, server, (d) => d.getMap('tldraw').set('shape:z', { text: 'kartu' })), budi)).toBeNull();
  });
});

describe('a device replaying its local copy', () => {
  it('passes every policy: re-sent items the server already holds are not the device\'s writes', () => {
    const { server, client } = pair();
    // Sari's dots and the facilitator's lock reached this tablet through the server earlier.
    const sari = new Y.Doc();
    Y.applyUpdate(sari, Y.encodeStateAsUpdate(server));
    sari.getMap('votes').set(voteEntryKey('v1', 'sari'), ['shape:a']);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(sari));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    // After a reload the tablet sends its whole copy again (as y-indexeddb's replay does), plus one new card.
    client.getMap('tldraw').set('shape:new', { text: 'kartu baru' });
    const replay = Y.encodeStateAsUpdate(client);
    const budi = { ...participant, subject: 'budi' } satisfies PolicyPeer;
    const policies = [protectedKeysPolicy('meta', KEYS), ownEntriesPolicy('votes', voteEntryOwner)];
    expect(checkUpdate(policies, server, replay, budi)).toBeNull();
    // A write of its own in the same replay is still seen.
    client.getMap('votes').set(voteEntryKey('v1', 'sari'), []);
    expect(checkUpdate(policies, server, Y.encodeStateAsUpdate(client), budi)).not.toBeNull();
  });
});
