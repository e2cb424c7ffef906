import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { seededRandom } from '@/lib/testing/seededRandom';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { CloseCode } from './closeCodes';

const METRICS_TOKEN = 'scrape-token-for-the-test';


function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('cards').set('x', { text: 'kartu asli', color: 'yellow' });
  doc.getText('t').insert(0, 'teks');
  return Y.encodeStateAsUpdate(doc);
}

interface HostileFrame {
  name: string;
  data: Uint8Array | string;
  /** Close codes this frame may end with; null allows the frame to be harmless and accepted. */
  expect: number[] | null;
}

const MAX_UPDATE_BYTES = 64 * 1024;

function buildCorpus(): HostileFrame[] {
  const random = seededRandom(20261127);
  const corpus: HostileFrame[] = [
    { name: 'empty frame', data: new Uint8Array(), expect: [CloseCode.malformedMessage] },
    { name: 'text frame', data: 'hello', expect: [CloseCode.malformedMessage] },
    { name: 'unknown message type 7', data: frame((e) => encoding.writeVarUint(e, 7)), expect: [CloseCode.malformedMessage] },
    { name: 'auth message from a client', data: frame((e) => { encoding.writeVarUint(e, 2); encoding.writeVarUint(e, 0); }), expect: [CloseCode.malformedMessage] },
    { name: 'huge message type', data: frame((e) => encoding.writeVarUint(e, 2 ** 32)), expect: [CloseCode.malformedMessage] },
    { name: 'unterminated varint', data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), expect: [CloseCode.malformedMessage] },
    { name: 'sync without subtype', data: new Uint8Array([0]), expect: [CloseCode.malformedMessage] },
    { name: 'unknown sync subtype', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 9); }), expect: [CloseCode.malformedMessage] },
    { name: 'step1 with garbage state vector', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, new Uint8Array([5, 0xff, 0xff])); }), expect: [CloseCode.malformedMessage] },
    { name: 'update with length past the end', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint(e, 1000); encoding.writeUint8(e, 1); }), expect: [CloseCode.malformedMessage] },
    { name: 'update of garbage bytes', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, new Uint8Array([1, 200, 3, 4, 5, 6, 7, 8])); }), expect: [CloseCode.malformedMessage] },
    { name: 'valid update with trailing bytes', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, realUpdate()); encoding.writeUint8(e, 42); }), expect: [CloseCode.malformedMessage] },
    { name: 'oversized update', data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, new Uint8Array(MAX_UPDATE_BYTES + 10)); }), expect: [CloseCode.tooLarge, 1009] },
    { name: 'awareness with broken JSON', data: frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, frame((a) => { encoding.writeVarUint(a, 1); encoding.writeVarUint(a, 77); encoding.writeVarUint(a, 1); encoding.writeVarString(a, '{"user":'); })); }), expect: [CloseCode.malformedMessage] },
    { name: 'awareness with a JSON array state', data: frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, frame((a) => { encoding.writeVarUint(a, 1); encoding.writeVarUint(a, 78); encoding.writeVarUint(a, 1); encoding.writeVarString(a, '[1,2]'); })); }), expect: [CloseCode.malformedMessage] },
    { name: 'awareness claiming a million clients', data: frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, frame((a) => encoding.writeVarUint(a, 1_000_000))); }), expect: [CloseCode.malformedMessage] },
    { name: 'awareness truncated', data: frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, new Uint8Array([3, 1])); }), expect: [CloseCode.malformedMessage] },
    { name: 'oversized awareness', data: frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, frame((a) => { encoding.writeVarUint(a, 1); encoding.writeVarUint(a, 79); encoding.writeVarUint(a, 1); encoding.writeVarString(a, JSON.stringify({ junk: 'x'.repeat(70_000) })); })); }), expect: [CloseCode.tooLarge, 1009] },
  ];
  // Random bytes of many lengths, starting with each message type.
  for (let i = 0; i < 40; i++) {
    const bytes = new Uint8Array(1 + Math.floor(random() * 200));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
    bytes[0] = i % 4;
    corpus.push({ name: `random frame ${i}`, data: bytes, expect: null });
  }
  // Real updates with flipped bytes: many still decode, some do not; none may hurt the room.
  const base = realUpdate();
  for (let i = 0; i < 50; i++) {
    const mutated = base.slice();
    const flips = 1 + Math.floor(random() * 4);
    for (let f = 0; f < flips; f++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
    corpus.push({ name: `mutated update ${i}`, data: frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, mutated); }), expect: null });
  }
  return corpus;
}

/** Sends one frame over a fresh connection and reports how the server closed it (or 'open'). */
function sendHostile(url: string, data: Uint8Array | string): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      resolve('open');
      ws.close();
    }, 300);
    ws.on('open', () => ws.send(data, { binary: typeof data !== 'string' }));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('hostile input on the websocket', () => {
  let t: TestServer;
  let a: StockClient;
  let b: StockClient;
  let docName: string;

  beforeAll(async () => {
    t = await startTestServer({ limits: { maxUpdateBytes: MAX_UPDATE_BYTES }, settings: { metricsToken: METRICS_TOKEN } });
    docName = t.workshop.docs.find((d) => d.kind === 'board')!.name;
    a = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
    b = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
    await Promise.all([a.synced, b.synced]);
  });
  afterAll(async () => {
    a.destroy();
    b.destroy();
    await t.close();
  });

  it('closes each hostile connection by name, survives 100+ frames, and honest clients keep converging', async () => {
    const corpus = buildCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const outcomes: Record<string, number | 'open'> = {};
    for (const [index, hostile] of corpus.entries()) {
      const token = await t.tokenFor(docName, 'facilitator');
      const outcome = await sendHostile(`${t.wsBase}/${docName}?token=${token}`, hostile.data);
      outcomes[hostile.name] = outcome;
      if (hostile.expect) expect(hostile.expect, `${hostile.name} closed with ${outcome}`).toContain(outcome);
      if (index % 20 === 0) {
        a.doc.getMap('cards').set(`honest-${index}`, index);
        await waitFor(() => b.doc.getMap('cards').get(`honest-${index}`) === index, `honest edit ${index} to reach b`);
      }
    }
    // At least the structurally broken frames were refused by name, not by crashing.
    const refused = Object.values(outcomes).filter((o) => o === CloseCode.malformedMessage).length;
    expect(refused).toBeGreaterThan(20);

    b.doc.getText('notes').insert(0, 'masih hidup');
    await waitFor(() => a.doc.getText('notes').toString() === 'masih hidup', 'a to receive b’s edit after the corpus');
    expect(a.doc.getMap('cards').toJSON()).toEqual(b.doc.getMap('cards').toJSON());

    const fresh = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
    await fresh.synced;
    expect(fresh.doc.getMap('cards').toJSON()).toEqual(a.doc.getMap('cards').toJSON());
    expect(fresh.doc.getText('notes').toString()).toBe('masih hidup');
    fresh.destroy();

    // Operators see the refusals: counted by close code in the Prometheus metrics.
    const metrics = await (await fetch(`${t.server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const malformed = /plano_protocol_errors_total\{code="4400"\} (\d+)/.exec(metrics);
    expect(Number(malformed?.[1])).toBe(refused);
  }, 120_000);

  it('disconnects a connection that floods messages', async () => {
    const token = await t.tokenFor(docName, 'facilitator');
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${t.wsBase}/${docName}?token=${token}`);
      ws.on('open', () => {
        const query = new Uint8Array([3]);
        for (let i = 0; i < 3000; i++) ws.send(query);
      });
      ws.on('close', (closeCode) => resolve(closeCode));
    });
    expect(code).toBe(CloseCode.rateLimited);
  });
});
