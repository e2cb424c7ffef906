import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectStockClient, startTestServer, waitFor, type TestServer } from '../testing/testServer';
import { createSqliteSql } from '../db/sqliteSql';
import { runMigrations } from '../db/migrations';
import { createDocStore, type DocStore } from '../db/docStore';
import type { Sql } from '../db/Sql';
import { CloseCode } from './closeCodes';
import { Room, type RoomPeer } from './Room';

/** A board with some history, as a workshop leaves it: cards placed, moved, a title typed. */
function boardContent(): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < 60; i++) doc.getMap('records').set(`shape:${i % 20}`, { x: i * 10, y: i, text: `kartu ${i}` });
  doc.getText('judul').insert(0, 'Isu utama: air tidak mengalir');
  return doc;
}

interface SyncMessage {
  kind: 'step1' | 'step2' | 'update' | 'other';
  payload: Uint8Array;
}

function readSyncMessage(data: Uint8Array): SyncMessage {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== 0) return { kind: 'other', payload: data };
  const kinds = ['step1', 'step2', 'update'] as const;
  const kind = kinds[decoding.readVarUint(decoder)] ?? 'other';
  return { kind, payload: decoding.readVarUint8Array(decoder) };
}

/** A bare protocol client: sends one sync step 1 and records every message and how it closes. */
function rawClient(url: string, stateVector: Uint8Array) {
  const messages: SyncMessage[] = [];
  let closeCode: number | null = null;
  const ws = new WebSocket(url);
  ws.binaryType = 'nodebuffer';
  ws.on('open', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, stateVector);
    ws.send(encoding.toUint8Array(encoder));
  });
  ws.on('message', (data: Buffer) => messages.push(readSyncMessage(new Uint8Array(data))));
  ws.on('close', (code) => (closeCode = code));
  return { messages, closeCode: () => closeCode, close: () => ws.close() };
}

describe('opening a board from storage', () => {
  let t: TestServer;
  let docName: string;
  const unloaded = () => waitFor(() => !t.server.runtime.registry.loadedNames().includes(docName), 'the board to leave memory', 5000);

  beforeAll(async () => {
    t = await startTestServer({ limits: { idleUnloadMs: 50 } });
    docName = t.workshop.docs[1].name;
    const { docStore } = t.server.runtime;
    await docStore.append(docName, [Y.encodeStateAsUpdate(boardContent())]);
    await docStore.compact(docName);
  });
  afterAll(() => t.close());

  it('answers a device that has nothing with the stored snapshot as it is, then says what the server holds', async () => {
    const stored = await t.server.runtime.docStore.load(docName);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toEqual([]);
    const client = rawClient(`${t.wsBase}/${docName}?token=${await t.tokenFor(docName, 'observer')}`, Y.encodeStateVector(new Y.Doc()));
    await waitFor(() => client.messages.some((m) => m.kind === 'step1') && client.messages.some((m) => m.kind === 'step2'), 'both sync steps');
    const step2 = client.messages.find((m) => m.kind === 'step2')!;
    expect(step2.payload).toEqual(stored.snapshot);
    // The server's own state vector comes once the snapshot is applied there: it names the content.
    const step1 = client.messages.find((m) => m.kind === 'step1')!;
    expect(step1.payload).toEqual(Y.encodeStateVectorFromUpdate(stored.snapshot!));
    // Applying the stored state is not news to anyone: nothing is broadcast as an update.
    expect(client.messages.filter((m) => m.kind === 'update')).toEqual([]);
    client.close();
    await unloaded();
  });

  it('takes from a returning tablet only what the server lacks, and stores only that', async () => {
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, (await t.server.runtime.docStore.load(docName)).snapshot!);
    tablet.getMap('records').set('shape:offline', { x: 1, y: 2, text: 'ditulis tanpa sinyal' });
    const client = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'), tablet);
    await client.synced;
    const room = await t.server.runtime.registry.peek(docName);
    await waitFor(() => room?.doc.getMap('records').has('shape:offline') === true, 'the offline card to reach the server');
    await room!.flush();
    const stored = await t.server.runtime.docStore.load(docName);
    expect(stored.updates).toHaveLength(1);
    expect(stored.logBytes).toBeLessThan(200);

    const reader = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
    await reader.synced;
    expect(reader.doc.getMap('records').toJSON()).toEqual(tablet.getMap('records').toJSON());
    expect(reader.doc.getText('judul').toString()).toBe('Isu utama: air tidak mengalir');
    reader.destroy();
    client.destroy();
    await unloaded();
  });
});

/** A peer as the room sees one, recording what it is sent and how it is closed. */
function recordingPeer(): RoomPeer & { received: SyncMessage[]; closedWith: number | null; unwritten: (() => void)[] } {
  return {
    subject: 'tablet',
    identity: { userId: 'tablet', name: 'Tablet', role: 'participant' },
    label: 'tablet',
    received: [],
    closedWith: null,
    unwritten: [],
    send(frame, onWritten) {
      this.received.push(readSyncMessage(frame));
      if (onWritten) this.unwritten.push(onWritten);
    },
    close(code) {
      this.closedWith = code;
    },
    mayWrite: () => true,
    mayConfigure: () => false,
  };
}

/** Two event-loop turns: with applyStoredAfterMs 0 the room applies stored state one full turn after loading. */
const nextTurns = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
};
const limits = { maxDocBytes: 10_000_000, persistBatchMs: 0, compactAfterUpdates: 1000, applyStoredAfterMs: 0 };
const silent = { error: () => {}, warn: () => {} };

describe('a room loaded from a snapshot', () => {
  let sql: Sql;
  let store: DocStore;
  beforeAll(async () => {
    sql = createSqliteSql(':memory:');
    await runMigrations(sql);
    store = createDocStore(sql);
  });
  afterAll(() => sql.close());

  it('answers a device that joins before the snapshot is applied with the stored bytes, and applies it once those bytes are on the network', async () => {
    const docName = 'snapshotOnly01';
    await store.writeSnapshot(docName, Y.encodeStateAsUpdate(boardContent()), 0);
    const snapshot = (await store.load(docName)).snapshot!;
    const room = await Room.load(docName, store, limits, [], silent);
    const peer = recordingPeer();
    room.addPeer(peer);
    room.handleSyncStep1(peer, Y.encodeStateVector(new Y.Doc()));
    expect(peer.received.map((m) => m.kind)).toEqual(['step2']);
    expect(peer.received[0].payload).toEqual(snapshot);

    // Applying holds the event loop, so it waits until the snapshot is out on the network.
    await nextTurns();
    expect(peer.received.map((m) => m.kind)).toEqual(['step2']);
    for (const written of peer.unwritten.splice(0)) written();
    expect(peer.received.map((m) => m.kind)).toEqual(['step2', 'step1']);
    expect(peer.received[1].payload).toEqual(Y.encodeStateVectorFromUpdate(snapshot));
    expect(room.doc.getText('judul').toString()).toBe('Isu utama: air tidak mengalir');
    room.destroy();
  });

  it('applies the stored state only after the devices it was sent to had time to apply it, or at once when an edit needs it', async () => {
    const docName = 'deferredApply01';
    await store.writeSnapshot(docName, Y.encodeStateAsUpdate(boardContent()), 0);
    const deferred = { ...limits, applyStoredAfterMs: 150 };

    const room = await Room.load(docName, store, deferred, [], silent);
    const projector = recordingPeer();
    room.addPeer(projector);
    room.handleSyncStep1(projector, Y.encodeStateVector(new Y.Doc()));
    for (const written of projector.unwritten.splice(0)) written();
    await nextTurns();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Still the projector's turn to apply the board: the server has not told what it holds yet.
    expect(projector.received.map((m) => m.kind)).toEqual(['step2']);
    await waitFor(() => projector.received.some((m) => m.kind === 'step1'), 'the room to apply its stored state', 2000);
    expect(projector.received[1].payload).toEqual(Y.encodeStateVectorFromUpdate((await store.load(docName)).snapshot!));
    room.destroy();

    // An edit does not wait for the timer: the stored state is applied under it at once.
    const busy = await Room.load(docName, store, deferred, [], silent);
    const tablet = recordingPeer();
    busy.addPeer(tablet);
    busy.handleSyncStep1(tablet, Y.encodeStateVector(new Y.Doc()));
    for (const written of tablet.unwritten.splice(0)) written();
    const edit = new Y.Doc();
    Y.applyUpdate(edit, tablet.received[0].payload);
    const before = Y.encodeStateVector(edit);
    edit.getText('judul').insert(0, 'Draf: ');
    busy.handleUpdate(tablet, Y.encodeStateAsUpdate(edit, before));
    // Checked before reading busy.doc, whose getter would apply the stored state itself.
    expect(tablet.received.map((m) => m.kind)).toEqual(['step2', 'step1']);
    expect(busy.doc.getText('judul').toString()).toBe('Draf: Isu utama: air tidak mengalir');
    await busy.flush();
    busy.destroy();
  });

  it('closes a device it sent a snapshot that turns out broken, so it reconnects to what did load', async () => {
    const docName = 'brokenSnap01';
    await store.writeSnapshot(docName, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 0);
    const errors: string[] = [];
    const room = await Room.load(docName, store, limits, [], { error: (message) => errors.push(message), warn: () => {} });
    const [sentBroken, askedLater] = [recordingPeer(), recordingPeer()];
    room.addPeer(sentBroken);
    room.handleSyncStep1(sentBroken, Y.encodeStateVector(new Y.Doc()));
    room.addPeer(askedLater);
    for (const written of sentBroken.unwritten.splice(0)) written();
    await nextTurns();
    expect(sentBroken.closedWith).toBe(CloseCode.storageFailure);
    expect(askedLater.closedWith).toBeNull();
    expect(errors).toEqual(['stored update failed to apply; skipped']);
    // The room stays usable: a later device syncs an empty, working board.
    room.handleSyncStep1(askedLater, Y.encodeStateVector(new Y.Doc()));
    expect(askedLater.received.map((m) => m.kind)).toEqual(['step1', 'step2']);
    expect(() => Y.applyUpdate(new Y.Doc(), askedLater.received[1].payload)).not.toThrow();
    room.destroy();
  });
});
