/**
 * People in a workshop who have no account: they join with the workshop's code or an invite link,
 * and the facilitator sets their role and their group in the session running now (groups are
 * formed per session). Removal ends access but keeps the record.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '@/lib/auth/capabilities';
import { newOpaqueId } from '@/lib/docName';
import { IN_CURRENT_SESSION } from './currentSession';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export interface Participant {
  id: string;
  workshopId: string;
  name: string;
  organisation: string | null;
  role: Role;
  /** Their group in the session running now, if any. */
  groupId: string | null;
  removed: boolean;
}

const personName = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const organisation = z.string().trim().max(120, 'must be at most 120 characters');
const role = z.enum(ROLES);

interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  organisation: string | null;
  role: string;
  group_id: string | null;
  removed_at: Date | null;
}

const SELECT_PARTICIPANTS = `select p.id, p.workshop_id, p.name, p.organisation, p.role, p.removed_at,
    (select gm.group_id from group_members gm join groups g on g.id = gm.group_id
      where gm.participant_id = p.id and ${IN_CURRENT_SESSION} limit 1) as group_id
  from participants p join workshops w on w.id = p.workshop_id`;

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    organisation: row.organisation,
    role: role.parse(row.role),
    groupId: row.group_id,
    removed: row.removed_at !== null,
  };
}

export async function addParticipant(
  sql: Sql,
  workshopId: string,
  input: { name: string; organisation?: string | null; role: Role; groupId?: string | null; inviteId?: string | null },
): Promise<Participant> {
  const name = parseOrThrow(personName, input.name, 'name');
  const org = input.organisation ? parseOrThrow(organisation, input.organisation, 'organisation') || null : null;
  const participantRole = parseOrThrow(role, input.role, 'role');
  const groupId = input.groupId ?? null;
  if (groupId !== null) await assertGroupOfWorkshop(sql, workshopId, groupId);
  const id = newOpaqueId(randomBytes);
  await sql.transaction(async (tx) => {
    await tx.query(`insert into participants (id, workshop_id, name, organisation, role, invite_id) values ($1, $2, $3, $4, $5, $6)`, [id, workshopId, name, org, participantRole, input.inviteId ?? null]);
    if (groupId !== null) await tx.query(`insert into group_members (group_id, participant_id) values ($1, $2)`, [groupId, id]);
  });
  return { id, workshopId, name, organisation: org, role: participantRole, groupId, removed: false };
}

export async function getParticipant(sql: Sql, id: string): Promise<Participant | null> {
  const rows = await sql.query<ParticipantRow>(`${SELECT_PARTICIPANTS} where p.id = $1`, [id]);
  return rows[0] ? toParticipant(rows[0]) : null;
}

/** Everyone who joined, present and removed, in order of joining. */
export async function listParticipants(sql: Sql, workshopId: string): Promise<Participant[]> {
  const rows = await sql.query<ParticipantRow>(`${SELECT_PARTICIPANTS} where p.workshop_id = $1 order by p.created_at, p.id`, [workshopId]);
  return rows.map(toParticipant);
}

/**
 * Changes a participant's role and/or their group in the session running now (null group = none).
 * Returns the updated participant, or null when the participant is not in this workshop or was
 * removed.
 */
export async function updateParticipant(
  sql: Sql,
  workshopId: string,
  participantId: string,
  changes: { role?: Role; groupId?: string | null },
): Promise<Participant | null> {
  const newRole = changes.role === undefined ? null : parseOrThrow(role, changes.role, 'role');
  if (changes.groupId) await assertGroupOfWorkshop(sql, workshopId, changes.groupId);
  const updated = await sql.transaction(async (tx) => {
    const rows = await tx.query(`update participants set role = coalesce($3, role) where id = $2 and workshop_id = $1 and removed_at is null returning id`, [
      workshopId,
      participantId,
      newRole,
    ]);
    if (rows.length === 0) return false;
    if (changes.groupId !== undefined) {
      // One group per person per session: leave this session's groups, then join the new one.
      await tx.query(
        `delete from group_members
          where participant_id = $2
            and group_id in (select g.id from groups g join workshops w on w.id = g.workshop_id where w.id = $1 and ${IN_CURRENT_SESSION})`,
        [workshopId, participantId],
      );
      if (changes.groupId) await tx.query(`insert into group_members (group_id, participant_id) values ($1, $2)`, [changes.groupId, participantId]);
    }
    return true;
  });
  return updated ? getParticipant(sql, participantId) : null;
}

/** Ends a participant's access; returns false when there was nobody to remove. */
export async function removeParticipant(sql: Sql, workshopId: string, participantId: string): Promise<boolean> {
  const rows = await sql.query(`update participants set removed_at = now() where id = $2 and workshop_id = $1 and removed_at is null returning id`, [
    workshopId,
    participantId,
  ]);
  return rows.length === 1;
}

/** A participant can only be put in one of this workshop's groups of the session running now. */
async function assertGroupOfWorkshop(sql: Sql, workshopId: string, groupId: string): Promise<void> {
  const rows = await sql.query(`select 1 from groups g join workshops w on w.id = g.workshop_id where g.id = $1 and g.workshop_id = $2 and ${IN_CURRENT_SESSION}`, [
    groupId,
    workshopId,
  ]);
  if (rows.length === 0) throw new Error('Invalid group: not a group of this workshop in the session running now');
}
