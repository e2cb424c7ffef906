import 'server-only';
import { can } from '@/lib/auth/capabilities';
import { participantFromCookies } from '../auth/principals';
import { listGroups } from '../db/groups';
import { getWorkshop, listDocs } from '../db/workshops';
import { accessInfo } from '../http/docAccess';
import { getRuntime } from '../runtime';
import { requestCookies } from './boardAccess';

/** What a participant's home screen shows: their group, its board, and the boards they may read. */
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
  const readable = docs.filter((doc) => doc.name !== group?.boardName && can(principal, 'read', accessInfo(doc)));
  return { participant, workshop, group, groups, readable };
}
