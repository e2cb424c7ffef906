import { encode } from '@auth/core/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SESSION_COOKIE } from '../auth/readSession';
import { endSession, startSession } from '../db/authSessions';
import { createUser } from '../db/users';
import { startTestServer, type TestServer } from '../testing/testServer';

function upgradeWithCookie(url: string, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: { cookie } });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => undefined);
  });
}

describe('a browser session cookie at the websocket door', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  /** The cookie a sign-in leaves: the user and their session row. */
  const sessionCookie = async (userId: string, secret = t.server.runtime.authSecret, sessionId?: string) => {
    const sid = sessionId ?? (await startSession(t.server.runtime.sql, userId));
    return `${SESSION_COOKIE}=${await encode({ token: { sub: userId, sid, name: 'Uji' }, secret, salt: SESSION_COOKIE })}`;
  };

  it('opens the board for a signed-in facilitator of the workshop, with no token', async () => {
    const doc = t.workshop.docs[0].name;
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, await sessionCookie(t.facilitatorId))).toBe(101);
  });

  it('refuses a signed-in user who is not a member of the workshop with 403', async () => {
    const stranger = await createUser(t.server.runtime.sql, { email: 'orang-lain@uji.local', name: 'Orang Lain', password: 'rahasia-lain-1' });
    const doc = t.workshop.docs[0].name;
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, await sessionCookie(stranger.id))).toBe(403);
  });

  it('refuses a copy of the cookie once that session has ended (signed out), with 401', async () => {
    const doc = t.workshop.docs[0].name;
    const sessionId = await startSession(t.server.runtime.sql, t.facilitatorId);
    const copied = await sessionCookie(t.facilitatorId, undefined, sessionId);
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, copied)).toBe(101);
    await endSession(t.server.runtime.sql, sessionId);
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, copied)).toBe(401);
  });

  it('refuses a cookie that names no session (as made before sessions were kept) or another user’s session', async () => {
    const doc = t.workshop.docs[0].name;
    const withoutSession = `${SESSION_COOKIE}=${await encode({ token: { sub: t.facilitatorId, name: 'Uji' }, secret: t.server.runtime.authSecret, salt: SESSION_COOKIE })}`;
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, withoutSession)).toBe(401);
    const stranger = await createUser(t.server.runtime.sql, { email: 'orang-ketiga@uji.local', name: 'Orang Ketiga', password: 'rahasia-lain-3' });
    const strangersSession = await startSession(t.server.runtime.sql, stranger.id);
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, await sessionCookie(t.facilitatorId, undefined, strangersSession))).toBe(401);
  });

  it('refuses a session signed with another secret with 401', async () => {
    const doc = t.workshop.docs[0].name;
    expect(await upgradeWithCookie(`${t.wsBase}/${doc}`, await sessionCookie(t.facilitatorId, 'another-secret-another-secret-another'))).toBe(401);
  });
});
