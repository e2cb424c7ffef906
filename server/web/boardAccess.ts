import 'server-only';
import { cookies } from 'next/headers';
import { can, type Principal } from '@/lib/auth/capabilities';
import { principalForDoc } from '../auth/principals';
import { accessInfo } from '../http/docAccess';
import { getDoc, getMemberRole, getWorkshop, listDocs, listWorkshopsForUser, type DocRecord } from '../db/workshops';
import { getRuntime } from '../runtime';

export interface BoardAccess {
  doc: DocRecord;
  principal: Principal;
  /** May write now. */
  canWrite: boolean;
  /** May write while the board is unlocked and not opened for participants (the page follows both live). */
  canWriteUnlocked: boolean;
  /** May write while the board is unlocked and opened for participants. */
  writesWhenOpen: boolean;
  /** Keeps writing while the board is locked. */
  writesWhenLocked: boolean;
  displayName: string;
}

/** The request's cookies as a map, the shape the auth helpers read. */
export async function requestCookies(): Promise<Map<string, string>> {
  const jar = await cookies();
  return new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value] as const));
}

/**
 * Who may open a board page: the holder of a token for it, a member with a session, or a
 * participant who joined the workshop. The websocket checks again on its own; this only decides
 * what the page renders.
 */
export async function resolveBoardAccess(docName: string, token: string | null): Promise<BoardAccess | null> {
  const runtime = getRuntime();
  const doc = await getDoc(runtime.sql, docName);
  if (!doc) return null;
  const found = await principalForDoc(runtime, doc, token, await requestCookies());
  if ('refused' in found) return null;
  const access = accessInfo(doc);
  if (!can(found.principal, 'read', access)) return null;
  return {
    doc,
    principal: found.principal,
    canWrite: can(found.principal, 'write', access),
    canWriteUnlocked: can(found.principal, 'write', { ...access, locked: false, openForParticipants: false }),
    writesWhenOpen: can(found.principal, 'write', { ...access, locked: false, openForParticipants: true }),
    writesWhenLocked: can(found.principal, 'write', { ...access, locked: true }),
    displayName: found.displayName ?? '',
  };
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
