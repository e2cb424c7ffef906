import 'server-only';
import { randomBytes } from 'node:crypto';
import { can, type Role } from '@/lib/auth/capabilities';
import type { SessionIdentity } from '../auth/readSession';
import { accessInfo } from '../http/docAccess';
import { getDoc, getMemberRole } from '../db/workshops';
import { getRuntime } from '../runtime';

export type BoardLinkResult = { ok: true; path: string; expiresAt: string } | { ok: false; status: 403 | 404; error: string };

/**
 * A link that opens one board for one role, for a tablet or a remote participant without an
 * account. Only a facilitator of the board's workshop may make one (checked here, not in the UI).
 */
export async function createBoardLink(
  user: SessionIdentity,
  docName: string,
  request: { role: Role; name?: string; groupId?: string | null; ttlSeconds: number },
): Promise<BoardLinkResult> {
  const { sql, tokens } = getRuntime();
  const doc = await getDoc(sql, docName);
  if (!doc) return { ok: false, status: 404, error: 'no such board' };
  const role = await getMemberRole(sql, doc.workshopId, user.userId);
  if (!role || !can({ userId: user.userId, workshopId: doc.workshopId, role, groupId: null }, 'share', accessInfo(doc))) {
    return { ok: false, status: 403, error: 'only a facilitator of this workshop can share it' };
  }
  // Each link is its own guest identity, so two tablets show up as two people.
  const guestId = `guest-${randomBytes(6).toString('base64url')}`;
  const token = await tokens.sign(
    { principal: { userId: guestId, workshopId: doc.workshopId, role: request.role, groupId: request.groupId ?? null }, docName, displayName: request.name },
    request.ttlSeconds,
  );
  return { ok: true, path: `/board/${docName}?token=${encodeURIComponent(token)}`, expiresAt: new Date(Date.now() + request.ttlSeconds * 1000).toISOString() };
}
