/**
 * Reads the Auth.js session cookie directly (the websocket upgrade and server components need the
 * user without a round trip through the Auth.js handler). The cookie names a session row, and the
 * session counts only while that row is live (server/db/authSessions.ts): a cookie copied before
 * sign-out or a password change opens nothing.
 */
import { decode, type JWT } from '@auth/core/jwt';
import { touchSession } from '../db/authSessions';
import type { Sql } from '../db/Sql';

export const SESSION_COOKIE = 'authjs.session-token';
export const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';

export interface SessionIdentity {
  userId: string;
  /** The auth_sessions row this sign-in is. */
  sessionId: string;
  email: string | null;
  name: string | null;
}

/** Parses a Cookie header into name/value pairs, ignoring malformed parts. */
export function parseCookieHeader(header: string | undefined | null): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      // A cookie with broken percent-encoding is not ours; skip it.
      continue;
    }
  }
  return cookies;
}

export interface SessionDeps {
  authSecret: string;
  sql: Sql;
}

/**
 * The signed-in user from the session cookie(s), or null. Auth.js splits large cookies into
 * `name.0`, `name.1`, ...; they are joined back here.
 */
export async function readSession(cookies: Map<string, string>, deps: SessionDeps): Promise<SessionIdentity | null> {
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const token = joinChunks(cookies, name);
    if (!token) continue;
    let payload: JWT | null;
    try {
      payload = await decode({ token, secret: deps.authSecret, salt: name });
    } catch {
      // An expired, forged or garbled cookie means "not signed in", nothing more.
      continue;
    }
    const sessionId = typeof payload?.sid === 'string' ? payload.sid : null;
    if (!payload?.sub || !sessionId || !(await touchSession(deps.sql, sessionId, payload.sub))) continue;
    return { userId: payload.sub, sessionId, email: typeof payload.email === 'string' ? payload.email : null, name: typeof payload.name === 'string' ? payload.name : null };
  }
  return null;
}

function joinChunks(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length > 0 ? chunks.join('') : null;
}
