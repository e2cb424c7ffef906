import 'server-only';
import type { Principal } from '@/lib/auth/capabilities';
import { canInWorkshop } from '@/lib/auth/capabilities';
import { findTopic } from '@/lib/method/topics';
import { nextSessionNumber, type TopicStatus } from '@/lib/workshop/agenda';
import { zonedInstant } from '@/lib/workshop/timeZones';
import { agendaOverrides, saveSessionOverride, setTopicStatus, topicStatuses } from '../db/agenda';
import { listFollowUps } from '../db/calendar';
import { getCurrentSession } from '../db/currentSession';
import { getWorkshopDetails } from '../db/workshopDetails';
import { listDocs } from '../db/workshops';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

function assertMember(actor: Principal, workshopId: string): void {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
}

function assertManager(actor: Principal, workshopId: string): void {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
}

/** The Kerangka map: every topic's status in this workshop. */
export async function kerangkaOverview(actor: Principal, workshopId: string) {
  assertMember(actor, workshopId);
  const { sql } = getRuntime();
  const [details, statuses] = await Promise.all([getWorkshopDetails(sql, workshopId), topicStatuses(sql, workshopId)]);
  return { details, statuses };
}

/** One topic as this workshop runs it: status, agenda edits, its follow-ups and boards. */
export async function topicOverview(actor: Principal, workshopId: string, topicId: string) {
  assertMember(actor, workshopId);
  const topic = findTopic(topicId);
  if (!topic) return null;
  const { sql } = getRuntime();
  const [details, statuses, overrides, followUps, docs, currentSession] = await Promise.all([
    getWorkshopDetails(sql, workshopId),
    topicStatuses(sql, workshopId),
    agendaOverrides(sql, workshopId),
    listFollowUps(sql, workshopId, topicId),
    listDocs(sql, workshopId),
    getCurrentSession(sql, workshopId),
  ]);
  if (!details) return null;
  return {
    topic,
    details,
    status: statuses.get(topicId) ?? ('not-started' as TopicStatus),
    overrides,
    followUps,
    docs: docs.filter((doc) => doc.topicId === topicId),
    runningSession: currentSession?.topicId === topicId ? currentSession.number : null,
    canEdit: canInWorkshop(actor, 'manage', workshopId),
  };
}

export async function changeTopicStatus(actor: Principal, workshopId: string, topicId: string, status: TopicStatus) {
  assertManager(actor, workshopId);
  await setTopicStatus(getRuntime().sql, workshopId, topicId, status);
  return true;
}

/** Saves one session of the agenda; date and time are wall-clock in the workshop's zone. */
export async function editSession(
  actor: Principal,
  workshopId: string,
  topicId: string,
  number: number,
  edit: { durationMinutes: number | null; date: string | null; time: string | null; removed: boolean },
) {
  assertManager(actor, workshopId);
  const { sql } = getRuntime();
  const details = await getWorkshopDetails(sql, workshopId);
  if (!details) return null;
  const startsAt = edit.date ? zonedInstant(edit.date, edit.time ?? '09:00', details.timeZone) : null;
  return saveSessionOverride(sql, workshopId, { topicId, number, durationMinutes: edit.durationMinutes, startsAt, removed: edit.removed });
}

export async function addSession(actor: Principal, workshopId: string, topicId: string) {
  assertManager(actor, workshopId);
  const topic = findTopic(topicId);
  if (!topic) return null;
  const { sql } = getRuntime();
  const number = nextSessionNumber(topic, await agendaOverrides(sql, workshopId));
  return saveSessionOverride(sql, workshopId, { topicId, number, durationMinutes: null, startsAt: null, removed: false });
}
