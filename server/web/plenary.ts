import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { id } from '@/lib/i18n/dictionaries';
import { listGroups } from '../db/groups';
import { listDocs } from '../db/workshops';
import { gatherToPlenary } from '../http/gatherToPlenary';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

/**
 * A facilitator gathers the cards of the running session's group boards (all of them, or the
 * chosen ones) onto the workshop's plenary board. Null when the workshop has no plenary or a
 * chosen group is not one of this session's.
 */
export async function gatherGroupsToPlenary(actor: Principal, workshopId: string, groupIds?: readonly string[]) {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
  const runtime = getRuntime();
  const [groups, docs] = await Promise.all([listGroups(runtime.sql, workshopId), listDocs(runtime.sql, workshopId)]);
  const plenary = docs.find((doc) => doc.kind === 'plenary');
  if (!plenary) return null;
  if (groupIds && groupIds.some((groupId) => !groups.some((group) => group.id === groupId))) return null;
  const chosen = groupIds ? groups.filter((group) => groupIds.includes(group.id)) : groups;
  const boards = chosen.flatMap((group) => (group.boardName ? [{ groupId: group.id, groupName: group.name, groupColor: group.color, docName: group.boardName }] : []));
  // The page is only created when nobody opened the plenary yet; Indonesian first, like the UI.
  const outcome = await gatherToPlenary(runtime, plenary.name, boards, { firstPageName: id.board.firstPage });
  return { ...outcome, groups: boards.length, plenary: plenary.name };
}
