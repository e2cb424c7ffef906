/**
 * A generated campaign against one live board: thousands of hostile variants of real board edits
 * (bad origins, far-future clocks, deletions of unknown ranges, trailing bytes, huge lengths, raw
 * byte flips, other devices' client ids, a client in two sections, replays), sent as a
 * participant and as an observer while honest clients keep working. Seeded; prints what was
 * refused and the server's event-loop delay.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { voteEntryKey, VOTES_MAP } from '@/lib/board/voting';
import { cardRecord } from '@/lib/testing/cardRecord';
import { seededRandom } from '@/lib/testing/seededRandom';
import { buildArchive } from '../archive/buildArchive';
import { importArchive } from '../archive/importArchive';
import { loadDocState } from '../db/storedDoc';
import { decodeWellFormedUpdate } from '../rooms/messages';
import { collectWorkshop } from '../export/collectWorkshop';
import { MUTATIONS, mutateUpdate, type MutationKind } from '../testing/mutateUpdate';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

const PARTICIPANT_MUTATIONS = 2700;
const OBSERVER_MUTATIONS = 2700;
/** Hostile participant connections open at once. */
const CONCURRENCY = 8;
/** Below the per-connection burst, so the observer's frames are dropped for being an observer's, not rate-limited. */
const OBSERVER_FRAMES_PER_CONNECTION = 900;

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sends `frames` then a sync step 1 on a fresh connection; 'answered' once its answer came, else the close code. */
function sendOver(url: string, frames: readonly Uint8Array[]): Promise<'answered' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.binaryType = 'nodebuffer';
    let done = false;
    const finish = (outcome: 'answered' | number) => {
      if (done) return;
      done = true;
      resolve(outcome);
      ws.close();
    };
    ws.on('open', () => {
      for (const data of frames) ws.send(data);
      ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    });
    ws.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) finish('answered');
    });
    ws.on('close', (code) => finish(code));
    ws.on('error', () => finish(-1));
  });
}

/**
 * Every root of a document that holds something, as JSON with keys sorted: each copy keeps a
 * map's keys in its own arrival order, and a copy rebuilt from storage has no root left empty.
 */
function content(doc: Y.Doc): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value;
  const roots = [...doc.share.keys()].map((name) => [name, doc.getMap(name).toJSON()] as const).filter(([, json]) => Object.keys(json).length > 0);
  return JSON.stringify(sorted(Object.fromEntries(roots)));
}

describe('a campaign of hostile updates against a live board', () => {
  let t: TestServer;
  let plenary: string;
  const tokenAs = (userId: string, role: 'participant' | 'facilitator' | 'observer') =>
    t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: plenary }, 3600);

  beforeAll(async () => {
    t = await startTestServer();
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it(`refuses ${PARTICIPANT_MUTATIONS + OBSERVER_MUTATIONS} mutated edits while the facilitator writes, everyone converges, storage matches and the archive imports`, async () => {
    const random = seededRandom(16_16_2026);
    const facilitator = connectStockClient(t.wsBase, plenary, await tokenAs('fasilitator', 'facilitator'));
    const sari = connectStockClient(t.wsBase, plenary, await tokenAs('sari', 'participant'));
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    const honest: StockClient[] = [facilitator, sari, observer];
    await Promise.all(honest.map((client) => client.synced));

    // Real board edits: cards, their text and places, the facilitator's settings, Sari's dots.
    const edits: Uint8Array[] = [];
    for (const client of [facilitator, sari]) client.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== client.provider && edits.push(update));
    let cardNumber = 0;
    const honestEdit = (client: StockClient) => {
      const id = `shape:kartu-${cardNumber++}`;
      const records = client.doc.getMap(RECORDS_MAP);
      records.set(id, cardRecord(id, { text: `Ide ${cardNumber}` }, { x: cardNumber * 10, y: 50 }));
      if (random() < 0.5) records.set(id, cardRecord(id, { text: `Ide ${cardNumber}, diperbaiki` }, { x: cardNumber * 10, y: 90 }));
      if (random() < 0.2 && records.size > 2) records.delete([...records.keys()][0]);
      if (client === facilitator) client.doc.getMap(META_MAP).set('timer', { minutes: cardNumber });
      else client.doc.getMap(VOTES_MAP).set(voteEntryKey('v1', 'sari'), [id]);
      return id;
    };
    for (let i = 0; i < 40; i++) honestEdit(i % 2 === 0 ? facilitator : sari);
    const room = (await t.server.runtime.registry.peek(plenary))!;
    await waitFor(() => observer.doc.getMap(RECORDS_MAP).has(`shape:kartu-${cardNumber - 1}`), 'the real edits to reach everyone');

    const context = {
      random,
      victims: [facilitator.doc.clientID, sari.doc.clientID],
      nextClockOf: (client: number) => Y.getState(room.doc.store, client),
    };
    const kinds = (i: number): MutationKind => MUTATIONS[i % MUTATIONS.length];
    const mutate = (i: number) => mutateUpdate(edits[Math.floor(random() * edits.length)], kinds(i), context);
    // The observer's are written before the clock starts, so the event-loop delay below is the
    // server's (and the sockets'), not this test's own work of building hundreds at once. The
    // participant's are written just before each is sent: they aim at the victims' next clocks.
    const observerMutations = Array.from({ length: OBSERVER_MUTATIONS }, (_, i) => mutate(PARTICIPANT_MUTATIONS + i));
    const decodable = observerMutations.map((update) => {
      try {
        decodeWellFormedUpdate(update);
        return true;
      } catch {
        return false;
      }
    });

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

    // As a participant: one connection per update (a refused one is closed), several at once.
    let next = 0;
    const participantUrl = async () => `${t.wsBase}/${plenary}?token=${await tokenAs('peserta-iseng', 'participant')}`;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < PARTICIPANT_MUTATIONS) {
          const i = next++;
          const outcome = await sendOver(await participantUrl(), [syncFrame(2, mutate(i))]);
          count(`participant ${outcome === 'answered' ? 'answered' : `closed ${outcome}`}`);
          count(`  ${kinds(i)}: ${outcome === 'answered' ? 'answered' : `closed ${outcome}`}`);
          // Now and then the honest work goes on, and must reach everyone.
          if (i % 300 === 0) {
            const id = honestEdit(i % 600 === 0 ? facilitator : sari);
            await waitFor(() => observer.doc.getMap(RECORDS_MAP).has(id), `honest edit ${id} during the campaign`);
          }
        }
      }),
    );
    // As an observer: what does not even decode closes its connection (each sent on its own);
    // the rest goes many to a connection and is dropped, being an observer's.
    const observerUrl = async () => `${t.wsBase}/${plenary}?token=${await tokenAs('pengamat-iseng', 'observer')}`;
    const wellFormed: Uint8Array[] = [];
    let malformed = 0;
    const flush = async () => {
      const outcome = await sendOver(await observerUrl(), wellFormed.splice(0).map((update) => syncFrame(2, update)));
      if (outcome !== 'answered') throw new Error(`an observer's well-formed updates closed its connection (${outcome})`);
    };
    for (let i = 0; i < OBSERVER_MUTATIONS; i++) {
      const update = observerMutations[i];
      if (!decodable[i]) {
        malformed++;
        count(`observer closed ${await sendOver(await observerUrl(), [syncFrame(2, update)])}`);
        continue;
      }
      wellFormed.push(update);
      count('observer dropped');
      if (wellFormed.length === OBSERVER_FRAMES_PER_CONNECTION) await flush();
    }
    if (wellFormed.length > 0) await flush();
    delay.disable();
    const seconds = (performance.now() - started) / 1000;

    // The facilitator still writes, and every honest client converges on the same board.
    const last = honestEdit(facilitator);
    const fresh = connectStockClient(t.wsBase, plenary, await tokenAs('pendatang', 'observer'));
    await fresh.synced;
    await waitFor(() => [...honest, fresh].every((client) => client.doc.getMap(RECORDS_MAP).has(last)), 'the facilitator’s last card everywhere');
    for (const client of [sari, observer, fresh]) {
      await waitFor(() => content(client.doc) === content(facilitator.doc), 'every client to converge');
      expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(facilitator.doc));
    }
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.doc.store.pendingDs).toBeNull();
    // Nobody wrote at the honest devices' client ids: Yjs would have made them take new ones.
    expect([facilitator.doc.clientID, sari.doc.clientID]).toEqual(context.victims);

    // What storage holds is what everyone sees.
    await room.flush();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await loadDocState(t.server.runtime.docStore, plenary));
    expect(content(stored)).toBe(content(room.doc));
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(room.doc));

    // And the workshop's archive imports again.
    const archive = await buildArchive(t.server.runtime.sql, (await collectWorkshop(t.server.runtime.sql, t.workshop.id))!, new Date());
    const imported = await importArchive(t.server.runtime.sql, JSON.stringify(archive), t.facilitatorId);
    expect(imported.ok ? 'imported' : imported.error).toBe('imported');

    const summary = Object.fromEntries([...outcomes.entries()].sort());
    console.log(
      `hostile campaign: ${PARTICIPANT_MUTATIONS} as participant, ${OBSERVER_MUTATIONS} as observer in ${seconds.toFixed(1)} s; ` +
        `outcomes ${JSON.stringify(summary)}; event-loop delay p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms`,
    );
    expect(outcomes.get('observer closed 4400')).toBe(malformed);
    expect((outcomes.get('observer dropped') ?? 0) + malformed).toBe(OBSERVER_MUTATIONS);
    // Most hostile variants are refused; replays and harmless ones are answered.
    const refused = [...outcomes.entries()].filter(([key]) => key.startsWith('participant closed')).reduce((sum, [, n]) => sum + n, 0);
    expect(refused).toBeGreaterThan(PARTICIPANT_MUTATIONS / 2);
    for (const client of [...honest, fresh]) client.destroy();
  }, 180_000);
});
