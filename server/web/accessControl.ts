import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import type { BilingualText } from '@/lib/i18n/bilingual';
import { participantSubject } from '../auth/principals';
import { listMembers, removeMember, type Member } from '../db/members';
import { listLiveLinks, revokeLink, type ShareLink } from '../db/shareLinks';
import { listDocs } from '../db/workshops';
import { CloseCode } from '../rooms/closeCodes';
import { getRuntime } from '../runtime';
import { linkSubject } from './boardLinks';
import { ForbiddenError } from './workshopAdmin';

/**
 * Taking access back: the workshop's live links with *Cabut* (revoke), and its facilitators with
 * *Keluarkan* (remove). Each revocation cuts the connections it opened here at once and, through
 * the access sweep (server/http/accessSweep.ts), on every other instance within seconds.
 */

function assertManager(actor: Principal, workshopId: string): void {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
}

export interface LinkView extends ShareLink {
  /** The board a board link opens. */
  boardTitle: BilingualText | null;
}

export async function liveLinksOf(actor: Principal, workshopId: string): Promise<LinkView[]> {
  assertManager(actor, workshopId);
  const { sql } = getRuntime();
  const [links, docs] = await Promise.all([listLiveLinks(sql, workshopId), listDocs(sql, workshopId)]);
  const titles = new Map(docs.map((doc) => [doc.name, doc.title]));
  return links.map((link) => ({ ...link, boardTitle: link.docName ? (titles.get(link.docName) ?? null) : null }));
}

/** Revokes a link; a revoked invite also removes whoever joined by it. */
export async function revokeShareLink(actor: Principal, workshopId: string, linkId: string): Promise<{ removedParticipants: number } | null> {
  assertManager(actor, workshopId);
  const { sql, registry } = getRuntime();
  const revoked = await revokeLink(sql, workshopId, linkId);
  if (!revoked) return null;
  await registry.closeConnectionsOf(linkSubject(linkId), CloseCode.accessRevoked, 'link revoked');
  for (const participantId of revoked.removedParticipants) await registry.closeConnectionsOf(participantSubject(participantId), CloseCode.accessRevoked, 'invite revoked');
  return { removedParticipants: revoked.removedParticipants.length };
}

export async function facilitatorsOf(actor: Principal, workshopId: string): Promise<Member[]> {
  assertManager(actor, workshopId);
  return listMembers(getRuntime().sql, workshopId);
}

/**
 * Removes a co-facilitator from the workshop: their open boards of it close now, their pages
 * refuse them from the next request. Not the workshop's creator, and not oneself (a workshop keeps
 * someone who runs it).
 */
export async function removeCoFacilitator(actor: Principal, workshopId: string, userId: string): Promise<boolean> {
  assertManager(actor, workshopId);
  const { sql, revalidateConnections } = getRuntime();
  const member = (await listMembers(sql, workshopId)).find((candidate) => candidate.userId === userId);
  if (!member) return false;
  if (member.isCreator || member.userId === actor.userId) throw new ForbiddenError();
  if (!(await removeMember(sql, workshopId, userId))) return false;
  await revalidateConnections();
  return true;
}
