/**
 * Decides whether a websocket may open a document, and with which rights. Roles are then checked
 * on every message through `can()`, not only here.
 */
import { can } from '@/lib/auth/capabilities';
import { principalForDoc, type PrincipalDeps } from '../auth/principals';
import { parseCookieHeader } from '../auth/readSession';
import { getDoc } from '../db/workshops';
import { accessInfo } from './docAccess';
import type { DocAccessCache } from './docAccessCache';
import type { AuthorizeConnection } from './yjsUpgrade';


export function createConnectionAuthorizer(deps: PrincipalDeps & { docAccess: DocAccessCache }): AuthorizeConnection {
  return async ({ docName, token, cookieHeader }) => {
    const doc = await getDoc(deps.sql, docName);
    // Without credentials, say 401 whether or not the doc exists: names are not probed for free.
    const found = doc ? await principalForDoc(deps, doc, token, parseCookieHeader(cookieHeader)) : null;
    if (!doc || !found) {
      return token || cookieHeader ? { ok: false, status: 403, reason: 'no access to this document' } : { ok: false, status: 401, reason: 'sign in or present a token' };
    }
    if ('refused' in found) {
      return found.refused === 'no-credentials'
        ? { ok: false, status: 401, reason: 'sign in or present a token' }
        : { ok: false, status: 403, reason: found.refused === 'bad-token' ? 'invalid or expired token' : 'not a member of this workshop' };
    }
    const { principal, displayName } = found;
    const access = accessInfo(doc);
    if (!can(principal, 'read', access)) return { ok: false, status: 403, reason: 'not a member of this workshop' };
    deps.docAccess.set(docName, access);
    return {
      ok: true,
      identity: { userId: principal.userId, name: displayName ?? '', role: principal.role },
      label: `${principal.role}:${principal.userId}`,
      // Asked on every update: a lock or an opened plenary applies to open connections at once.
      mayWrite: () => can(principal, 'write', deps.docAccess.current(docName, access)),
      mayConfigure: () => can(principal, 'configure', access),
    };
  };
}
