/**
 * Signed, expiring, doc-scoped tokens for clients without a browser session (tablets opened by
 * link, scripts, tests). The token names one document, one workshop and one role, and, when a
 * facilitator made it as a board link, the link's row (server/db/shareLinks.ts), which can be
 * revoked. Tokens from the CLI name no row: they live only as long as their short expiry.
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
  lid: z.string().min(1).max(64).optional(),
});

export interface DocTokenGrant {
  principal: Principal;
  docName: string;
  displayName?: string;
  /** The board link this token is (revocable); absent for CLI tokens. */
  linkId?: string;
}

export interface DocTokens {
  sign(grant: DocTokenGrant, ttlSeconds: number): Promise<string>;
  /** The grant, or null when the token is forged, expired, malformed or for another document. */
  verify(token: string, docName: string): Promise<DocTokenGrant | null>;
}

export function createDocTokens(authSecret: string): DocTokens {
  const signer = createClaimsSigner(authSecret, 'doc token v1', ClaimsSchema);
  return {
    sign: ({ principal, docName, displayName, linkId }, ttlSeconds) =>
      signer.sign({ sub: principal.userId, wid: principal.workshopId, doc: docName, role: principal.role, grp: principal.groupId, name: displayName, lid: linkId }, ttlSeconds),
    async verify(token, docName) {
      const claims = await signer.verify(token);
      if (!claims || claims.doc !== docName) return null;
      const { sub, wid, role, grp, name, lid } = claims;
      return { principal: { userId: sub, workshopId: wid, role, groupId: grp ?? null }, docName, displayName: name, linkId: lid };
    },
  };
}
