/** Everything a workshop export reads from the database, gathered in one place for both formats. */
import type { DraftBoard } from '@/lib/document/input';
import type { SessionOverride, TopicStatus } from '@/lib/workshop/agenda';
import { agendaOverrides, topicStatuses } from '../db/agenda';
import { listFollowUps, listMeetings, type FollowUp, type Meeting } from '../db/calendar';
import { listGroups, type Group } from '../db/groups';
import { listAgreedOutputs, type AgreedOutput } from '../db/outputs';
import { listRoster, type RosterEntry } from '../db/roster';
import type { Sql } from '../db/Sql';
import { createDocStore } from '../db/docStore';
import { loadStoredRecords } from '../db/storedDoc';
import { getWorkshopDetails, type WorkshopDetails } from '../db/workshopDetails';
import { userNamesById } from '../db/userNames';
import { listDocs } from '../db/workshops';

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
  /** The display names of the facilitators who agreed them, by account id. */
  agreedByNames: Map<string, string>;
  /** The facilitator's edits of the agenda (dates, lengths, added and removed sessions). */
  agenda: SessionOverride[];
}

/** The workshop's records, or null when there is no such workshop. */
export async function collectWorkshop(sql: Sql, workshopId: string): Promise<WorkshopRecords | null> {
  const details = await getWorkshopDetails(sql, workshopId);
  if (!details) return null;
  const [roster, groups, statuses, meetings, followUps, agreedOutputs, agenda] = await Promise.all([
    listRoster(sql, workshopId),
    listGroups(sql, workshopId),
    topicStatuses(sql, workshopId),
    listMeetings(sql, workshopId),
    listFollowUps(sql, workshopId),
    listAgreedOutputs(sql, workshopId),
    agendaOverrides(sql, workshopId),
  ]);
  const agreedByNames = await userNamesById(sql, agreedOutputs.map((output) => output.agreedBy));
  return { workshopId, details, roster, groups, topicStatuses: statuses, meetings, followUps, agreedOutputs, agreedByNames, agenda };
}

/**
 * The workshop's plenary boards for the annex of the draft STPP: the plenary, then each topic's
 * own board (not the groups'), in the order the workshop page lists them. Read from storage, which
 * holds everything anyone has seen (persist before relay), so no room is loaded for this.
 */
export async function collectPlenaryBoards(sql: Sql, workshopId: string, readAt: Date): Promise<DraftBoard[]> {
  const docs = (await listDocs(sql, workshopId)).filter((doc) => doc.kind === 'plenary' || (doc.kind === 'board' && doc.groupId === null));
  const store = createDocStore(sql);
  return Promise.all(docs.map(async (doc) => ({ docName: doc.name, title: doc.title, readAt, records: await loadStoredRecords(store, doc.name) })));
}
