import 'server-only';
import { encode } from '@auth/core/jwt';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../auth/readSession';
import { endSessionsOf, SESSION_LIFETIME, startSession } from '../db/authSessions';
import { passwordMatches, setPassword } from '../db/users';
import type { SessionIdentity } from '../auth/readSession';
import { getRuntime } from '../runtime';

/** The session cookie the device gets in place of its old one. */
export interface SessionCookie {
  name: string;
  value: string;
  maxAgeSeconds: number;
  secure: boolean;
}

export type PasswordChange = { ok: true; cookie: SessionCookie } | { ok: false; error: 'wrong-password' | 'invalid-password'; message?: string } | { ok: false; error: 'too-many-attempts'; retryAfterSeconds: number };

/**
 * The signed-in facilitator sets a new password. Every session of the account ends at once, this
 * one included, and this device gets a new session: a cookie copied off any device, this one
 * too, stops working. Wrong current passwords count like wrong sign-ins for the account
 * (server/auth/signInGuard.ts).
 */
export async function changeOwnPassword(user: SessionIdentity, origin: string, clientAddress: string, currentPassword: string, newPassword: string): Promise<PasswordChange> {
  const { sql, signIns, authSecret } = getRuntime();
  const attempt = { address: clientAddress, email: user.email ?? user.userId, deviceId: null };
  const wait = signIns.waitFor(attempt);
  if (wait !== null) return { ok: false, error: 'too-many-attempts', retryAfterSeconds: wait };
  if (!(await passwordMatches(sql, user.userId, currentPassword))) {
    signIns.recordWrong(attempt);
    return { ok: false, error: 'wrong-password' };
  }
  try {
    await setPassword(sql, user.userId, newPassword);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invalid ')) return { ok: false, error: 'invalid-password', message: error.message };
    throw error;
  }
  await endSessionsOf(sql, user.userId);
  // The same claims Auth.js writes at sign-in, under a new session row.
  const secure = origin.startsWith('https:');
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const token = { sub: user.userId, sid: await startSession(sql, user.userId), name: user.name, email: user.email };
  const value = await encode({ token, secret: authSecret, salt: name, maxAge: SESSION_LIFETIME.maxSeconds });
  return { ok: true, cookie: { name, value, maxAgeSeconds: SESSION_LIFETIME.maxSeconds, secure } };
}
