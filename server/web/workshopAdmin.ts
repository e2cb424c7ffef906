import 'server-only';
import { canInWorkshop, type Principal, type Role } from '@/lib/auth/capabilities';
import { participantSubject } from '../auth/principals';
import type { FollowUpStatus } from '@/lib/workshop/followUpStatus';
import { zonedInstant } from '@/lib/workshop/timeZones';
import { addFollowUp, addMeeting, deleteMeeting, listFollowUps, listMeetings, setFollowUpStatus } from '../db/calendar';
import { createGroup, listGroups, updateGroup } from '../db/groups';
import { setTopicStatus } from '../db/agenda';
import { getCurrentSession, setCurrentSession, type SessionRef } from '../db/currentSession';
import { addRosterEntry, listRoster, removeRosterEntry } from '../db/roster';
import { getWorkshopDetails, updateWorkshopDetails } from '../db/workshopDetails';
import { listParticipants, removeParticipant, updateParticipant } from '../db/participants';
import { recordLink } from '../db/shareLinks';
import { getWorkshop } from '../db/workshops';
import { CloseCode } from '../rooms/closeCodes';
import { getRuntime } from '../runtime';

/** Thrown when the acting person may not do this; route handlers turn it into 403. */
export class ForbiddenError extends Error {
  constructor() {
    super('forbidden');
    this.name = 'ForbiddenError';
  }
}

function assertManager(actor: Principal, workshopId: string): void {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
}

/** Everything the facilitator's people screen shows. */
export async function peopleOverview(actor: Principal, workshopId: string) {
  assertManager(actor, workshopId);
  const { sql } = getRuntime();
  const [workshop, groups, participants] = await Promise.all([getWorkshop(sql, workshopId), listGroups(sql, workshopId), listParticipants(sql, workshopId)]);
  return { workshop, groups, participants: participants.filter((p) => !p.removed) };
}

export async function addGroup(actor: Principal, workshopId: string, name: string) {
  assertManager(actor, workshopId);
  return createGroup(getRuntime().sql, workshopId, { name });
}

export async function changeGroup(actor: Principal, workshopId: string, groupId: string, changes: { name?: string; color?: string }) {
  assertManager(actor, workshopId);
  return updateGroup(getRuntime().sql, workshopId, groupId, changes);
}

/**
 * Changes a participant's role or group. Their open boards reconnect at once with the new rights
 * (the server re-reads role and group on every connection).
 */
export async function changeParticipant(actor: Principal, workshopId: string, participantId: string, changes: { role?: Role; groupId?: string | null }) {
  assertManager(actor, workshopId);
  const { sql, registry } = getRuntime();
  const updated = await updateParticipant(sql, workshopId, participantId, changes);
  if (updated) await registry.closeConnectionsOf(participantSubject(participantId), CloseCode.accessChanged, 'role or group changed');
  return updated;
}

/** Removes a participant and cuts every live connection they have, at once. */
export async function expelParticipant(actor: Principal, workshopId: string, participantId: string): Promise<boolean> {
  assertManager(actor, workshopId);
  const { sql, registry } = getRuntime();
  const removed = await removeParticipant(sql, workshopId, participantId);
  if (removed) await registry.closeConnectionsOf(participantSubject(participantId), CloseCode.accessRevoked, 'removed from the workshop');
  return removed;
}

/** A link that lets a remote person join without the code, with the role fixed by the link (recorded, revocable). */
export async function createInviteLink(actor: Principal, workshopId: string, role: 'participant' | 'observer', ttlSeconds: number): Promise<string> {
  assertManager(actor, workshopId);
  const { sql, participantAuth } = getRuntime();
  const link = await recordLink(sql, { workshopId, kind: 'invite', role, createdBy: actor.userId, ttlSeconds });
  const token = await participantAuth.invites.sign({ wid: workshopId, role, lid: link.id }, ttlSeconds);
  // `role` is only for the greeting; the signed invite decides.
  return `/join?invite=${encodeURIComponent(token)}&role=${role}`;
}

export async function readDetails(actor: Principal, workshopId: string) {
  assertManager(actor, workshopId);
  return getWorkshopDetails(getRuntime().sql, workshopId);
}

export async function saveDetails(actor: Principal, workshopId: string, details: Parameters<typeof updateWorkshopDetails>[2]) {
  assertManager(actor, workshopId);
  return updateWorkshopDetails(getRuntime().sql, workshopId, details);
}

/** Calendar and follow-ups, readable by every member of the workshop. */
export async function calendarOverview(actor: Principal, workshopId: string) {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  const { sql } = getRuntime();
  const [details, meetings, followUps] = await Promise.all([getWorkshopDetails(sql, workshopId), listMeetings(sql, workshopId), listFollowUps(sql, workshopId)]);
  return { details, meetings, followUps };
}

export async function planMeeting(actor: Principal, workshopId: string, meeting: { date: string; time: string; place: string | null; agenda: string; invitees: string | null; topicId: string | null }) {
  assertManager(actor, workshopId);
  const { sql } = getRuntime();
  const details = await getWorkshopDetails(sql, workshopId);
  if (!details) return null;
  const { date, time, ...rest } = meeting;
  return addMeeting(sql, workshopId, { ...rest, startsAt: zonedInstant(date, time, details.timeZone) });
}

export async function cancelMeeting(actor: Principal, workshopId: string, meetingId: string) {
  assertManager(actor, workshopId);
  return deleteMeeting(getRuntime().sql, workshopId, meetingId);
}

export async function recordFollowUp(actor: Principal, workshopId: string, followUp: Parameters<typeof addFollowUp>[2]) {
  assertManager(actor, workshopId);
  return addFollowUp(getRuntime().sql, workshopId, followUp);
}

export async function changeFollowUpStatus(actor: Principal, workshopId: string, followUpId: string, status: FollowUpStatus) {
  assertManager(actor, workshopId);
  return setFollowUpStatus(getRuntime().sql, workshopId, followUpId, status);
}

/** Co-facilitators get accounts: this link lets its holder create one (or use theirs) and join. */
export const FACILITATOR_INVITE_SECONDS = 3 * 24 * 60 * 60;

/** A co-facilitator invite, good for one person (recorded, single-use, revocable). */
export async function createFacilitatorInviteLink(actor: Principal, workshopId: string): Promise<string> {
  assertManager(actor, workshopId);
  const { sql, participantAuth } = getRuntime();
  const link = await recordLink(sql, { workshopId, kind: 'facilitator-invite', role: 'facilitator', createdBy: actor.userId, ttlSeconds: FACILITATOR_INVITE_SECONDS });
  const token = await participantAuth.facilitatorInvites.sign({ wid: workshopId, lid: link.id }, FACILITATOR_INVITE_SECONDS);
  return `/cofacilitate?invite=${encodeURIComponent(token)}`;
}

export async function rosterOf(actor: Principal, workshopId: string) {
  assertManager(actor, workshopId);
  return listRoster(getRuntime().sql, workshopId);
}

export async function addToRoster(actor: Principal, workshopId: string, entry: Parameters<typeof addRosterEntry>[2]) {
  assertManager(actor, workshopId);
  return addRosterEntry(getRuntime().sql, workshopId, entry);
}

export async function removeFromRoster(actor: Principal, workshopId: string, entryId: string) {
  assertManager(actor, workshopId);
  return removeRosterEntry(getRuntime().sql, workshopId, entryId);
}

/**
 * Starts a session of a topic (or ends the current one): its breakout groups become the ones
 * people work in, so every participant's open boards reconnect with their group of this session.
 */
export async function startSession(actor: Principal, workshopId: string, session: SessionRef | null) {
  assertManager(actor, workshopId);
  const { sql, registry } = getRuntime();
  if (!(await setCurrentSession(sql, workshopId, session))) return null;
  if (session) await setTopicStatus(sql, workshopId, session.topicId, 'in-session');
  for (const participant of await listParticipants(sql, workshopId)) {
    if (!participant.removed) await registry.closeConnectionsOf(participantSubject(participant.id), CloseCode.accessChanged, 'session changed');
  }
  return { session };
}

export async function currentSessionOf(actor: Principal, workshopId: string) {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  return getCurrentSession(getRuntime().sql, workshopId);
}
