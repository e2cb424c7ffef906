import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { listGroups } from '@/server/db/groups';
import { getRuntime } from '@/server/runtime';
import { workshopForMember } from '@/server/web/boardAccess';
import type { ProjectedGroup } from '@/components/projector/ProjectorStage';

export type ProjectorData =
  | { kind: 'forbidden' }
  | { kind: 'no-plenary' }
  | { kind: 'ready'; plenaryDocName: string; joinCode: string; facilitatorIds: string[]; groups: ProjectedGroup[] };

/**
 * What the projector shows: the plenary board (or a spotlit group board), the join code, and whose
 * viewport to follow (every facilitator of the workshop, so a co-facilitator can drive it too).
 */
export async function projectorData(actor: Principal, workshopId: string): Promise<ProjectorData> {
  if (!canInWorkshop(actor, 'manage', workshopId)) return { kind: 'forbidden' };
  const found = await workshopForMember(actor.userId, workshopId);
  const plenary = found?.docs.find((doc) => doc.kind === 'plenary');
  if (!found || !plenary) return { kind: 'no-plenary' };
  const { sql } = getRuntime();
  const [rows, groups] = await Promise.all([
    sql.query<{ user_id: string }>(`select user_id from workshop_members where workshop_id = $1 and role = 'facilitator'`, [workshopId]),
    listGroups(sql, workshopId),
  ]);
  return {
    kind: 'ready',
    plenaryDocName: plenary.name,
    joinCode: found.workshop.joinCode,
    facilitatorIds: rows.map((row) => row.user_id),
    // The session's group boards: the ones the facilitator may spotlight.
    groups: groups.flatMap((group) => (group.boardName ? [{ boardName: group.boardName, name: group.name, color: group.color }] : [])),
  };
}
