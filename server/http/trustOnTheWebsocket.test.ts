/**
 * The review's attacks with stock clients (issue 16), each reproduced as a hostile participant or
 * observer would: updates that refer to what does not exist yet, trailing bytes that fill a board,
 * forged presence and awareness floods. Private cards and ballots: privateSpaces.test.ts.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_VOTE, voteEntryKey, VOTES_MAP } from '@/lib/board/voting';
import { importArchive } from '../archive/importArchive';
import { buildArchive } from '../archive/buildArchive';
import { collectWorkshop } from '../export/collectWorkshop';
import { loadDocState } from '../db/storedDoc';
import { CloseCode } from '../rooms/closeCodes';
import { craftUpdate, mapEntry, nextClock } from '../testing/craftUpdate';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

type Role = 'participant' | 'facilitator' | 'observer';

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
const updateFrame = (update: Uint8Array) => frame(0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update)));
const step1Frame = () => frame(0, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()))));
function awarenessFrame(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  return frame(1, (e) => encoding.writeVarUint8Array(e, encoding.toUint8Array(inner)));
}

/** A raw websocket, as a tampered client: what it received, and how it was closed. */
interface RawClient {
  ws: WebSocket;
  received: Uint8Array[];
  closed: Promise<number>;
  /** Sends the frames, then a sync step 1; resolves with 'answered' once its answer came (so every frame before it was handled), or the close code. */
  sendThenRoundTrip(...frames: Uint8Array[]): Promise<'answered' | number>;
}

async function openRaw(url: string): Promise<RawClient> {
  const ws = new WebSocket(url);
  ws.binaryType = 'nodebuffer';
  const received: Uint8Array[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data: Buffer) => {
    received.push(new Uint8Array(data));
    for (const waiter of waiters.splice(0)) waiter();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const isStep2 = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message);
    return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
  };
  return {
    ws,
    received,
    closed,
    async sendThenRoundTrip(...frames) {
      const before = received.filter(isStep2).length;
      for (const data of frames) ws.send(data);
      ws.send(step1Frame());
      return Promise.race([
        closed,
        new Promise<'answered'>((resolve) => {
          const check = () => (received.filter(isStep2).length > before ? resolve('answered') : waiters.push(check));
          check();
        }),
      ]);
    },
  };
}

describe('trust on the websocket', () => {
  let t: TestServer;
  let plenary: string;
  const tokenAs = (userId: string, role: Role, server = t, workshopId = t.workshop.id) =>
    server.server.runtime.tokens.sign({ principal: { userId, workshopId, role, groupId: null }, docName: plenary, displayName: userId }, 3600);
  const stock = async (userId: string, role: Role) => connectStockClient(t.wsBase, plenary, await tokenAs(userId, role));
  const raw = async (userId: string, role: Role) => openRaw(`${t.wsBase}/${plenary}?token=${await tokenAs(userId, role)}`);
  const serverDoc = async () => (await t.server.runtime.registry.peek(plenary))!.doc;

  beforeAll(async () => {
    t = await startTestServer({ limits: { maxUpdateBytes: 64 * 1024, maxDocBytes: 1024 * 1024 } });
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  describe('updates that refer to what does not exist yet', () => {
    let facilitator: StockClient;
    beforeAll(async () => {
      facilitator = await stock('fasilitator', 'facilitator');
      await facilitator.synced;
      facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v1', phase: 'open', dotsPerPerson: 3, startedAt: 1 });
      await waitFor(() => facilitator.provider.synced, 'the facilitator');
    });
    afterAll(() => facilitator.destroy());

    const freshView = async () => {
      const fresh = await stock('pendatang', 'observer');
      await fresh.synced;
      return fresh;
    };

    it('refuses a deletion of the facilitator’s next 1,000 clocks, so the facilitator’s next writes stay', async () => {
      const server = await serverDoc();
      await waitFor(() => Y.getState(server.store, facilitator.doc.clientID) > 0, 'the facilitator’s vote on the server');
      const attacker = await raw('peserta-iseng', 'participant');
      const from = nextClock(server, facilitator.doc.clientID);
      const outcome = await attacker.sendThenRoundTrip(updateFrame(craftUpdate([], [{ client: facilitator.doc.clientID, clock: from, len: 1000 }])));
      expect(outcome).toBe(CloseCode.incompleteUpdate);

      facilitator.doc.getMap('cards').set('rapat', { text: 'Rapat lanjutan' });
      facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v2', phase: 'open', dotsPerPerson: 3, startedAt: 2 });
      const fresh = await freshView();
      await waitFor(() => fresh.doc.getMap('cards').has('rapat'), 'a fresh client to see the facilitator’s card');
      expect(fresh.doc.getMap(META_MAP).get(META_VOTE)).toMatchObject({ id: 'v2', phase: 'open' });
      expect(server.store.pendingDs).toBeNull();
      fresh.destroy();
    });

    it('refuses a write whose origin is the facilitator’s next item, so it never becomes meta.vote', async () => {
      const server = await serverDoc();
      const attacker = await raw('peserta-iseng', 'participant');
      const next = Y.createID(facilitator.doc.clientID, nextClock(server, facilitator.doc.clientID));
      const planted = craftUpdate([mapEntry(424242, 0, META_MAP, 'ignored', { id: 'HACKED', phase: 'revealed', dotsPerPerson: 3 }, next)]);
      expect(await attacker.sendThenRoundTrip(updateFrame(planted))).toBe(CloseCode.incompleteUpdate);

      facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v3', phase: 'open', dotsPerPerson: 3, startedAt: 3 });
      const fresh = await freshView();
      await waitFor(() => (fresh.doc.getMap(META_MAP).get(META_VOTE) as { id?: string } | undefined)?.id !== 'v2', 'the new vote to arrive');
      expect(fresh.doc.getMap(META_MAP).get(META_VOTE)).toMatchObject({ id: 'v3', phase: 'open' });
      expect(facilitator.doc.getMap(META_MAP).get(META_VOTE)).toEqual(fresh.doc.getMap(META_MAP).get(META_VOTE));
      expect(server.store.pendingStructs).toBeNull();
      fresh.destroy();
    });

    it('refuses the same trick on another person’s dots', async () => {
      const sari = await stock('sari', 'participant');
      await sari.synced;
      sari.doc.getMap(VOTES_MAP).set(voteEntryKey('v3', 'sari'), ['shape:a']);
      const server = await serverDoc();
      await waitFor(() => server.getMap(VOTES_MAP).has(voteEntryKey('v3', 'sari')), 'Sari’s dots on the server');
      const attacker = await raw('budi', 'participant');
      const next = Y.createID(sari.doc.clientID, nextClock(server, sari.doc.clientID));
      const planted = craftUpdate([mapEntry(434343, 0, VOTES_MAP, 'ignored', ['shape:budi-1', 'shape:budi-2'], next)]);
      expect(await attacker.sendThenRoundTrip(updateFrame(planted))).toBe(CloseCode.incompleteUpdate);

      sari.doc.getMap(VOTES_MAP).set(voteEntryKey('v3', 'sari'), ['shape:a', 'shape:b']);
      const fresh = await freshView();
      await waitFor(() => (fresh.doc.getMap(VOTES_MAP).get(voteEntryKey('v3', 'sari')) as string[] | undefined)?.length === 2, 'Sari’s new dots');
      expect(fresh.doc.getMap(VOTES_MAP).get(voteEntryKey('v3', 'sari'))).toEqual(['shape:a', 'shape:b']);
      for (const client of [sari, fresh]) client.destroy();
    });

    it('keeps the stored board equal to the live one and its workshop archive importable', async () => {
      const room = await t.server.runtime.registry.peek(plenary);
      await room!.flush();
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await loadDocState(t.server.runtime.docStore, plenary));
      expect(stored.getMap(META_MAP).toJSON()).toEqual(room!.doc.getMap(META_MAP).toJSON());
      expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(room!.doc));
      const archive = await buildArchive(t.server.runtime.sql, (await collectWorkshop(t.server.runtime.sql, t.workshop.id))!, new Date());
      const imported = await importArchive(t.server.runtime.sql, JSON.stringify(archive), t.facilitatorId);
      expect(imported.ok ? 'imported' : imported.error).toBe('imported');
    });
  });

  describe('trailing bytes', () => {
    it('refuses an empty update followed by zeros, stores nothing of it, and the facilitator writes on, also after a restart', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-trailing-'));
      const limits = { maxUpdateBytes: 64 * 1024, maxDocBytes: 1024 * 1024 };
      const first = await startTestServer({ dataDir, limits });
      const board = first.workshop.docs.find((d) => d.kind === 'plenary')!.name;
      await setBoardAccess(first.server.runtime, board, { openForParticipants: true });
      const token = (server: TestServer, userId: string, role: Role) =>
        server.server.runtime.tokens.sign({ principal: { userId, workshopId: first.workshop.id, role, groupId: null }, docName: board }, 3600);
      const storedBefore = (await first.server.runtime.docStore.stats(board)).bytes;
      // Thirty-three of them would be twice the board's limit, as the review sent.
      const codes: Array<number | string> = [];
      for (let i = 0; i < 33; i++) {
        const attacker = await openRaw(`${first.wsBase}/${board}?token=${await token(first, 'peserta-iseng', 'participant')}`);
        codes.push(await attacker.sendThenRoundTrip(updateFrame(craftUpdate([], [], new Uint8Array(60 * 1024)))));
      }
      expect(new Set(codes)).toEqual(new Set([CloseCode.malformedMessage]));
      expect((await first.server.runtime.docStore.stats(board)).bytes).toBe(storedBefore);
      await first.close();

      const second = await startTestServer({ dataDir, limits });
      try {
        const facilitator = connectStockClient(second.wsBase, board, await token(second, 'fasilitator', 'facilitator'));
        await facilitator.synced;
        facilitator.doc.getMap('cards').set('masih', { text: 'Masih bisa menulis' });
        const reader = connectStockClient(second.wsBase, board, await token(second, 'pengamat', 'observer'));
        await waitFor(() => reader.doc.getMap('cards').has('masih'), 'the facilitator’s card after the restart');
        for (const client of [facilitator, reader]) client.destroy();
      } finally {
        await second.close();
      }
    }, 60_000);
  });

  describe('presence', () => {
    const otherStates = (client: StockClient) => [...client.provider.awareness.getStates().entries()].filter(([id]) => id !== client.doc.clientID).map(([, state]) => state as Record<string, unknown>);

    it('relays an observer’s forged facilitator presence as the observer’s own, without hand, requests or a leader’s role', async () => {
      const participant = await stock('sari', 'participant');
      await participant.synced;
      const forger = await raw('pengamat-bappeda', 'observer');
      const forged = {
        user: { id: 'fasilitator', name: 'Fasilitator', color: '#000000' },
        role: 'facilitator',
        hand: { raisedAt: 1 },
        lowerHands: { sari: 5 },
        presence: { userId: 'user:fasilitator', userName: 'Fasilitator', color: '#000', camera: { x: -90000, y: -90000, z: 1 }, currentPageId: 'page:page' },
      };
      expect(await forger.sendThenRoundTrip(awarenessFrame([{ clientId: 777001, clock: 1, state: forged }]))).toBe('answered');
      const userOf = (state: Record<string, unknown>) => (state.user as { id?: string } | undefined)?.id;
      await waitFor(() => otherStates(participant).some((s) => userOf(s) === 'pengamat-bappeda'), 'the observer’s presence to reach Sari');
      const seen = otherStates(participant).find((s) => userOf(s) === 'pengamat-bappeda')!;
      expect(seen).toMatchObject({ user: { id: 'pengamat-bappeda', name: 'pengamat-bappeda' }, role: 'observer', presence: { userId: 'user:pengamat-bappeda', camera: { x: -90000, y: -90000, z: 1 } } });
      expect(seen.hand).toBeUndefined();
      expect(seen.lowerHands).toBeUndefined();
      expect(otherStates(participant).some((s) => userOf(s) === 'fasilitator')).toBe(false);
      forger.ws.close();
      participant.destroy();
    });

    it('lets one connection show one presence, not 4,800 cursors', async () => {
      const participant = await stock('budi', 'participant');
      const writer = await stock('rina', 'participant');
      await Promise.all([participant.synced, writer.synced]);
      const flooder = await raw('pengamat-banjir', 'observer');
      const frames = [];
      for (let batch = 0; batch < 5; batch++) {
        frames.push(awarenessFrame(Array.from({ length: 960 }, (_, i) => ({ clientId: 900_000 + batch * 1000 + i, clock: 1, state: { presence: { cursor: { x: i, y: batch } } } }))));
      }
      expect(await flooder.sendThenRoundTrip(...frames)).toBe('answered');
      // The flood was handled (and relayed) before this edit was even made: once Budi has the
      // edit, he has whatever the flood left him.
      writer.doc.getMap('cards').set('penanda', { text: 'sesudah banjir' });
      await waitFor(() => participant.doc.getMap('cards').has('penanda'), 'the later edit to reach Budi');
      const shownFor = (userId: string) => otherStates(participant).filter((s) => (s.user as { id?: string } | undefined)?.id === userId).length;
      expect(otherStates(participant).length - shownFor('rina')).toBeLessThanOrEqual(1);
      flooder.ws.close();
      for (const client of [participant, writer]) client.destroy();
    });

    it('answers a flood of queryAwareness a couple of times, not hundreds', async () => {
      const asker = await raw('pengamat-tanya', 'observer');
      const isAwareness = (message: Uint8Array) => message[0] === 1;
      const before = asker.received.filter(isAwareness).length;
      expect(await asker.sendThenRoundTrip(...Array.from({ length: 200 }, () => new Uint8Array([3])))).toBe('answered');
      expect(asker.received.filter(isAwareness).length - before).toBeLessThanOrEqual(3);
      asker.ws.close();
    });
  });
});
