import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { colorForUser } from '@/lib/board/userColor';
import { describePostgres } from '../db/testBackends';

/** Opens a raw websocket and reports the HTTP status of a refused upgrade, or 101. */
function upgradeStatus(url: string, headers: Record<string, string> = {}, protocols: string[] = []): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols, { headers });
    let bytes = 0;
    ws.on('message', (data: Buffer) => (bytes += data.byteLength));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, bytes });
      ws.terminate();
    });
    ws.on('open', () => setTimeout(() => { resolve({ status: 101, bytes }); ws.close(); }, 100));
    ws.on('error', (error) => {
      if (!String(error).includes('Unexpected server response')) reject(error);
    });
  });
}

function liveSyncSuite(name: string, options: () => Promise<Parameters<typeof startTestServer>[0]>) {
  describe(name, () => {
    let t: TestServer;
    const clients: StockClient[] = [];
    const client = async (docName: string, token: string | null) => {
      const c = connectStockClient(t.wsBase, docName, token);
      clients.push(c);
      return c;
    };
    beforeAll(async () => {
      t = await startTestServer(await options());
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await t.close();
    });

    const boardOf = () => t.workshop.docs.find((d) => d.kind === 'board')!.name;
    const plenaryOf = () => t.workshop.docs.find((d) => d.kind === 'plenary')!.name;

    it('lets two stock y-websocket clients edit one board and converge', async () => {
      const doc = boardOf();
      const a = await client(doc, await t.tokenFor(doc, 'facilitator'));
      const b = await client(doc, await t.tokenFor(doc, 'facilitator'));
      await Promise.all([a.synced, b.synced]);
      a.doc.getMap('cards').set('a1', 'Air keruh di musim hujan');
      b.doc.getMap('cards').set('b1', 'Antrian panjang di loket');
      b.doc.getArray('order').push(['b1', 'a1']);
      await waitFor(() => a.doc.getMap('cards').size === 2 && b.doc.getMap('cards').size === 2 && a.doc.getArray('order').length === 2, 'both clients to hold both cards');
      expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
      expect(a.doc.getMap('cards').toJSON()).toEqual(b.doc.getMap('cards').toJSON());
    });

    it('serves a late joiner everything written before it connected', async () => {
      const doc = plenaryOf();
      const writer = await client(doc, await t.tokenFor(doc, 'facilitator'));
      await writer.synced;
      for (let i = 0; i < 50; i++) writer.doc.getMap('cards').set(`c${i}`, `kartu ${i}`);
      const watcher = await client(doc, await t.tokenFor(doc, 'observer'));
      await waitFor(() => watcher.doc.getMap('cards').size === 50, 'the late joiner to see 50 cards');
    });

    it('refuses an upgrade without credentials with 401 before sending any document byte', async () => {
      expect(await upgradeStatus(`${t.wsBase}/${boardOf()}`)).toEqual({ status: 401, bytes: 0 });
    });

    it('refuses a forged, foreign or expired token with 403', async () => {
      const doc = boardOf();
      const good = await t.tokenFor(doc, 'facilitator');
      const forged = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expect((await upgradeStatus(`${t.wsBase}/${doc}?token=${forged}`)).status).toBe(403);
      const otherDoc = plenaryOf();
      expect((await upgradeStatus(`${t.wsBase}/${doc}?token=${await t.tokenFor(otherDoc, 'facilitator')}`)).status).toBe(403);
      expect((await upgradeStatus(`${t.wsBase}/${doc}?token=${await t.tokenFor(doc, 'facilitator', null, 'another-workshop')}`)).status).toBe(403);
      const expired = await t.server.runtime.tokens.sign({ principal: { userId: 'u', workshopId: t.workshop.id, role: 'facilitator', groupId: null }, docName: doc }, -10);
      expect((await upgradeStatus(`${t.wsBase}/${doc}?token=${expired}`)).status).toBe(403);
      expect((await upgradeStatus(`${t.wsBase}/${doc}?token=not-a-token`)).status).toBe(403);
    });

    it('refuses a forged session cookie and an unknown or malformed document name', async () => {
      expect((await upgradeStatus(`${t.wsBase}/${boardOf()}`, { cookie: 'authjs.session-token=eyJhbGciOiJkaXIi.forged' })).status).toBe(401);
      expect((await upgradeStatus(`${t.wsBase}/bad%20name%2F..%2Fpasswd`)).status).toBe(404);
      expect((await upgradeStatus(`${t.wsBase}/short`)).status).toBe(404);
      expect((await upgradeStatus(`${t.wsBase}/NoSuchDocument12345?token=x`)).status).toBe(403);
    });

    it('accepts a token sent in the Sec-WebSocket-Protocol header', async () => {
      const doc = boardOf();
      const token = await t.tokenFor(doc, 'observer');
      expect((await upgradeStatus(`${t.wsBase}/${doc}`, {}, ['plano.token', token])).status).toBe(101);
    });

    it('neither relays nor stores what an observer writes', async () => {
      const doc = plenaryOf();
      const facilitator = await client(doc, await t.tokenFor(doc, 'facilitator'));
      const observer = await client(doc, await t.tokenFor(doc, 'observer'));
      await Promise.all([facilitator.synced, observer.synced]);
      observer.doc.getMap('cards').set('sneaky', 'tidak boleh');
      facilitator.doc.getMap('cards').set('honest', 'boleh');
      await waitFor(() => observer.doc.getMap('cards').has('honest'), 'the observer to receive the facilitator card');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(facilitator.doc.getMap('cards').has('sneaky')).toBe(false);
      const fresh = await client(doc, await t.tokenFor(doc, 'facilitator'));
      await fresh.synced;
      expect(fresh.doc.getMap('cards').has('honest')).toBe(true);
      expect(fresh.doc.getMap('cards').has('sneaky')).toBe(false);
    });

    it('lets a participant write its own group board but not the closed plenary', async () => {
      const plenary = plenaryOf();
      const participant = await client(plenary, await t.tokenFor(plenary, 'participant', 'kelompok-1'));
      const facilitator = await client(plenary, await t.tokenFor(plenary, 'facilitator'));
      await Promise.all([participant.synced, facilitator.synced]);
      participant.doc.getMap('cards').set('p', 1);
      facilitator.doc.getMap('cards').set('f', 1);
      await waitFor(() => participant.doc.getMap('cards').has('f'), 'the participant to see the facilitator card');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(facilitator.doc.getMap('cards').has('p')).toBe(false);
    });

    it('relays presence (awareness) between clients, with the name and colour of the sign-in', async () => {
      const doc = boardOf();
      const asSari = await t.server.runtime.tokens.sign({ principal: { userId: 'sari', workshopId: t.workshop.id, role: 'participant', groupId: null }, docName: doc, displayName: 'Bu Sari' }, 3600);
      const a = await client(doc, asSari);
      const b = await client(doc, await t.tokenFor(doc, 'observer'));
      await Promise.all([a.synced, b.synced]);
      a.provider.awareness.setLocalStateField('user', { name: 'Nama Lain', color: '#000000' });
      await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => (s as { user?: { name?: string } }).user?.name === 'Bu Sari'), 'b to see a’s presence');
      const seen = [...b.provider.awareness.getStates().values()].find((s) => (s as { user?: { name?: string } }).user?.name === 'Bu Sari') as { user: { id: string; color: string } };
      expect(seen.user).toEqual({ id: 'sari', name: 'Bu Sari', color: colorForUser('sari') });
    });
  });
}

liveSyncSuite('live sync on the embedded database', async () => ({}));

describePostgres('live sync on PostgreSQL', (scratch) => {
  liveSyncSuite('server', async () => ({ databaseUrl: await scratch.create() }));
});
