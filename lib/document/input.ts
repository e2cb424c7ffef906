/**
 * What the draft STPP is built from, shaped like the server's records but declared here so
 * `lib/` stays free of IO imports.
 */
import type { RosterRole } from '../workshop/rosterRoles';
import type { DraftSession } from './sessionRecord';
import type { FollowUpStatus } from '../workshop/followUpStatus';
import type { TopicStatus } from '../workshop/agenda';
import type { WorkshopDetails } from '../workshop/details';
import type { BilingualText } from '../i18n/bilingual';

/** The workshop's details as the server keeps them. */
export type DraftDetails = WorkshopDetails;

export interface DraftAgreedVersion {
  outputId: string;
  version: number;
  agreedAt: Date;
  /** As stored; read through `parseAgreedData`. */
  data: unknown;
  /** Who was present at the agreement, as recorded; absent or empty: not recorded. */
  present?: readonly string[];
  /** The agreeing facilitator's name, when the account is known. */
  agreedByName?: string | null;
  note?: string | null;
}

export interface DraftStppInput {
  details: DraftDetails;
  roster: { name: string; organisation: string | null; position: string | null; role: RosterRole }[];
  topicStatuses: ReadonlyMap<string, TopicStatus>;
  /** Any versions of agreed outputs; the builder keeps the latest of each. */
  agreed: readonly DraftAgreedVersion[];
  meetings: { startsAt: Date; place: string | null; agenda: string; invitees: string | null; topicId: string | null }[];
  followUps: { description: string; owner: string; dueOn: string | null; status: FollowUpStatus; topicId: string | null }[];
  /** Dated sessions and the groups formed for them, for the process record; absent: not shown. */
  sessions?: readonly DraftSession[];
  /** When the document is made: the "as of" date of records that are not agreed outputs. */
  generatedAt: Date;
  /** Plenary boards for the annex of board images, in the order they appear; absent: no annex. */
  boards?: readonly DraftBoard[];
}

/** A plenary board as read for the annex. */
export interface DraftBoard {
  /** The board's document name. */
  docName: string;
  title: BilingualText;
  /** When its records were read. */
  readAt: Date;
  /** The values of its Y.Map `tldraw`, as stored; read through `readBoard`. */
  records: readonly unknown[];
}

/** The highest version of each output, keyed by output id. */
export function latestVersions(versions: readonly DraftAgreedVersion[]): Map<string, DraftAgreedVersion> {
  const latest = new Map<string, DraftAgreedVersion>();
  for (const v of versions) {
    const seen = latest.get(v.outputId);
    if (!seen || seen.version < v.version) latest.set(v.outputId, v);
  }
  return latest;
}
