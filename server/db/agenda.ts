/** Per workshop: each topic's status (for the Kerangka map) and the facilitator's agenda edits. */
import { z } from 'zod';
import { findTopic } from '@/lib/method/topics';
import { MAX_SESSION_MINUTES, TOPIC_STATUSES, type SessionOverride, type TopicStatus } from '@/lib/workshop/agenda';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

const topicId = z.string().refine((id) => findTopic(id) !== undefined, 'must be a topic of the method');

export async function topicStatuses(sql: Sql, workshopId: string): Promise<Map<string, TopicStatus>> {
  const rows = await sql.query<{ topic_id: string; status: string }>(`select topic_id, status from topic_progress where workshop_id = $1`, [workshopId]);
  const statuses = new Map<string, TopicStatus>();
  for (const row of rows) if ((TOPIC_STATUSES as readonly string[]).includes(row.status)) statuses.set(row.topic_id, row.status as TopicStatus);
  return statuses;
}

export async function setTopicStatus(sql: Sql, workshopId: string, topic: string, status: TopicStatus): Promise<void> {
  parseOrThrow(topicId, topic, 'topic');
  parseOrThrow(z.enum(TOPIC_STATUSES), status, 'status');
  await sql.query(
    `insert into topic_progress (workshop_id, topic_id, status) values ($1, $2, $3)
     on conflict (workshop_id, topic_id) do update set status = excluded.status, updated_at = now()`,
    [workshopId, topic, status],
  );
}

export async function agendaOverrides(sql: Sql, workshopId: string): Promise<SessionOverride[]> {
  const rows = await sql.query<{ topic_id: string; number: number; duration_minutes: number | null; starts_at: Date | null; removed: boolean }>(
    `select topic_id, number, duration_minutes, starts_at, removed from agenda_sessions where workshop_id = $1 order by topic_id, number`,
    [workshopId],
  );
  return rows.map((r) => ({ topicId: r.topic_id, number: r.number, durationMinutes: r.duration_minutes, startsAt: r.starts_at ? new Date(r.starts_at) : null, removed: r.removed }));
}

const SessionEditSchema = z.object({
  topicId,
  number: z.number().int().min(1).max(50),
  durationMinutes: z.number().int().min(15).max(MAX_SESSION_MINUTES).refine((m) => m % 15 === 0, 'must be a multiple of 15 minutes').nullable(),
  startsAt: z.date().nullable(),
  removed: z.boolean(),
});

/** Stores the facilitator's version of one session (replacing an earlier edit of it). */
export async function saveSessionOverride(sql: Sql, workshopId: string, input: SessionOverride): Promise<SessionOverride> {
  const edit = parseOrThrow(SessionEditSchema, input, 'session');
  await sql.query(
    `insert into agenda_sessions (workshop_id, topic_id, number, duration_minutes, starts_at, removed) values ($1, $2, $3, $4, $5, $6)
     on conflict (workshop_id, topic_id, number) do update
       set duration_minutes = excluded.duration_minutes, starts_at = excluded.starts_at, removed = excluded.removed`,
    [workshopId, edit.topicId, edit.number, edit.durationMinutes, edit.startsAt, edit.removed],
  );
  return edit;
}
