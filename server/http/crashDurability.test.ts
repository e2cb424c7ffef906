import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocTokens } from '../auth/docTokens';
import { describePostgres } from '../db/testBackends';
import { freePort, spawnServer, type ChildServer } from '../testing/spawnServer';
import { connectStockClient, waitFor, type StockClient } from '../testing/testServer';

function crashSuite(name: string, makeEnv: () => Promise<Record<string, string>>) {
  describe(name, () => {
    const children: ChildServer[] = [];
    const clients: StockClient[] = [];
    afterEach(() => {
      for (const c of clients.splice(0)) c.destroy();
      for (const child of children.splice(0)) child.process.kill('SIGKILL');
    });

    it('keeps every edit anyone had seen after kill -9, and merges edits made while it was down', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-crash-'));
      const port = await freePort();
      const env = { ...(await makeEnv()), DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PERSIST_BATCH_MS: '5' };
      const first = await spawnServer(env);
      children.push(first);
      const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
      const docName = first.docs[0];
      const token = () => tokens.sign({ principal: { userId: 'u', workshopId: first.workshopId, role: 'facilitator', groupId: null }, docName }, 600);
      const wsBase = `ws://127.0.0.1:${port}/yjs`;

      const writer = connectStockClient(wsBase, docName, await token());
      const watcher = connectStockClient(wsBase, docName, await token());
      clients.push(writer, watcher);
      await Promise.all([writer.synced, watcher.synced]);
      for (let i = 0; i < 300; i++) writer.doc.getMap('cards').set(`card-${i}`, { text: `ide ${i}`, group: i % 4 });
      writer.doc.getText('notes').insert(0, 'Catatan rapat pleno');
      // Once the watcher has seen them, they were stored (persist before relay).
      await waitFor(() => watcher.doc.getMap('cards').size === 300 && watcher.doc.getText('notes').length > 0, 'the watcher to see all 300 cards', 20_000).catch((e) => { throw new Error(`${e} (saw ${watcher.doc.getMap('cards').size}, writer status ${writer.provider.wsconnected})`); });

      first.process.kill('SIGKILL');
      await first.exited;
      // The writer keeps working offline; its provider reconnects by itself later.
      writer.doc.getMap('cards').set('while-down', { text: 'ditulis saat server mati' });

      const second = await spawnServer(env);
      children.push(second);
      const fresh = connectStockClient(wsBase, docName, await token());
      clients.push(fresh);
      await fresh.synced;
      const cards = fresh.doc.getMap('cards');
      for (let i = 0; i < 300; i++) expect(cards.get(`card-${i}`)).toEqual({ text: `ide ${i}`, group: i % 4 });
      expect(fresh.doc.getText('notes').toString()).toBe('Catatan rapat pleno');
      await waitFor(() => cards.has('while-down'), 'the offline edit to merge after the restart', 15_000);
      await waitFor(() => watcher.doc.getMap('cards').has('while-down'), 'the watcher to reconnect and catch up', 15_000);
      expect(watcher.doc.getMap('cards').toJSON()).toEqual(cards.toJSON());
    }, 60_000);

    it('keeps every edit another screen had seen when killed -9 in the middle of a burst of writes', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-burst-'));
      const port = await freePort();
      const env = { ...(await makeEnv()), DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
      const first = await spawnServer(env);
      children.push(first);
      const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
      const docName = first.docs[0];
      const token = () => tokens.sign({ principal: { userId: 'u', workshopId: first.workshopId, role: 'facilitator', groupId: null }, docName }, 600);
      const wsBase = `ws://127.0.0.1:${port}/yjs`;
      const writers = await Promise.all([0, 1, 2, 3].map(async () => connectStockClient(wsBase, docName, await token())));
      const watcher = connectStockClient(wsBase, docName, await token());
      clients.push(...writers, watcher);
      await Promise.all([...writers, watcher].map((client) => client.synced));

      let writing = true;
      const bursts = writers.map(async (writer, w) => {
        for (let i = 0; writing; i++) {
          writer.doc.getMap('cards').set(`w${w}-${i}`, { text: `kartu ${i} dari penulis ${w}` });
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      });
      await waitFor(() => watcher.doc.getMap('cards').size > 400, 'the burst to be under way', 20_000);
      first.process.kill('SIGKILL');
      await first.exited;
      writing = false;
      await Promise.all(bursts);
      // What any screen had seen when the server died; the writers go away with their unsent edits.
      const seen = [...watcher.doc.getMap('cards').keys()];
      for (const client of [...writers, watcher]) client.destroy();

      const second = await spawnServer(env);
      children.push(second);
      const fresh = connectStockClient(wsBase, docName, await token());
      clients.push(fresh);
      await fresh.synced;
      const missing = seen.filter((key) => !fresh.doc.getMap('cards').has(key));
      expect(missing).toEqual([]);
    }, 60_000);

    it('stores pending edits and exits cleanly on SIGTERM', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-term-'));
      const port = await freePort();
      // A long batch window: the edits are surely still pending when SIGTERM arrives.
      const env = { ...(await makeEnv()), DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PERSIST_BATCH_MS: '500' };
      const first = await spawnServer(env);
      children.push(first);
      const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
      const docName = first.docs[1];
      const token = () => tokens.sign({ principal: { userId: 'u', workshopId: first.workshopId, role: 'facilitator', groupId: null }, docName }, 600);
      const writer = connectStockClient(`ws://127.0.0.1:${port}/yjs`, docName, await token());
      clients.push(writer);
      await writer.synced;
      writer.doc.getMap('cards').set('last-words', 'tersimpan');
      await new Promise((resolve) => setTimeout(resolve, 100));
      writer.provider.disconnect();
      first.process.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = await spawnServer(env);
      children.push(second);
      const fresh = connectStockClient(`ws://127.0.0.1:${port}/yjs`, docName, await token());
      clients.push(fresh);
      await fresh.synced;
      expect(fresh.doc.getMap('cards').get('last-words')).toBe('tersimpan');
    }, 60_000);
  });
}

crashSuite('crash durability on the embedded database', async () => ({ DATABASE_URL: '' }));

describePostgres('crash durability on PostgreSQL', (scratch) => {
  crashSuite('server', async () => ({ DATABASE_URL: await scratch.create() }));
});
