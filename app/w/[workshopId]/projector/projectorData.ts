import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { getRuntime } from '@/server/runtime';
import { workshopForMember } from '@/server/web/boardAccess';

export type ProjectorData =
  | { kind: 'forbidden' }
  | { kind: 'no-plenary' }
  | { kind: 'ready'; plenaryDocName: string; joinCode: string; facilitatorIds: string[] };

/**
 * What the projector shows: the plenary board, the join code, and whose viewport to follow (every
 * facilitator of the workshop, so a co-facilitator at the board can drive it too).
 */
export async function projectorData(actor: Principal, workshopId: string): Promise<ProjectorData> {
  if (!canInWorkshop(actor, 'manage', workshopId)) return { kind: 'forbidden' };
  const found = await workshopForMember(actor.userId, workshopId);
  const plenary = found?.docs.find((doc) => doc.kind === 'plenary');
  if (!found || !plenary) return { kind: 'no-plenary' };
  const rows = await getRuntime().sql.query<{ user_id: string }>(
    `select user_id from workshop_members where workshop_id = $1 and role = 'facilitator'`,
    [workshopId],
  );
  return { kind: 'ready', plenaryDocName: plenary.name, joinCode: found.workshop.joinCode, facilitatorIds: rows.map((row) => row.user_id) };
}
