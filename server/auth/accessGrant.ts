/**
 * What an open connection's access rests on, so it can be checked again while the connection
 * lasts: a board link (revocable), a CLI token (short-lived, nothing to revoke), a facilitator's
 * session and membership, or a participant who joined. `revokedGrants` asks the database which
 * of them no longer hold; every instance asks it every few seconds, so a revocation made on one
 * instance cuts the connections on all of them.
 */
import { endedSessions, placeholders } from '../db/authSessions';
import { deadLinks } from '../db/shareLinks';
import type { Sql } from '../db/Sql';

export type AccessGrant =
  | { kind: 'link'; linkId: string }
  | { kind: 'token' }
  | { kind: 'member'; userId: string; workshopId: string; sessionId: string }
  | { kind: 'participant'; participantId: string; workshopId: string };

/** For each grant, whether it no longer holds (same order). A handful of queries, whatever the count. */
export async function revokedGrants(sql: Sql, grants: readonly AccessGrant[], now = new Date()): Promise<boolean[]> {
  const links = unique(grants.flatMap((grant) => (grant.kind === 'link' ? [grant.linkId] : [])));
  const sessions = unique(grants.flatMap((grant) => (grant.kind === 'member' ? [grant.sessionId] : [])));
  const members = unique(grants.flatMap((grant) => (grant.kind === 'member' ? [grant.userId] : [])));
  const participants = unique(grants.flatMap((grant) => (grant.kind === 'participant' ? [grant.participantId] : [])));
  const [deadLinkIds, endedSessionIds, memberships, presentParticipants] = await Promise.all([
    deadLinks(sql, links, now),
    endedSessions(sql, sessions, undefined, now),
    members.length === 0 ? [] : sql.query<{ workshop_id: string; user_id: string }>(`select workshop_id, user_id from workshop_members where user_id in (${placeholders(members.length)})`, members),
    participants.length === 0 ? [] : sql.query<{ id: string; workshop_id: string }>(`select id, workshop_id from participants where removed_at is null and id in (${placeholders(participants.length)})`, participants),
  ]);
  const memberOf = new Set(memberships.map((row) => `${row.workshop_id} ${row.user_id}`));
  const present = new Set(presentParticipants.map((row) => `${row.workshop_id} ${row.id}`));
  return grants.map((grant) => {
    switch (grant.kind) {
      case 'link':
        return deadLinkIds.has(grant.linkId);
      case 'token':
        return false;
      case 'member':
        return endedSessionIds.has(grant.sessionId) || !memberOf.has(`${grant.workshopId} ${grant.userId}`);
      case 'participant':
        return !present.has(`${grant.workshopId} ${grant.participantId}`);
    }
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
