/**
 * The session a workshop is running now (a topic and one of its sessions). Breakout groups are
 * formed per session, so "a participant's group" means their group in this session.
 */
import { z } from 'zod';
import { findTopic } from '@/lib/method/topics';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export interface SessionRef {
  topicId: string;
  number: number;
}

const SessionSchema = z.object({
  topicId: z.string().refine((id) => findTopic(id) !== undefined, 'must be a topic of the method'),
  number: z.number().int().min(1).max(50),
});

export async function getCurrentSession(sql: Sql, workshopId: string): Promise<SessionRef | null> {
  const rows = await sql.query<{ current_topic_id: string | null; current_session_number: number | null }>(
    `select current_topic_id, current_session_number from workshops where id = $1`,
    [workshopId],
  );
  const row = rows[0];
  return row?.current_topic_id && row.current_session_number ? { topicId: row.current_topic_id, number: row.current_session_number } : null;
}

/** Starts a session (or ends the current one, with null). Returns false for an unknown workshop. */
export async function setCurrentSession(sql: Sql, workshopId: string, session: SessionRef | null): Promise<boolean> {
  const checked = session === null ? null : parseOrThrow(SessionSchema, session, 'session');
  const rows = await sql.query(`update workshops set current_topic_id = $2, current_session_number = $3 where id = $1 returning id`, [
    workshopId,
    checked?.topicId ?? null,
    checked?.number ?? null,
  ]);
  return rows.length === 1;
}

/** SQL condition: group alias `g` belongs to the current session of workshop alias `w`. */
export const IN_CURRENT_SESSION = 'g.topic_id is not distinct from w.current_topic_id and g.session_number is not distinct from w.current_session_number';
