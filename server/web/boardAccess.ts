import 'server-only';
import { can, type Principal } from '@/lib/auth/capabilities';
import { accessInfo } from '../http/authorizeConnection';
import { getDoc, getMemberRole, getWorkshop, listDocs, listWorkshopsForUser, type DocRecord } from '../db/workshops';
import { getRuntime } from '../runtime';
import type { SessionIdentity } from '../auth/readSession';

export interface BoardAccess {
  doc: DocRecord;
  principal: Principal;
  canWrite: boolean;
  displayName: string;
}

/**
 * Who may open a board page: a member with a session, or the holder of a token for this doc.
 * The websocket checks again on its own; this only decides what the page renders.
 */
export async function resolveBoardAccess(docName: string, session: SessionIdentity | null, token: string | null): Promise<BoardAccess | null> {
  const { sql, tokens } = getRuntime();
  const doc = await getDoc(sql, docName);
  if (!doc) return null;
  let principal: Principal | null = null;
  let displayName = session?.name ?? '';
  if (token) {
    const grant = await tokens.verify(token, docName);
    if (grant) {
      principal = grant.principal;
      displayName = grant.displayName ?? displayName;
    }
  } else if (session) {
    const role = await getMemberRole(sql, doc.workshopId, session.userId);
    if (role) principal = { userId: session.userId, workshopId: doc.workshopId, role, groupId: null };
  }
  if (!principal || !can(principal, 'read', accessInfo(doc))) return null;
  return { doc, principal, canWrite: can(principal, 'write', accessInfo(doc)), displayName };
}

export async function workshopsOf(userId: string) {
  return listWorkshopsForUser(getRuntime().sql, userId);
}

/** The workshop and its documents, only for a member. */
export async function workshopForMember(userId: string, workshopId: string) {
  const { sql } = getRuntime();
  const role = await getMemberRole(sql, workshopId, userId);
  if (!role) return null;
  const workshop = await getWorkshop(sql, workshopId);
  if (!workshop) return null;
  return { workshop, role, docs: await listDocs(sql, workshopId) };
}
