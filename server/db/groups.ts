/**
 * Breakout groups (kelompok) of a workshop, formed per session: groups are created in the session
 * running now, and lists show that session's groups. Each group gets its own board when it is
 * created, so a participant put in a group has somewhere to land.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { newOpaqueId } from '@/lib/docName';
import { findTopic } from '@/lib/method/topics';
import { GROUP_COLORS, colorForGroupIndex } from '@/lib/workshop/groupColors';
import { getCurrentSession, IN_CURRENT_SESSION, type SessionRef } from './currentSession';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';
import { insertDoc, type DocRecord } from './workshops';

export interface Group {
  id: string;
  workshopId: string;
  name: string;
  color: string;
  position: number;
  /** The group's own board. */
  boardName: string | null;
  /** The session the group was formed for; null outside any session. */
  session: SessionRef | null;
}

const groupName = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');
const groupColor = z.enum(GROUP_COLORS);

interface GroupRow {
  id: string;
  workshop_id: string;
  name: string;
  color: string;
  position: number;
  board_name: string | null;
  topic_id: string | null;
  session_number: number | null;
}

const SELECT_GROUPS = `select g.id, g.workshop_id, g.name, g.color, g.position, g.topic_id, g.session_number,
    (select d.name from docs d where d.group_id = g.id and d.kind = 'board' order by d.created_at limit 1) as board_name
  from groups g join workshops w on w.id = g.workshop_id`;

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    color: row.color,
    position: row.position,
    boardName: row.board_name,
    session: row.topic_id && row.session_number ? { topicId: row.topic_id, number: row.session_number } : null,
  };
}

/** Creates a group of the session running now, with the next colour and its own board, in one transaction. */
export async function createGroup(sql: Sql, workshopId: string, input: { name: string; color?: string }): Promise<Group> {
  const name = parseOrThrow(groupName, input.name, 'group name');
  return sql.transaction(async (tx) => {
    const session = await getCurrentSession(tx, workshopId);
    const [{ count }] = await tx.query<{ count: number }>(
      `select count(*)::int as count from groups g join workshops w on w.id = g.workshop_id where g.workshop_id = $1 and ${IN_CURRENT_SESSION}`,
      [workshopId],
    );
    const color = input.color === undefined ? colorForGroupIndex(count) : parseOrThrow(groupColor, input.color, 'group colour');
    const id = newOpaqueId(randomBytes);
    await tx.query(`insert into groups (id, workshop_id, name, color, position, topic_id, session_number) values ($1, $2, $3, $4, $5, $6, $7)`, [
      id,
      workshopId,
      name,
      color,
      count,
      session?.topicId ?? null,
      session?.number ?? null,
    ]);
    const board: DocRecord = {
      name: newOpaqueId(randomBytes),
      workshopId,
      kind: 'board',
      topicId: session?.topicId ?? null,
      groupId: id,
      // A group formed in a topic's session works on that topic's sheet (e.g. Harapan/Kenyataan).
      template: session ? (findTopic(session.topicId)?.boardTemplate ?? null) : null,
      title: { id: `Papan ${name}`, en: `${name} board` },
      openForParticipants: false,
      locked: false,
      outputId: null,
    };
    await insertDoc(tx, board);
    return { id, workshopId, name, color, position: count, boardName: board.name, session };
  });
}

/** The groups of the session running now. */
export async function listGroups(sql: Sql, workshopId: string): Promise<Group[]> {
  const rows = await sql.query<GroupRow>(`${SELECT_GROUPS} where g.workshop_id = $1 and ${IN_CURRENT_SESSION} order by g.position, g.created_at`, [workshopId]);
  return rows.map(toGroup);
}

export async function getGroup(sql: Sql, groupId: string): Promise<Group | null> {
  const rows = await sql.query<GroupRow>(`${SELECT_GROUPS} where g.id = $1`, [groupId]);
  return rows[0] ? toGroup(rows[0]) : null;
}

/** Renames and/or re-colours a group of this workshop; returns null when there is no such group. */
export async function updateGroup(sql: Sql, workshopId: string, groupId: string, changes: { name?: string; color?: string }): Promise<Group | null> {
  const name = changes.name === undefined ? null : parseOrThrow(groupName, changes.name, 'group name');
  const color = changes.color === undefined ? null : parseOrThrow(groupColor, changes.color, 'group colour');
  const updated = await sql.query(
    `update groups set name = coalesce($3, name), color = coalesce($4, color) where id = $2 and workshop_id = $1 returning id`,
    [workshopId, groupId, name, color],
  );
  if (updated.length === 0) return null;
  if (name !== null) {
    await sql.query(`update docs set title_id = $2, title_en = $3 where group_id = $1 and kind = 'board'`, [groupId, `Papan ${name}`, `${name} board`]);
  }
  return getGroup(sql, groupId);
}
