/** Everything a workshop export reads from the database, gathered in one place for both formats. */
import type { TopicStatus } from '@/lib/workshop/agenda';
import { topicStatuses } from '../db/agenda';
import { listFollowUps, listMeetings, type FollowUp, type Meeting } from '../db/calendar';
import { listGroups, type Group } from '../db/groups';
import { listAgreedOutputs, type AgreedOutput } from '../db/outputs';
import { listRoster, type RosterEntry } from '../db/roster';
import type { Sql } from '../db/Sql';
import { getWorkshopDetails, type WorkshopDetails } from '../db/workshopDetails';

export interface WorkshopRecords {
  workshopId: string;
  details: WorkshopDetails;
  roster: RosterEntry[];
  groups: Group[];
  topicStatuses: Map<string, TopicStatus>;
  meetings: Meeting[];
  followUps: FollowUp[];
  /** Every version, newest first per output. */
  agreedOutputs: AgreedOutput[];
}

/** The workshop's records, or null when there is no such workshop. */
export async function collectWorkshop(sql: Sql, workshopId: string): Promise<WorkshopRecords | null> {
  const details = await getWorkshopDetails(sql, workshopId);
  if (!details) return null;
  const [roster, groups, statuses, meetings, followUps, agreedOutputs] = await Promise.all([
    listRoster(sql, workshopId),
    listGroups(sql, workshopId),
    topicStatuses(sql, workshopId),
    listMeetings(sql, workshopId),
    listFollowUps(sql, workshopId),
    listAgreedOutputs(sql, workshopId),
  ]);
  return { workshopId, details, roster, groups, topicStatuses: statuses, meetings, followUps, agreedOutputs };
}
