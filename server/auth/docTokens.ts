/**
 * Signed, expiring, doc-scoped tokens for clients without a browser session (tablets joining by
 * link, scripts, tests). The token names one document, one workshop and one role.
 */
import { hkdfSync } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { ROLES, type Principal } from '@/lib/auth/capabilities';

const ISSUER = 'plano';
const AUDIENCE = 'plano-doc';

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(100),
  wid: z.string().min(1).max(100),
  doc: z.string().min(1).max(100),
  role: z.enum(ROLES),
  grp: z.string().max(100).nullable().optional(),
  name: z.string().max(100).optional(),
});

export interface DocTokenGrant {
  principal: Principal;
  docName: string;
  displayName?: string;
}

export interface DocTokens {
  sign(grant: DocTokenGrant, ttlSeconds: number): Promise<string>;
  /** The grant, or null when the token is forged, expired, malformed or for another document. */
  verify(token: string, docName: string): Promise<DocTokenGrant | null>;
}

export function createDocTokens(authSecret: string): DocTokens {
  // A key of its own, so a doc token can never pass as a session and the other way round.
  const key = new Uint8Array(hkdfSync('sha256', authSecret, 'plano', 'plano doc token v1', 32));
  return {
    async sign({ principal, docName, displayName }, ttlSeconds) {
      return new SignJWT({ wid: principal.workshopId, doc: docName, role: principal.role, grp: principal.groupId, name: displayName })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(principal.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(key);
    },
    async verify(token, docName) {
      if (token.length > 4096) return null;
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
        const claims = ClaimsSchema.safeParse(payload);
        if (!claims.success || claims.data.doc !== docName) return null;
        const { sub, wid, role, grp, name } = claims.data;
        return { principal: { userId: sub, workshopId: wid, role, groupId: grp ?? null }, docName, displayName: name };
      } catch {
        // jose throws for every invalid token (bad signature, expired, garbage); all mean "no access".
        return null;
      }
    },
  };
}
