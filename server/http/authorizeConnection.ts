/**
 * Decides whether a websocket may open a document, and with which rights: a doc-scoped token, or
 * a browser session whose user is a member of the document's workshop. Roles are then checked on
 * every message through `can()`, not only here.
 */
import { can, type DocAccessInfo, type Principal } from '@/lib/auth/capabilities';
import type { DocTokens } from '../auth/docTokens';
import { parseCookieHeader, readSession } from '../auth/readSession';
import type { Sql } from '../db/Sql';
import { getDoc, getMemberRole, type DocRecord } from '../db/workshops';
import type { AuthorizeConnection } from './yjsUpgrade';

export function createConnectionAuthorizer(deps: { sql: Sql; tokens: DocTokens; authSecret: string }): AuthorizeConnection {
  const { sql, tokens, authSecret } = deps;
  return async ({ docName, token, cookieHeader }) => {
    const principal = await principalFor(docName, token, cookieHeader);
    if (principal === 'bad-token') return { ok: false, status: 403, reason: 'invalid or expired token' };
    if (!principal) return { ok: false, status: 401, reason: 'sign in or present a token' };
    const doc = await getDoc(sql, docName);
    if (!doc) return { ok: false, status: 404, reason: 'no such document' };
    const access = accessInfo(doc);
    if (!can(principal, 'read', access)) return { ok: false, status: 403, reason: 'not a member of this workshop' };
    return {
      ok: true,
      label: `${principal.role}:${principal.userId}`,
      mayWrite: () => can(principal, 'write', access),
    };
  };

  async function principalFor(docName: string, token: string | null, cookieHeader: string | undefined): Promise<Principal | 'bad-token' | null> {
    if (token) {
      const grant = await tokens.verify(token, docName);
      return grant ? grant.principal : 'bad-token';
    }
    const session = await readSession(parseCookieHeader(cookieHeader), authSecret);
    if (!session) return null;
    const doc = await getDoc(sql, docName);
    if (!doc) return null;
    const role = await getMemberRole(sql, doc.workshopId, session.userId);
    // A signed-in user who is not a member gets a principal that `can()` refuses (403, not 401).
    return { userId: session.userId, workshopId: role ? doc.workshopId : '', role: role ?? 'observer', groupId: null };
  }
}

export function accessInfo(doc: DocRecord): DocAccessInfo {
  return {
    workshopId: doc.workshopId,
    kind: doc.kind,
    groupId: doc.groupId,
    openForParticipants: doc.openForParticipants,
    locked: doc.locked,
  };
}
