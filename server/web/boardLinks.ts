import 'server-only';
import { can, type Role } from '@/lib/auth/capabilities';
import type { SessionIdentity } from '../auth/readSession';
import { accessInfo } from '../http/docAccess';
import { recordLink } from '../db/shareLinks';
import { getDoc, getMemberRole } from '../db/workshops';
import { getRuntime } from '../runtime';

export type BoardLinkResult = { ok: true; path: string; expiresAt: string } | { ok: false; status: 403 | 404; error: string };

/**
 * A link that opens one board for one role, for a tablet or a remote participant without an
 * account. Only a facilitator of the board's workshop may make one (checked here, not in the UI).
 * The link is recorded (server/db/shareLinks.ts) so the facilitator can list and revoke it.
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
  const link = await recordLink(sql, {
    workshopId: doc.workshopId,
    kind: 'board',
    role: request.role,
    docName,
    groupId: request.groupId ?? null,
    label: request.name ?? null,
    createdBy: user.userId,
    ttlSeconds: request.ttlSeconds,
  });
  // Each link is its own guest identity, so two tablets show up as two people; revoking the
  // link closes that identity's connections (linkSubject).
  const token = await tokens.sign(
    { principal: { userId: linkSubject(link.id), workshopId: doc.workshopId, role: request.role, groupId: request.groupId ?? null }, docName, displayName: request.name, linkId: link.id },
    request.ttlSeconds,
  );
  return { ok: true, path: `/board/${docName}?token=${encodeURIComponent(token)}`, expiresAt: link.expiresAt.toISOString() };
}

/** The identity of whoever opens a board link: one per link. */
export function linkSubject(linkId: string): string {
  return `link-${linkId}`;
}
