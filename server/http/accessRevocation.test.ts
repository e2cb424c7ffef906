import { encode } from '@auth/core/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SESSION_COOKIE } from '../auth/readSession';
import { endSession, startSession } from '../db/authSessions';
import { removeMember } from '../db/members';
import { addParticipant, removeParticipant } from '../db/participants';
import { recordLink, revokeLink } from '../db/shareLinks';
import { createUser } from '../db/users';
import { addMember } from '../db/workshops';
import { PARTICIPANT_COOKIE } from '../auth/participantAuth';
import { connectStockClient, nextCloseCode, startTestServer, type StockClient, type TestServer } from '../testing/testServer';
import { CloseCode } from '../rooms/closeCodes';

/** A websocket with a browser's cookie, open and synced far enough to be a peer; resolves its close code and when it came. */
function openWithCookie(url: string, cookie: string): Promise<{ closed: Promise<{ code: number; at: number }> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { cookie } });
    const closed = new Promise<{ code: number; at: number }>((done) => ws.on('close', (code) => done({ code, at: Date.now() })));
    ws.on('message', () => resolve({ closed }));
    ws.on('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
  });
}

describe('access taken back while a connection is open', () => {
  let t: TestServer;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await t.close();
  });

  const boardName = () => t.workshop.docs[0].name;

  async function linkToken(role: 'participant' | 'observer' = 'observer') {
    const { sql, tokens } = t.server.runtime;
    const link = await recordLink(sql, { workshopId: t.workshop.id, kind: 'board', role, docName: boardName(), createdBy: t.facilitatorId, ttlSeconds: 3600 });
    const token = await tokens.sign({ principal: { userId: `link-${link.id}`, workshopId: t.workshop.id, role, groupId: null }, docName: boardName(), linkId: link.id }, 3600);
    return { link, token };
  }

  it('cuts a board link’s connection within 5 s of the link being revoked, even by another instance, and the link opens nothing after', async () => {
    const { link, token } = await linkToken();
    const client = connectStockClient(t.wsBase, boardName(), token);
    clients.push(client);
    await client.synced;
    const closed = nextCloseCode(client);
    // Revoked in the database only, as another instance would: this instance notices by itself.
    const revokedAt = Date.now();
    await revokeLink(t.server.runtime.sql, t.workshop.id, link.id);
    expect(await closed).toBe(CloseCode.accessRevoked);
    expect(Date.now() - revokedAt).toBeLessThan(5000);

    const again = connectStockClient(t.wsBase, boardName(), token);
    clients.push(again);
    expect(await nextCloseCode(again)).not.toBe(0);
    expect(again.provider.synced).toBe(false);
  });

  it('leaves other links’ and the CLI’s connections alone', async () => {
    const kept = await linkToken();
    const revoked = await linkToken();
    const keptClient = connectStockClient(t.wsBase, boardName(), kept.token);
    const cliClient = connectStockClient(t.wsBase, boardName(), await t.tokenFor(boardName(), 'observer'));
    const revokedClient = connectStockClient(t.wsBase, boardName(), revoked.token);
    clients.push(keptClient, cliClient, revokedClient);
    await Promise.all([keptClient.synced, cliClient.synced, revokedClient.synced]);
    const closed = nextCloseCode(revokedClient);
    await revokeLink(t.server.runtime.sql, t.workshop.id, revoked.link.id);
    await t.server.runtime.revalidateConnections();
    expect(await closed).toBe(CloseCode.accessRevoked);
    // An edit made after the sweep still reaches both: they are open.
    const writer = connectStockClient(t.wsBase, boardName(), await t.tokenFor(boardName(), 'facilitator'));
    clients.push(writer);
    await writer.synced;
    writer.doc.getMap('probe').set('after-sweep', true);
    await expect.poll(() => keptClient.doc.getMap('probe').get('after-sweep') && cliClient.doc.getMap('probe').get('after-sweep'), { timeout: 5000 }).toBe(true);
  });

  it('cuts a facilitator’s connection within 5 s of signing out elsewhere, or of being removed from the workshop', async () => {
    const { sql, authSecret } = t.server.runtime;
    const cookieFor = async (userId: string, sid: string) => `${SESSION_COOKIE}=${await encode({ token: { sub: userId, sid }, secret: authSecret, salt: SESSION_COOKIE })}`;
    const signedOut = await startSession(sql, t.facilitatorId);
    const open = await openWithCookie(`${t.wsBase}/${boardName()}`, await cookieFor(t.facilitatorId, signedOut));
    const endedAt = Date.now();
    await endSession(sql, signedOut);
    const closed = await open.closed;
    expect(closed.code).toBe(CloseCode.accessRevoked);
    expect(closed.at - endedAt).toBeLessThan(5000);

    const partner = await createUser(sql, { email: 'pendamping@uji.local', name: 'Pendamping', password: 'rahasia-pendamping' });
    await addMember(sql, t.workshop.id, partner.id, 'facilitator');
    const partnerOpen = await openWithCookie(`${t.wsBase}/${boardName()}`, await cookieFor(partner.id, await startSession(sql, partner.id)));
    const removedAt = Date.now();
    await removeMember(sql, t.workshop.id, partner.id);
    const partnerClosed = await partnerOpen.closed;
    expect(partnerClosed.code).toBe(CloseCode.accessRevoked);
    expect(partnerClosed.at - removedAt).toBeLessThan(5000);
  });

  it('cuts a participant removed on another instance within 5 s', async () => {
    const { sql, participantAuth } = t.server.runtime;
    const person = await addParticipant(sql, t.workshop.id, { name: 'Ibu Tamu', role: 'participant' });
    const session = await participantAuth.sessions.sign({ pid: person.id, wid: t.workshop.id }, 600);
    const open = await openWithCookie(`${t.wsBase}/${boardName()}`, `${PARTICIPANT_COOKIE}=${session}`);
    const removedAt = Date.now();
    await removeParticipant(sql, t.workshop.id, person.id);
    const closed = await open.closed;
    expect(closed.code).toBe(CloseCode.accessRevoked);
    expect(closed.at - removedAt).toBeLessThan(5000);
  });
});
