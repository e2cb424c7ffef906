/**
 * Kalender Kerja (the meetings the working group agrees, session by session) and Tindak Lanjut
 * (follow-ups with an owner and a due date), each linked to the topic where it was agreed.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { newOpaqueId } from '@/lib/docName';
import { findTopic } from '@/lib/method/topics';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@/lib/workshop/followUpStatus';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export interface Meeting {
  id: string;
  startsAt: Date;
  place: string | null;
  agenda: string;
  invitees: string | null;
  topicId: string | null;
}

export interface FollowUp {
  id: string;
  topicId: string | null;
  description: string;
  owner: string;
  dueOn: string | null;
  status: FollowUpStatus;
}

const topicId = z
  .string()
  .nullable()
  .refine((id) => id === null || findTopic(id) !== undefined, 'must be a topic of the method');
const optionalText = (max: number) => z.string().trim().max(max).nullable().transform((v) => (v ? v : null));

const MeetingSchema = z.object({
  startsAt: z.date(),
  place: optionalText(200),
  agenda: z.string().trim().min(1).max(2000),
  invitees: optionalText(2000),
  topicId,
});

const FollowUpSchema = z.object({
  topicId,
  description: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(200),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').nullable(),
});

export async function addMeeting(sql: Sql, workshopId: string, input: z.input<typeof MeetingSchema>): Promise<Meeting> {
  const m = parseOrThrow(MeetingSchema, input, 'meeting');
  const id = newOpaqueId(randomBytes);
  await sql.query(`insert into meetings (id, workshop_id, starts_at, place, agenda, invitees, topic_id) values ($1, $2, $3, $4, $5, $6, $7)`, [
    id,
    workshopId,
    m.startsAt,
    m.place,
    m.agenda,
    m.invitees,
    m.topicId,
  ]);
  return { id, ...m };
}

export async function listMeetings(sql: Sql, workshopId: string): Promise<Meeting[]> {
  const rows = await sql.query<{ id: string; starts_at: Date; place: string | null; agenda: string; invitees: string | null; topic_id: string | null }>(
    `select id, starts_at, place, agenda, invitees, topic_id from meetings where workshop_id = $1 order by starts_at, id`,
    [workshopId],
  );
  return rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at), place: r.place, agenda: r.agenda, invitees: r.invitees, topicId: r.topic_id }));
}

export async function deleteMeeting(sql: Sql, workshopId: string, meetingId: string): Promise<boolean> {
  return (await sql.query(`delete from meetings where id = $2 and workshop_id = $1 returning id`, [workshopId, meetingId])).length === 1;
}

export async function addFollowUp(sql: Sql, workshopId: string, input: z.input<typeof FollowUpSchema>): Promise<FollowUp> {
  const f = parseOrThrow(FollowUpSchema, input, 'follow-up');
  const id = newOpaqueId(randomBytes);
  await sql.query(`insert into follow_ups (id, workshop_id, topic_id, description, owner, due_on) values ($1, $2, $3, $4, $5, $6::date)`, [
    id,
    workshopId,
    f.topicId,
    f.description,
    f.owner,
    f.dueOn,
  ]);
  return { id, ...f, status: 'open' };
}

/** Every follow-up of the workshop (or of one topic), open ones first, then by due date. */
export async function listFollowUps(sql: Sql, workshopId: string, onlyTopicId?: string): Promise<FollowUp[]> {
  const rows = await sql.query<{ id: string; topic_id: string | null; description: string; owner: string; due_on: string | null; status: string }>(
    `select id, topic_id, description, owner, to_char(due_on, 'YYYY-MM-DD') as due_on, status from follow_ups
      where workshop_id = $1 and ($2::text is null or topic_id = $2)
      order by status = 'done', due_on nulls last, created_at, id`,
    [workshopId, onlyTopicId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    topicId: r.topic_id,
    description: r.description,
    owner: r.owner,
    dueOn: r.due_on,
    status: (FOLLOW_UP_STATUSES as readonly string[]).includes(r.status) ? (r.status as FollowUpStatus) : 'open',
  }));
}

export async function setFollowUpStatus(sql: Sql, workshopId: string, followUpId: string, status: FollowUpStatus): Promise<boolean> {
  const checked = parseOrThrow(z.enum(FOLLOW_UP_STATUSES), status, 'status');
  return (await sql.query(`update follow_ups set status = $3 where id = $2 and workshop_id = $1 returning id`, [workshopId, followUpId, checked])).length === 1;
}
