/**
 * Signed, expiring, doc-scoped tokens for clients without a browser session (tablets opened by
 * link, scripts, tests). The token names one document, one workshop and one role.
 */
import { z } from 'zod';
import { ROLES, type Principal } from '@/lib/auth/capabilities';
import { createClaimsSigner } from './signedClaims';

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
  const signer = createClaimsSigner(authSecret, 'doc token v1', ClaimsSchema);
  return {
    sign: ({ principal, docName, displayName }, ttlSeconds) =>
      signer.sign({ sub: principal.userId, wid: principal.workshopId, doc: docName, role: principal.role, grp: principal.groupId, name: displayName }, ttlSeconds),
    async verify(token, docName) {
      const claims = await signer.verify(token);
      if (!claims || claims.doc !== docName) return null;
      const { sub, wid, role, grp, name } = claims;
      return { principal: { userId: sub, workshopId: wid, role, groupId: grp ?? null }, docName, displayName: name };
    },
  };
}
