import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectStockClient, startTestServer, waitFor, type TestServer } from '../testing/testServer';

const HEARTBEAT_MS = 150;

/** An awareness message announcing one client's cursor, as a tablet sends it. */
function awarenessFrame(clientId: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

describe('connections that stop answering', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ limits: { heartbeatMs: HEARTBEAT_MS } });
  });
  afterAll(() => t.close());

  it('drops a tablet whose network vanished, and takes its cursor off everyone else’s screen, while live devices stay', async () => {
    const docName = t.workshop.docs[0].name;
    const laptop = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
    await laptop.synced;

    // A socket that never answers pings: what the server sees of a tablet that lost its Wi-Fi.
    const vanished = new WebSocket(`${t.wsBase}/${docName}?token=${await t.tokenFor(docName, 'participant')}`, { autoPong: false });
    let closedAt: number | null = null;
    vanished.on('close', () => (closedAt = Date.now()));
    await new Promise((resolve) => vanished.once('open', resolve));
    const ghostId = 424242;
    vanished.send(awarenessFrame(ghostId, { user: { id: 'tablet', name: 'Tablet Kelompok 2', color: '#f00' } }));
    await waitFor(() => laptop.provider.awareness.getStates().has(ghostId), 'the laptop to see the tablet’s cursor');
    const sentAt = Date.now();

    await waitFor(() => closedAt !== null, 'the server to drop the silent tablet', 3000);
    expect(closedAt! - sentAt).toBeLessThan(HEARTBEAT_MS * 4);
    await waitFor(() => !laptop.provider.awareness.getStates().has(ghostId), 'the tablet’s cursor to leave the laptop’s screen');

    // The laptop answered every ping (the stock client does): it is still connected and syncing.
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 4));
    expect(laptop.provider.wsconnected).toBe(true);
    const reader = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
    await reader.synced;
    laptop.doc.getMap('records').set('shape:masih', { text: 'tersambung' });
    await waitFor(() => reader.doc.getMap('records').has('shape:masih'), 'the laptop’s card to reach another device');
    reader.destroy();
    laptop.destroy();
  });
});
