import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';

const METRICS_TOKEN = 'scrape-token-for-the-test';

describe('health, readiness and metrics endpoints without Redis', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    server = await startTestServer({ settings: { metricsToken: METRICS_TOKEN } });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
  });
  const get = (route: string, token?: string) => fetch(`${server.server.url}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('tells anyone the process is up, and nothing more', async () => {
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('tells anyone it is ready, and only the holder of the metrics token what it depends on', async () => {
    const anonymous = await get('/readyz');
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ status: 'ready' });
    const operator = await get('/readyz', METRICS_TOKEN);
    expect(await operator.json()).toEqual({ status: 'ready', database: 'up', redis: 'not configured' });
  });

  it('refuses /metrics without the bearer token, or with a wrong one', async () => {
    const without = await get('/metrics');
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toContain('Bearer');
    expect(await without.text()).not.toContain('plano_');
    expect((await get('/metrics', 'scrape-token-for-the-tesX')).status).toBe(401);
    expect((await get('/metrics', `${METRICS_TOKEN}x`)).status).toBe(401);
  });

  it('counts connections, rooms, persisted and relayed updates as edits flow, for the token holder', async () => {
    const docName = server.workshop.docs[0].name;
    for (let i = 0; i < 2; i++) {
      const client = connectStockClient(server.wsBase, docName, await server.tokenFor(docName, 'facilitator'));
      clients.push(client);
      await client.synced;
    }
    clients[0].doc.getMap('cards').set('one', 1);
    await waitFor(() => clients[1].doc.getMap('cards').has('one'), 'the edit to reach the other client');

    const response = await get('/metrics', METRICS_TOKEN);
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

describe('metrics without METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('are not served at all: /metrics answers 404, whatever the request carries', async () => {
    for (const headers of [{}, { authorization: 'Bearer anything-at-all-here' }] as Record<string, string>[]) {
      const response = await fetch(`${server.server.url}/metrics`, { headers });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('plano_');
    }
    expect(await (await fetch(`${server.server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
