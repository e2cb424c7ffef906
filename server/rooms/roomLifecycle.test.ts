import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { connectStockClient, startTestServer, waitFor, type TestServer } from '../testing/testServer';

describe('room lifecycle: compaction and unloading', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ limits: { compactAfterUpdates: 40, idleUnloadMs: 100 } });
  });
  afterAll(() => t.close());

  it('compacts a busy board into a snapshot without changing its content', async () => {
    const docName = t.workshop.docs[1].name;
    const writer = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
    await writer.synced;
    for (let i = 0; i < 200; i++) {
      writer.doc.getMap('cards').set(`k${i % 30}`, { text: `revisi ${i}` });
      if (i % 10 === 0) writer.doc.getArray('log').push([i]);
    }
    writer.doc.getText('judul').insert(0, 'Isu utama');
    const expected = Y.encodeStateVector(writer.doc);
    const room = await t.server.runtime.registry.peek(docName);
    await waitFor(() => room !== null && Y.encodeStateVector(room.doc).toString() === expected.toString(), 'the room to apply every edit');
    await room!.flush();
    const stats = await t.server.runtime.docStore.stats(docName);
    expect(stats.hasSnapshot).toBe(true);
    expect(stats.updates).toBeLessThan(40);

    const fresh = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
    await fresh.synced;
    expect(fresh.doc.getMap('cards').toJSON()).toEqual(writer.doc.getMap('cards').toJSON());
    expect(fresh.doc.getArray('log').toJSON()).toEqual(writer.doc.getArray('log').toJSON());
    expect(fresh.doc.getText('judul').toString()).toBe('Isu utama');
    writer.destroy();
    fresh.destroy();
  });

  it('stores nothing when a writer connects and leaves without editing', async () => {
    const docName = t.workshop.docs[3].name;
    for (let i = 0; i < 3; i++) {
      const visitor = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
      await visitor.synced;
      visitor.destroy();
    }
    const room = await t.server.runtime.registry.peek(docName);
    await room?.flush();
    expect((await t.server.runtime.docStore.stats(docName)).updates).toBe(0);
  });

  it('unloads an idle board from memory and loads it again intact', async () => {
    const docName = t.workshop.docs[2].name;
    const writer = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
    await writer.synced;
    writer.doc.getMap('cards').set('tetap', 'ada');
    const room = await t.server.runtime.registry.peek(docName);
    await waitFor(() => room?.doc.getMap('cards').get('tetap') === 'ada', 'the room to receive the card');
    writer.destroy();
    await waitFor(() => !t.server.runtime.registry.loadedNames().includes(docName), 'the idle board to leave memory', 5000);

    const reader = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
    await reader.synced;
    expect(reader.doc.getMap('cards').get('tetap')).toBe('ada');
    reader.destroy();
  });
});

describe('the document size limit', () => {
  it('closes a connection that would grow a board past the limit (to come back when there is room), and stores nothing of it', async () => {
    const t = await startTestServer({ limits: { maxDocBytes: 20_000 } });
    try {
      const docName = t.workshop.docs[0].name;
      const writer = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'facilitator'));
      await writer.synced;
      const closed = new Promise<number>((resolve) => (writer.provider.ws as unknown as WebSocket).addEventListener('close', (event) => resolve(event.code)));
      writer.doc.getMap('cards').set('small', 'ok');
      writer.doc.getMap('cards').set('huge', 'x'.repeat(30_000));
      expect(await closed).toBe(CloseCode.boardFull);
      writer.destroy();
      const reader = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, 'observer'));
      await reader.synced;
      expect(reader.doc.getMap('cards').get('small')).toBe('ok');
      expect(reader.doc.getMap('cards').has('huge')).toBe(false);
      reader.destroy();
    } finally {
      await t.close();
    }
  });
});
