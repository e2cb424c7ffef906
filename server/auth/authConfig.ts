/**
 * Auth.js (@auth/core) configuration: facilitators sign in with email and password; sessions are
 * signed, encrypted JWT cookies that name a session row (server/db/authSessions.ts), so sign-out
 * ends the session on the server too; Auth.js handles CSRF for the sign-in form.
 */
import type { AuthConfig } from '@auth/core';
import Credentials from '@auth/core/providers/credentials';
import { z } from 'zod';
import { sameOriginPath } from '@/lib/web/sameOriginPath';
import { SESSION_LIFETIME } from '../db/authSessions';
import { clientAddressFromHeaders } from '../http/clientAddress';
import type { SignInGuard } from './signInGuard';
import type { TrustedDevices } from './trustedDevice';

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export type VerifyCredentials = (email: string, password: string) => Promise<SessionUser | null>;

/** Where sign-ins are kept: a row per sign-in, ended at sign-out. */
export interface SessionRows {
  start(userId: string): Promise<string>;
  end(sessionId: string): Promise<void>;
}

export interface AuthDeps {
  secret: string;
  verifyCredentials: VerifyCredentials;
  signIns: SignInGuard;
  devices: TrustedDevices;
  sessions: SessionRows;
}

export function createAuthConfig({ secret, verifyCredentials, signIns, devices, sessions }: AuthDeps): AuthConfig {
  return {
    secret,
    trustHost: true,
    basePath: '/api/auth',
    // The cookie lives as long as a session can; the row decides earlier ends (idle, sign-out).
    session: { strategy: 'jwt', maxAge: SESSION_LIFETIME.maxSeconds },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const email = typeof raw.email === 'string' ? raw.email : '';
          const attempt = { address: clientAddressFromHeaders(request.headers), email, deviceId: await devices.deviceFor(request.headers.get('cookie'), email) };
          // The route answers a waiting attempt before Auth.js runs (refuseWaitingSignIn); this
          // only covers attempts already under way when the wait began, without hashing.
          if (signIns.waitFor(attempt) !== null) return null;
          const parsed = CredentialsSchema.safeParse(raw);
          const user = parsed.success ? await verifyCredentials(parsed.data.email, parsed.data.password) : null;
          if (!user) signIns.recordWrong(attempt);
          return user;
        },
      }),
    ],
    callbacks: {
      // Only ever back to a path on this site, checked like every other redirect target.
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
        return `${baseUrl}${sameOriginPath(path)}`;
      },
      async jwt({ token, user }) {
        // `user` is there only at sign-in: that is when the session row is made.
        if (user?.id) {
          token.sub = user.id;
          token.sid = await sessions.start(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub && session.user) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const sessionId = 'token' in message ? message.token?.sid : undefined;
        if (typeof sessionId === 'string') await sessions.end(sessionId);
      },
    },
  };
}
