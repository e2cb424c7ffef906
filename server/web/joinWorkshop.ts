import 'server-only';
import { headers } from 'next/headers';
import { normaliseJoinCode } from '@/lib/workshop/joinCode';
import type { SlowedNetwork } from '../auth/joinGuard';
import { PARTICIPANT_SESSION_SECONDS } from '../auth/participantAuth';
import { participantFromCookies } from '../auth/principals';
import { getGroup } from '../db/groups';
import { addParticipant, updateParticipant, type Participant } from '../db/participants';
import { liveLink } from '../db/shareLinks';
import { getWorkshopByJoinCode } from '../db/workshops';
import { clientAddressFromHeaders } from '../http/clientAddress';
import { getRuntime } from '../runtime';

export type JoinResult =
  | { ok: true; participant: Participant; sessionToken: string }
  | { ok: false; error: 'unknown-code' | 'invalid-invite' }
  | { ok: false; error: 'too-many-attempts'; retryAfterSeconds: number };

/**
 * A person joins a workshop with its code (as a participant) or with an invite link (role fixed by
 * the link). No account, no password: the device gets a participant session. An address that
 * keeps trying wrong codes waits longer and longer (guessing a code must not be a way in), except
 * with the code of a workshop already joined from there (server/auth/joinGuard.ts). Invite links
 * are signed: a wrong one cannot be guessed, so it is not counted.
 */
export async function joinWorkshop(input: JoinInput, clientAddress: string): Promise<JoinResult> {
  if (input.invite) return joinByCodeOrInvite(input);
  const { joins } = getRuntime();
  const code = normaliseJoinCode(input.code ?? '');
  const retryAfterSeconds = joins.waitFor(clientAddress, code);
  if (retryAfterSeconds !== null) return { ok: false, error: 'too-many-attempts', retryAfterSeconds };
  const result = await joinByCodeOrInvite(input);
  if (result.ok) joins.recordJoined(clientAddress, code);
  else joins.recordWrong(clientAddress, code);
  return result;
}

interface JoinInput {
  code?: string;
  invite?: string;
  name: string;
  organisation?: string;
}

async function joinByCodeOrInvite(input: JoinInput): Promise<JoinResult> {
  const { sql, participantAuth } = getRuntime();
  let workshopId: string;
  let role: 'participant' | 'observer' = 'participant';
  let inviteId: string | null = null;
  if (input.invite) {
    const claims = await participantAuth.invites.verify(input.invite);
    // The invite's row decides: a revoked or expired invite lets nobody in.
    const link = claims ? await liveLink(sql, claims.lid) : null;
    if (!claims || !link || link.kind !== 'invite' || link.workshopId !== claims.wid) return { ok: false, error: 'invalid-invite' };
    workshopId = claims.wid;
    role = claims.role;
    inviteId = link.id;
  } else {
    const workshop = input.code ? await getWorkshopByJoinCode(sql, normaliseJoinCode(input.code)) : null;
    if (!workshop) return { ok: false, error: 'unknown-code' };
    workshopId = workshop.id;
  }
  const participant = await addParticipant(sql, workshopId, { name: input.name, organisation: input.organisation, role, inviteId });
  const sessionToken = await participantAuth.sessions.sign({ pid: participant.id, wid: workshopId }, PARTICIPANT_SESSION_SECONDS);
  return { ok: true, participant, sessionToken };
}

/** Networks slowed by wrong join codes that matter to this workshop's facilitator (the people screen's notice). */
export async function slowedNetworksFor(joinCode: string): Promise<SlowedNetwork[]> {
  return getRuntime().joins.slowedNetworks(joinCode, clientAddressFromHeaders(await headers()));
}

/** A participant without a group picks one; once in a group, only the facilitator moves them. */
export async function pickOwnGroup(cookies: Map<string, string>, groupId: string): Promise<{ participant: Participant; boardName: string | null } | 'forbidden' | 'unknown-group'> {
  const runtime = getRuntime();
  const joined = await participantFromCookies(runtime, cookies);
  if (!joined || joined.participant.groupId !== null || joined.participant.role !== 'participant') return 'forbidden';
  const group = await getGroup(runtime.sql, groupId);
  if (!group || group.workshopId !== joined.participant.workshopId) return 'unknown-group';
  const participant = await updateParticipant(runtime.sql, group.workshopId, joined.participant.id, { groupId });
  return participant ? { participant, boardName: group.boardName } : 'forbidden';
}
