/**
 * Decides whether a websocket may open a document, and with which rights. Roles are then checked
 * on every message through `can()`, not only here.
 */
import { can } from '@/lib/auth/capabilities';
import { principalForDoc, type PrincipalDeps } from '../auth/principals';
import { parseCookieHeader } from '../auth/readSession';
import { boardOfPersonalDoc, isPersonalDocOf } from '@/lib/board/personalDoc';
import { registerPersonalDoc } from '../db/personalDocs';
import { getDoc } from '../db/workshops';
import { accessInfo } from './docAccess';
import type { DocAccessCache } from './docAccessCache';
import type { AuthorizeConnection } from './yjsUpgrade';


export function createConnectionAuthorizer(deps: PrincipalDeps & { docAccess: DocAccessCache }): AuthorizeConnection {
  return async ({ docName, token, cookieHeader }) => {
    // A private space (lib/board/personalDoc.ts) is opened with its board's rights, by its owner only.
    const ownDoc = await getDoc(deps.sql, docName);
    const board = ownDoc ? null : boardOfPersonalDoc(docName);
    const boardDoc = board ? await getDoc(deps.sql, board) : null;
    const doc = ownDoc ?? (boardDoc && boardDoc.kind !== 'worksheet' ? boardDoc : null);
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
    const privateSpace = doc.name !== docName;
    if (privateSpace) {
      if (!isPersonalDocOf(docName, doc.name, principal.userId)) return { ok: false, status: 403, reason: 'another person’s private space' };
      await registerPersonalDoc(deps.sql, docName, doc.name, principal.userId);
    }
    deps.docAccess.set(doc.name, access);
    return {
      ok: true,
      grant: found.grant,
      identity: { userId: principal.userId, name: displayName ?? '', role: principal.role },
      label: `${principal.role}:${principal.userId}`,
      // Asked on every update: a lock or an opened plenary applies to open connections at once.
      mayWrite: () => can(principal, 'write', deps.docAccess.current(doc.name, access)),
      // Nothing in a private space is a setting.
      mayConfigure: () => !privateSpace && can(principal, 'configure', access),
    };
  };
}
