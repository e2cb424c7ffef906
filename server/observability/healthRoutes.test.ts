import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';

describe('health, readiness and metrics endpoints without Redis', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
  });
  const get = (route: string) => fetch(`${server.server.url}${route}`);

  it('reports the process alive and ready, with Redis not configured', async () => {
    expect((await get('/healthz')).status).toBe(200);
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', redis: 'not configured' });
  });

  it('counts connections, rooms, persisted and relayed updates as edits flow', async () => {
    const docName = server.workshop.docs[0].name;
    for (let i = 0; i < 2; i++) {
      const client = connectStockClient(server.wsBase, docName, await server.tokenFor(docName, 'facilitator'));
      clients.push(client);
      await client.synced;
    }
    clients[0].doc.getMap('cards').set('one', 1);
    await waitFor(() => clients[1].doc.getMap('cards').has('one'), 'the edit to reach the other client');

    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    const value = (name: string) => Number(text.split('\n').find((line) => line.startsWith(`${name} `))?.split(' ')[1]);
    expect(value('plano_connections')).toBe(2);
    expect(value('plano_rooms_loaded')).toBe(1);
    expect(value('plano_updates_persisted_total')).toBeGreaterThanOrEqual(1);
    expect(value('plano_updates_received_total{source="client"}')).toBeGreaterThanOrEqual(1);
    expect(value('plano_updates_relayed_total')).toBeGreaterThanOrEqual(1);
    expect(value('plano_persist_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE plano_persist_duration_seconds histogram');
  });

  it('leaves other paths to the web app', async () => {
    expect((await get('/metricsx')).status).toBe(404);
  });
});
