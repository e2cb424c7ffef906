/**
 * The workshop archive (`plano-workshop` version 2): a workshop's structured records plus every
 * document's Yjs state, in one JSON file. This schema is the import's first line of defence: an
 * archive is hostile until it has passed here, so every field is bounded and every reference
 * between records is checked before anything is written.
 */
import { z } from 'zod';
import { ROLES } from '@/lib/auth/capabilities';
import { DOC_NAME_PATTERN } from '@/lib/docName';
import { findTopic } from '@/lib/method/topics';
import { MAX_SESSION_MINUTES, TOPIC_STATUSES } from '@/lib/workshop/agenda';
import { FOLLOW_UP_STATUSES } from '@/lib/workshop/followUpStatus';
import { GROUP_COLORS } from '@/lib/workshop/groupColors';
import { ROSTER_ROLES } from '@/lib/workshop/rosterRoles';
import { ZONE_CODES, type ZoneCode } from '@/lib/workshop/timeZones';
import { isBase64, nestingDepth } from './jsonChecks';

export const ARCHIVE_FORMAT = 'plano-workshop';
/** 1: records only. 2: records of every session plus each document's Yjs state. */
export const ARCHIVE_VERSION = 2;

/** Limits an import enforces; the defaults suit a real workshop with room to spare. */
export interface ArchiveLimits {
  /** Largest archive file accepted, in bytes (checked before parsing). */
  maxArchiveBytes: number;
  /** Largest decoded Yjs state of one document, in bytes. */
  maxDocBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxArchiveBytes: 100 * 1024 * 1024, maxDocBytes: 64 * 1024 * 1024 };

const MAX_RECORDS = 5000;
const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).nullable();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), 'must be a date of the calendar');
const isoInstant = z.iso.datetime({ offset: true });
const topicId = z.string().refine((value) => findTopic(value) !== undefined, 'must be a topic of the method');
const session = z.object({ topicId, number: z.number().int().min(1).max(50) });
// Checked by a loop, not a regular expression: a document's state runs to millions of characters.
const base64 = z
  .string()
  .max(Math.ceil((DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes * 4) / 3))
  .refine(isBase64, 'must be base64 (the text looks truncated or altered)');
/** An agreed output's data nests a few levels (rows, cells; rounds, scores); far more is not ours. */
export const MAX_DATA_DEPTH = 32;

const workshopSchema = z.object({
  id,
  title: z.string().trim().min(1).max(200),
  pdam: z.string().trim().min(1).max(200),
  region: optionalText(120),
  venue: optionalText(200),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  timeZone: z.enum(ZONE_CODES as [ZoneCode, ...ZoneCode[]]),
  currentSession: session.nullable(),
});

const rosterEntry = z.object({
  id,
  name: z.string().trim().min(1).max(120),
  organisation: optionalText(160),
  position: optionalText(160),
  role: z.enum(ROSTER_ROLES),
});

const group = z.object({
  id,
  name: z.string().trim().min(1).max(60),
  color: z.enum(GROUP_COLORS),
  position: z.number().int().min(0).max(MAX_RECORDS),
  boardName: z.string().nullable(),
  session: session.nullable(),
});

const participant = z.object({
  id,
  name: z.string().trim().min(1).max(80),
  organisation: optionalText(120),
  role: z.enum(ROLES),
  removedAt: isoInstant.nullable(),
  /** Every group the person was in, one per session. */
  groupIds: z.array(id).max(100),
});

const agendaSession = z.object({
  topicId,
  number: z.number().int().min(1).max(50),
  durationMinutes: z.number().int().min(15).max(MAX_SESSION_MINUTES).nullable(),
  startsAt: isoInstant.nullable(),
  removed: z.boolean(),
});

const meeting = z.object({
  id,
  startsAt: isoInstant,
  place: optionalText(200),
  agenda: z.string().trim().min(1).max(2000),
  invitees: optionalText(2000),
  topicId: topicId.nullable(),
});

const followUp = z.object({
  id,
  topicId: topicId.nullable(),
  description: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(200),
  dueOn: isoDate.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
});

const agreedOutput = z.object({
  outputId: z.string().regex(/^\d+\.\d+\/[a-z0-9-]+$/, 'must be an output id like 4.7/priorities'),
  version: z.number().int().min(1).max(10_000),
  agreedAt: isoInstant,
  agreedBy: text(200),
  present: z.array(z.string().max(200)).max(200),
  note: optionalText(2000),
  data: z
    .unknown()
    .refine((value): boolean => value !== undefined, 'is required')
    // Storing it serialises it again (JSON.stringify recurses): refuse what would overflow the stack.
    .refine((value) => nestingDepth(value, MAX_DATA_DEPTH) <= MAX_DATA_DEPTH, `must not nest deeper than ${MAX_DATA_DEPTH} levels`),
  sourceDocs: z.array(z.object({ docName: z.string(), stateVector: base64 })).max(100),
});

const doc = z.object({
  name: z.string().regex(DOC_NAME_PATTERN, 'must be an opaque document name (8-64 of A-Z a-z 0-9 _ -)'),
  kind: z.enum(['plenary', 'board', 'worksheet']),
  topicId: topicId.nullable(),
  groupId: id.nullable(),
  outputId: z.string().max(100).nullable(),
  template: z.string().max(100).nullable(),
  title: z.object({ id: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  access: z.object({ openForParticipants: z.boolean(), locked: z.boolean() }),
  /** The document's whole state: one Yjs update, base64. */
  state: base64,
});

const archiveObject = z.object({
  format: z.literal(ARCHIVE_FORMAT, { error: `must be "${ARCHIVE_FORMAT}" (this is not a Plano workshop archive)` }),
  version: z.literal(ARCHIVE_VERSION, { error: `must be ${ARCHIVE_VERSION}: this Plano reads archive version ${ARCHIVE_VERSION} only` }),
  exportedAt: isoInstant,
  workshop: workshopSchema,
  roster: z.array(rosterEntry).max(MAX_RECORDS),
  groups: z.array(group).max(MAX_RECORDS),
  participants: z.array(participant).max(MAX_RECORDS),
  topicStatuses: z.record(topicId, z.enum(TOPIC_STATUSES)),
  agenda: z.object({ sessions: z.array(agendaSession).max(MAX_RECORDS) }),
  calendar: z.object({ meetings: z.array(meeting).max(MAX_RECORDS) }),
  followUps: z.array(followUp).max(MAX_RECORDS),
  agreedOutputs: z.array(agreedOutput).max(MAX_RECORDS),
  docs: z.array(doc).max(MAX_RECORDS),
});

export const archiveSchema = archiveObject.superRefine(checkReferences);

export type Archive = z.infer<typeof archiveObject>;
export type ArchiveDoc = Archive['docs'][number];

/** Ids unique, and every reference pointing at a record of this same archive. */
function checkReferences(archive: Archive, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (list: readonly { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) problem([name, index, 'id'], `duplicate id ${JSON.stringify(item.id)}`);
      seen.add(item.id);
    });
    return seen;
  };
  unique(archive.roster, 'roster');
  unique(archive.participants, 'participants');
  unique(archive.calendar.meetings, 'calendar.meetings');
  unique(archive.followUps, 'followUps');
  const groupIds = unique(archive.groups, 'groups');

  const docsByName = new Map<string, ArchiveDoc>();
  const worksheetOutputs = new Set<string>();
  archive.docs.forEach((d, index) => {
    if (docsByName.has(d.name)) problem(['docs', index, 'name'], `duplicate document name ${JSON.stringify(d.name)}`);
    docsByName.set(d.name, d);
    if (d.groupId !== null && !groupIds.has(d.groupId)) problem(['docs', index, 'groupId'], `document ${d.name} names group ${JSON.stringify(d.groupId)}, which is not in the archive`);
    if (d.outputId !== null) {
      if (d.kind !== 'worksheet') problem(['docs', index, 'outputId'], `document ${d.name} is a ${d.kind} but names an output`);
      if (worksheetOutputs.has(d.outputId)) problem(['docs', index, 'outputId'], `two worksheets fill output ${d.outputId}`);
      worksheetOutputs.add(d.outputId);
    }
  });
  archive.groups.forEach((g, index) => {
    if (g.boardName === null) return;
    const board = docsByName.get(g.boardName);
    if (!board || board.kind !== 'board' || board.groupId !== g.id) problem(['groups', index, 'boardName'], `group ${g.id}'s board ${JSON.stringify(g.boardName)} is not a board of that group in the archive`);
  });
  archive.participants.forEach((p, index) => {
    p.groupIds.forEach((groupId, at) => {
      if (!groupIds.has(groupId)) problem(['participants', index, 'groupIds', at], `participant ${p.id} is in group ${JSON.stringify(groupId)}, which is not in the archive`);
    });
  });
  const versions = new Set<string>();
  archive.agreedOutputs.forEach((o, index) => {
    const key = `${o.outputId}#${o.version}`;
    if (versions.has(key)) problem(['agreedOutputs', index, 'version'], `output ${o.outputId} has version ${o.version} twice`);
    versions.add(key);
    o.sourceDocs.forEach((source, at) => {
      if (!docsByName.has(source.docName)) problem(['agreedOutputs', index, 'sourceDocs', at, 'docName'], `output ${o.outputId} v${o.version} comes from document ${JSON.stringify(source.docName.slice(0, 80))}, which is not in the archive`);
    });
  });
  const sessions = new Set<string>();
  archive.agenda.sessions.forEach((s, index) => {
    const key = `${s.topicId}#${s.number}`;
    if (sessions.has(key)) problem(['agenda', 'sessions', index], `session ${s.number} of topic ${s.topicId} appears twice`);
    sessions.add(key);
  });
}

/** The zod issues as one message a person can act on: each with the field it is about. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const listed = issues.slice(0, limit).map((issue) => `${issue.path.join('.') || 'archive'}: ${issue.message}`);
  const more = issues.length > limit ? `; and ${issues.length - limit} more` : '';
  return `${listed.join('; ')}${more}`;
}
