import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { BALLOTS_MAP } from '@/lib/board/personalDoc';
import { cardRecord } from '@/lib/testing/cardRecord';
import { collectWorkshop } from '../export/collectWorkshop';
import { craftUpdate, mapEntry } from '../testing/craftUpdate';
import { startTestServer, type TestServer } from '../testing/testServer';
import { DEFAULT_ARCHIVE_LIMITS, type Archive } from './archiveSchema';
import { buildArchive } from './buildArchive';
import { checkArchive } from './importArchive';

/** A document written by one device: what `write` leaves in a fresh Y.Doc, as one update. */
function written(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
}

const withTrailing = (state: Uint8Array) => {
  const longer = new Uint8Array(state.byteLength + 64);
  longer.set(state);
  return longer;
};

const cases: Array<{ name: string; state: Uint8Array; accepted: boolean }> = [
  { name: 'a board with a valid card', state: written((d) => d.getMap('tldraw').set('shape:ok', cardRecord('shape:ok', { text: 'Air mengalir 24 jam' }))), accepted: true },
  { name: 'a ballot of two cards', state: written((d) => d.getMap(BALLOTS_MAP).set('v1', ['shape:a', 'shape:b'])), accepted: true },
  { name: 'a card without a valid index', state: written((d) => d.getMap('tldraw').set('shape:bad', cardRecord('shape:bad', { text: 'x' }, { index: 'b1' }))), accepted: false },
  { name: 'a record stored under another id', state: written((d) => d.getMap('tldraw').set('shape:one', cardRecord('shape:two', { text: 'x' }))), accepted: false },
  { name: 'a ballot of something else', state: written((d) => d.getMap(BALLOTS_MAP).set('v1', { dots: 'all' })), accepted: false },
  { name: 'a valid card followed by 64 zero bytes', state: withTrailing(written((d) => d.getMap('tldraw').set('shape:ok2', cardRecord('shape:ok2', { text: 'ok' })))), accepted: false },
  { name: 'a write whose origin nobody sent', state: craftUpdate([mapEntry(4242, 0, 'meta', 'vote', { id: 'HACKED' }, Y.createID(777, 3))]), accepted: false },
  { name: 'a deletion of clocks nobody sent', state: craftUpdate([mapEntry(4343, 0, 'notes', 'a', 1)], [{ client: 777, clock: 0, len: 1000 }]), accepted: false },
  { name: 'a sub-document', state: written((d) => d.getMap('meta').set('sub', new Y.Doc())), accepted: false },
];

describe('one validation path for the archive importer and the live server', () => {
  let t: TestServer;
  let archive: Archive;
  beforeAll(async () => {
    t = await startTestServer();
    const records = await collectWorkshop(t.server.runtime.sql, t.workshop.id);
    archive = await buildArchive(t.server.runtime.sql, records!, new Date());
  });
  afterAll(() => t.close());

  /** Whether the importer takes an archive whose first board holds `state`. */
  const importerAccepts = (state: Uint8Array) => {
    const boardIndex = archive.docs.findIndex((d) => d.kind === 'board');
    const changed = { ...archive, docs: archive.docs.map((d, i) => (i === boardIndex ? { ...d, state: Buffer.from(state).toString('base64') } : d)) };
    return checkArchive(JSON.stringify(changed), DEFAULT_ARCHIVE_LIMITS).ok;
  };

  /**
   * Whether the live server takes `state` from a facilitator on the empty board `docName`: the
   * update, then a sync step 1 on the same socket; once its answer arrives the update was handled,
   * and it was taken if the server's copy then holds all of it.
   */
  const serverAccepts = async (docName: string, state: Uint8Array) => {
    const token = await t.tokenFor(docName, 'facilitator');
    const ws = new WebSocket(`${t.wsBase}/${docName}?token=${token}`);
    ws.binaryType = 'nodebuffer';
    const frame = (syncType: number, payload: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, syncType);
      encoding.writeVarUint8Array(encoder, payload);
      return encoding.toUint8Array(encoder);
    };
    const handled = await new Promise<boolean>((resolve) => {
      ws.on('open', () => {
        ws.send(frame(2, state));
        ws.send(frame(0, Y.encodeStateVector(new Y.Doc())));
      });
      ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1) resolve(true);
      });
      ws.on('close', () => resolve(false));
    });
    ws.close();
    if (!handled) return false;
    const held = Y.decodeStateVector(Y.encodeStateVector((await t.server.runtime.registry.peek(docName))!.doc));
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state))) if ((held.get(client) ?? 0) < clock) return false;
    return true;
  };

  it.each(cases.map((c, i) => [c.name, i] as const))('decides alike on %s', async (_name, index) => {
    const { state, accepted } = cases[index];
    const boards = t.workshop.docs.filter((d) => d.kind === 'board');
    expect(importerAccepts(state)).toBe(accepted);
    expect(await serverAccepts(boards[index + 1].name, state)).toBe(accepted);
  });
});
