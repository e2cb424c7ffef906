/**
 * Who is acting, from what a request carries: a doc token, a facilitator's Auth.js session, or a
 * participant's cookie. Roles and groups come from the database at the time of the request.
 */
import { can, type Principal } from '@/lib/auth/capabilities';
import { liveLink } from '../db/shareLinks';
import type { Sql } from '../db/Sql';
import { getParticipant, type Participant } from '../db/participants';
import { getMemberRole, type DocRecord } from '../db/workshops';
import { accessInfo } from '../http/docAccess';
import type { AccessGrant } from './accessGrant';
import type { DocTokens } from './docTokens';
import { PARTICIPANT_COOKIE, type ParticipantAuth } from './participantAuth';
import { readSession } from './readSession';

export interface PrincipalDeps {
  sql: Sql;
  tokens: DocTokens;
  participantAuth: ParticipantAuth;
  authSecret: string;
}

/** Participant principals are namespaced so they can never collide with account ids. */
export function participantSubject(participantId: string): string {
  return `p:${participantId}`;
}

export interface ResolvedParticipant {
  participant: Participant;
  principal: Principal;
}

/** The participant this device joined as, if they are still in the workshop. */
export async function participantFromCookies(deps: PrincipalDeps, cookies: Map<string, string>): Promise<ResolvedParticipant | null> {
  const token = cookies.get(PARTICIPANT_COOKIE);
  if (!token) return null;
  const claims = await deps.participantAuth.sessions.verify(token);
  if (!claims) return null;
  const participant = await getParticipant(deps.sql, claims.pid);
  if (!participant || participant.removed || participant.workshopId !== claims.wid) return null;
  return {
    participant,
    principal: { userId: participantSubject(participant.id), workshopId: participant.workshopId, role: participant.role, groupId: participant.groupId },
  };
}

/** A signed-in facilitator's principal in a workshop, or null when they are not a member. */
export async function memberPrincipal(deps: PrincipalDeps, cookies: Map<string, string>, workshopId: string): Promise<Principal | null> {
  const session = await readSession(cookies, deps);
  if (!session) return null;
  const role = await getMemberRole(deps.sql, workshopId, session.userId);
  return role ? { userId: session.userId, workshopId, role, groupId: null } : null;
}

/**
 * The status for a request that may not act as a member of a workshop: 403 for someone known (a
 * signed-in account, or a participant who joined by code), who would gain nothing by signing in
 * again; 401 for a request that carries no valid identity at all.
 */
export async function refusalStatus(deps: PrincipalDeps, cookies: Map<string, string>): Promise<401 | 403> {
  if (await readSession(cookies, deps)) return 403;
  if (await participantFromCookies(deps, cookies)) return 403;
  return 401;
}

export type DocPrincipal = { principal: Principal; displayName: string | null; grant: AccessGrant } | { refused: 'bad-token' | 'no-credentials' | 'not-a-member' };

/**
 * Who may open `doc`: a token for it (a board link only while the link is live); else a member's
 * session; else a participant's cookie for the doc's workshop. A presented token that does not
 * verify is refused outright. `grant` says what the access rests on, to check again later.
 */
export async function principalForDoc(deps: PrincipalDeps, doc: DocRecord, token: string | null, cookies: Map<string, string>): Promise<DocPrincipal> {
  if (token) {
    const verified = await deps.tokens.verify(token, doc.name);
    if (!verified) return { refused: 'bad-token' };
    if (!verified.linkId) return { principal: verified.principal, displayName: verified.displayName ?? null, grant: { kind: 'token' } };
    const link = await liveLink(deps.sql, verified.linkId);
    if (!link || link.kind !== 'board' || link.docName !== doc.name) return { refused: 'bad-token' };
    return { principal: verified.principal, displayName: verified.displayName ?? null, grant: { kind: 'link', linkId: link.id } };
  }
  const session = await readSession(cookies, deps);
  if (session) {
    const role = await getMemberRole(deps.sql, doc.workshopId, session.userId);
    if (role) {
      const grant: AccessGrant = { kind: 'member', userId: session.userId, workshopId: doc.workshopId, sessionId: session.sessionId };
      return { principal: { userId: session.userId, workshopId: doc.workshopId, role, groupId: null }, displayName: session.name, grant };
    }
  }
  const joined = await participantFromCookies(deps, cookies);
  if (joined && can(joined.principal, 'read', accessInfo(doc))) {
    return { principal: joined.principal, displayName: joined.participant.name, grant: { kind: 'participant', participantId: joined.participant.id, workshopId: joined.participant.workshopId } };
  }
  return { refused: session || joined ? 'not-a-member' : 'no-credentials' };
}
