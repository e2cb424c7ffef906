import 'server-only';
import { homeDocuments } from '@/lib/workshop/homeDocuments';
import { participantFromCookies } from '../auth/principals';
import { listGroups } from '../db/groups';
import { getWorkshop, listDocs } from '../db/workshops';
import { getRuntime } from '../runtime';
import { requestCookies } from './boardAccess';

/** What a participant's home screen shows: their group, its board, what they may fill in, and what they may read. */
export async function participantHome() {
  const runtime = getRuntime();
  const joined = await participantFromCookies(runtime, await requestCookies());
  if (!joined) return null;
  const { participant, principal } = joined;
  const [workshop, groups, docs] = await Promise.all([
    getWorkshop(runtime.sql, participant.workshopId),
    listGroups(runtime.sql, participant.workshopId),
    listDocs(runtime.sql, participant.workshopId),
  ]);
  const group = groups.find((g) => g.id === participant.groupId) ?? null;
  const { writable, readOnly } = homeDocuments(principal, docs, group?.boardName ?? null);
  return { participant, workshop, group, groups, writable, readOnly };
}
