import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { groupAttendanceNames, type AttendanceSection } from '@/lib/workshop/attendance';
import { listGroups } from '../db/groups';
import { listParticipants } from '../db/participants';
import { listRoster } from '../db/roster';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

/**
 * The names a facilitator may tick as present when the plenary agrees an output: the roster and
 * the participants (by group of the session running now). Only those who may agree see them.
 */
export async function attendanceNames(actor: Principal, workshopId: string): Promise<AttendanceSection[]> {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
  const { sql } = getRuntime();
  const [roster, participants, groups] = await Promise.all([listRoster(sql, workshopId), listParticipants(sql, workshopId), listGroups(sql, workshopId)]);
  return groupAttendanceNames({ roster, participants, groups });
}
