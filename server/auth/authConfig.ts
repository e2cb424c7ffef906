/**
 * Auth.js (@auth/core) configuration: facilitators sign in with email and password; sessions are
 * signed, encrypted JWT cookies; Auth.js handles CSRF for the sign-in form.
 */
import type { AuthConfig } from '@auth/core';
import Credentials from '@auth/core/providers/credentials';
import { z } from 'zod';
import { sameOriginPath } from '@/lib/web/sameOriginPath';
import { clientAddressFromHeaders } from '../http/clientAddress';
import type { AttemptLimiter } from './attemptLimiter';

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

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function createAuthConfig(secret: string, verifyCredentials: VerifyCredentials, failedSignIns: AttemptLimiter): AuthConfig {
  return {
    secret,
    trustHost: true,
    basePath: '/api/auth',
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const address = clientAddressFromHeaders(request.headers);
          // The route answers a waiting address before Auth.js runs (refuseWaitingSignIn); this
          // only covers attempts already under way when the limit was reached, without hashing.
          if (failedSignIns.blockedFor(address) !== null) return null;
          const parsed = CredentialsSchema.safeParse(raw);
          const user = parsed.success ? await verifyCredentials(parsed.data.email, parsed.data.password) : null;
          if (!user) failedSignIns.recordFailure(address);
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
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub && session.user) session.user.id = token.sub;
        return session;
      },
    },
  };
}
