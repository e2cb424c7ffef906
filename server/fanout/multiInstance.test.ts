/**
 * Several real Plano processes sharing one PostgreSQL and one (private) Redis, with stock
 * y-websocket clients, as behind a load balancer with no sticky sessions.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../testing/testEnv';
import { createDocTokens } from '../auth/docTokens';
import { describePostgres } from '../db/testBackends';
import { redisServerInstalled, startTestRedis, type TestRedis } from '../testing/redisServer';
import { freePort, spawnServer, type ChildServer } from '../testing/spawnServer';
import { startTcpProxy, type TcpProxy } from '../testing/tcpProxy';
import { connectStockClient, waitFor, type StockClient } from '../testing/testServer';

const METRICS_TOKEN = 'scrape-token-for-the-test';
const redisMissing = !redisServerInstalled();
const runningInCi = testEnv.inCi;
if (redisMissing) {
  console.warn(`[plano tests] redis-server is not installed: ${runningInCi ? 'FAILING (CI must install it)' : 'skipping'} the multi-instance tests. Install it with apt-get install redis-server.`);
}

describePostgres('Plano on several instances', (scratch) => {
  describe.skipIf(redisMissing && !runningInCi)('sharing PostgreSQL and Redis', () => {
    const authSecret = randomBytes(32).toString('hex');
    const tokens = createDocTokens(authSecret);
    const clients: StockClient[] = [];
    let redis: TestRedis;
    let a: ChildServer;
    let b: ChildServer;
    let docName: string;

    beforeAll(async () => {
      if (redisMissing) throw new Error('CI is set but redis-server is not installed: .ci/run must install it');
      const [databaseUrl, started] = await Promise.all([scratch.create(), startTestRedis()]);
      redis = started;
      const envFor = async () => ({
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        AUTH_SECRET: authSecret,
        DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'plano-multi-')),
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        METRICS_TOKEN,
      });
      // One after the other: the first creates the demo workshop the second then finds.
      a = await spawnServer(await envFor());
      b = await spawnServer(await envFor());
      docName = a.docs[0];
    });

    afterAll(async () => {
      for (const client of clients.splice(0)) client.destroy();
      for (const child of [a, b]) child?.process.kill('SIGKILL');
      await redis?.stop();
    });

    const connect = async (port: number, doc = docName) => {
      const token = await tokens.sign({ principal: { userId: `u-${clients.length}`, workshopId: a.workshopId, role: 'facilitator', groupId: null }, docName: doc }, 600);
      const client = connectStockClient(`ws://127.0.0.1:${port}/yjs`, doc, token);
      clients.push(client);
      await client.synced;
      return client;
    };
    const get = (port: number, route: string) => fetch(`http://127.0.0.1:${port}${route}`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const metric = async (port: number, line: string) => {
      const text = await (await get(port, '/metrics')).text();
      const found = text.split('\n').find((l) => l.startsWith(`${line} `));
      return found ? Number(found.slice(line.length + 1)) : 0;
    };

    it('shows edits and cursors made on one instance to people connected to another', async () => {
      const onA = await connect(a.port);
      const onB = await connect(b.port);
      onA.doc.getMap('cards').set('from-a', { text: 'air bersih' });
      onB.doc.getMap('cards').set('from-b', { text: 'sanitasi' });
      await waitFor(() => onB.doc.getMap('cards').has('from-a') && onA.doc.getMap('cards').has('from-b'), 'edits to cross instances');

      // The board's presence field (the server relays it, with the user of the sign-in).
      onA.provider.awareness.setLocalStateField('presence', { cursor: { x: 10, y: 20 } });
      await waitFor(() => onB.provider.awareness.getStates().get(onA.doc.clientID)?.presence?.cursor?.x === 10, 'the cursor from A to reach B');
      // Someone arriving later on B sees the cursor at once, without waiting for A's next renewal.
      const lateOnB = await connect(b.port);
      await waitFor(() => lateOnB.provider.awareness.getStates().get(onA.doc.clientID)?.presence?.cursor?.y === 20, 'the late joiner to see the cursor from A');
      expect(lateOnB.doc.getMap('cards').toJSON()).toEqual(onA.doc.getMap('cards').toJSON());
    });

    it('answers /healthz, /readyz and /metrics, and the counters move with edits', async () => {
      expect((await get(a.port, '/healthz')).status).toBe(200);
      const ready = await get(a.port, '/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ database: 'up', redis: 'up' });

      const persistedBefore = await metric(a.port, 'plano_updates_persisted_total');
      const fanoutInBefore = await metric(b.port, 'plano_fanout_messages_in_total{kind="update"}');
      const [onA] = clients;
      onA.doc.getMap('cards').set('counted', { text: 'dihitung' });
      await waitFor(() => clients[1].doc.getMap('cards').has('counted'), 'the counted edit to reach B');
      expect(await metric(a.port, 'plano_updates_persisted_total')).toBeGreaterThan(persistedBefore);
      expect(await metric(b.port, 'plano_fanout_messages_in_total{kind="update"}')).toBeGreaterThan(fanoutInBefore);
      const text = await (await get(a.port, '/metrics')).text();
      for (const name of ['plano_connections', 'plano_rooms_loaded', 'plano_updates_received_total', 'plano_updates_relayed_total', 'plano_persist_duration_seconds_count', 'plano_compactions_total', 'plano_protocol_errors_total', 'plano_fanout_messages_out_total']) {
        expect(text).toContain(name);
      }
      expect(await metric(a.port, 'plano_connections')).toBeGreaterThanOrEqual(1);
      expect(await metric(a.port, 'plano_rooms_loaded')).toBe(1);
    });

    it('misses no edit made on another instance while a board is loading', async () => {
      // A board B does not hold yet: B loads it while A's writer is busy.
      const board = a.docs[1];
      const writer = await connect(a.port, board);
      const cards = writer.doc.getMap('cards');
      let written = 0;
      const writing = setInterval(() => cards.set(`l-${written}`, written++), 2);
      await waitFor(() => written >= 20, 'the writer to get going');
      const reader = await connect(b.port, board);
      await waitFor(() => written >= 60, 'more edits after the reader joined');
      clearInterval(writing);
      await waitFor(() => reader.doc.getMap('cards').size === written, `the reader on B to hold all ${written} edits`);
      expect(reader.doc.getMap('cards').toJSON()).toEqual(cards.toJSON());
    });

    it('keeps editing through a Redis restart and converges by itself afterwards, losing nothing', async () => {
      const [onA, onB] = clients;
      await redis.stop();
      const notReady = async () => (await get(a.port, '/readyz')).status === 503;
      const deadline = Date.now() + 5000;
      while (!(await notReady())) {
        if (Date.now() > deadline) throw new Error('/readyz did not report Redis down');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      // Local editing and storage go on: a second person on A still sees A's edits.
      const secondOnA = await connect(a.port);
      onA.doc.getMap('cards').set('a-while-down', { text: 'ditulis tanpa Redis' });
      onB.doc.getMap('cards').set('b-while-down', { text: 'juga tanpa Redis' });
      await waitFor(() => secondOnA.doc.getMap('cards').has('a-while-down'), 'a local peer on A to see the edit while Redis is down');
      expect(onB.doc.getMap('cards').has('a-while-down')).toBe(false);

      await redis.start();
      await waitFor(
        () => ['a-while-down', 'b-while-down'].every((key) => onA.doc.getMap('cards').has(key) && onB.doc.getMap('cards').has(key)),
        'both sides to converge after Redis came back',
        15_000,
      );
      expect(onB.doc.getMap('cards').toJSON()).toEqual(onA.doc.getMap('cards').toJSON());
      expect((await get(b.port, '/readyz')).status).toBe(200);
      // And live fan-out works again, not only the re-sync.
      onB.doc.getMap('cards').set('after-restart', { text: 'langsung' });
      await waitFor(() => onA.doc.getMap('cards').has('after-restart'), 'a live edit after the restart to cross instances');
    }, 30_000);

    it('moves a writing client to another instance when its instance is killed, losing nothing anyone had seen', async () => {
      let proxy: TcpProxy | null = null;
      try {
        // The first connection through the balancer goes to A.
        proxy = await startTcpProxy([a.port, b.port]);
        const connectionsOnA = await metric(a.port, 'plano_connections');
        const writer = await connect(proxy.port);
        expect(await metric(a.port, 'plano_connections')).toBe(connectionsOnA + 1);
        const watcher = await connect(b.port);
        const connectionsOnB = await metric(b.port, 'plano_connections');
        const cards = writer.doc.getMap('cards');
        let written = 0;
        const writing = setInterval(() => cards.set(`w-${written}`, { n: written++ }), 5);
        await waitFor(() => watcher.doc.getMap('cards').has('w-50'), 'the watcher to see the writer at work', 10_000);

        a.process.kill('SIGKILL');
        await a.exited;
        const seenBeforeKill = Object.keys(watcher.doc.getMap('cards').toJSON());
        await waitFor(() => written > 0 && writer.provider.wsconnected && watcher.doc.getMap('cards').has(`w-${written - 1}`), 'the writer to reconnect through the balancer to B', 15_000);
        clearInterval(writing);
        expect(await metric(b.port, 'plano_connections')).toBe(connectionsOnB + 1);
        const last = `w-${written - 1}`;
        await waitFor(() => watcher.doc.getMap('cards').has(last), 'the last edit to reach the watcher', 10_000);

        const fresh = await connect(b.port);
        const stored = fresh.doc.getMap('cards');
        for (const key of seenBeforeKill) expect(stored.has(key), key).toBe(true);
        for (let i = 0; i < written; i++) expect(stored.get(`w-${i}`)).toEqual({ n: i });
        expect(watcher.doc.getMap('cards').toJSON()).toEqual(cards.toJSON());
      } finally {
        await proxy?.close();
      }
    }, 40_000);
  });
});
