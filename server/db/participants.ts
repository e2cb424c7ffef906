/**
 * People in a workshop who have no account: they join with the workshop's code or an invite link,
 * and the facilitator sets their role and group. Removal ends access but keeps the record.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '@/lib/auth/capabilities';
import { newOpaqueId } from '@/lib/docName';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export interface Participant {
  id: string;
  workshopId: string;
  name: string;
  organisation: string | null;
  role: Role;
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

const COLUMNS = 'id, workshop_id, name, organisation, role, group_id, removed_at';

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
  input: { name: string; organisation?: string | null; role: Role; groupId?: string | null },
): Promise<Participant> {
  const name = parseOrThrow(personName, input.name, 'name');
  const org = input.organisation ? parseOrThrow(organisation, input.organisation, 'organisation') || null : null;
  const participantRole = parseOrThrow(role, input.role, 'role');
  const groupId = input.groupId ?? null;
  if (groupId !== null) await assertGroupOfWorkshop(sql, workshopId, groupId);
  const id = newOpaqueId(randomBytes);
  await sql.query(`insert into participants (id, workshop_id, name, organisation, role, group_id) values ($1, $2, $3, $4, $5, $6)`, [
    id,
    workshopId,
    name,
    org,
    participantRole,
    groupId,
  ]);
  return { id, workshopId, name, organisation: org, role: participantRole, groupId, removed: false };
}

export async function getParticipant(sql: Sql, id: string): Promise<Participant | null> {
  const rows = await sql.query<ParticipantRow>(`select ${COLUMNS} from participants where id = $1`, [id]);
  return rows[0] ? toParticipant(rows[0]) : null;
}

/** Everyone who joined, present and removed, in order of joining. */
export async function listParticipants(sql: Sql, workshopId: string): Promise<Participant[]> {
  const rows = await sql.query<ParticipantRow>(`select ${COLUMNS} from participants where workshop_id = $1 order by created_at, id`, [workshopId]);
  return rows.map(toParticipant);
}

/**
 * Changes a participant's role and/or group (null group = none). Returns the updated participant,
 * or null when the participant is not in this workshop or was removed.
 */
export async function updateParticipant(
  sql: Sql,
  workshopId: string,
  participantId: string,
  changes: { role?: Role; groupId?: string | null },
): Promise<Participant | null> {
  const newRole = changes.role === undefined ? null : parseOrThrow(role, changes.role, 'role');
  if (changes.groupId) await assertGroupOfWorkshop(sql, workshopId, changes.groupId);
  const rows = await sql.query<ParticipantRow>(
    `update participants
        set role = coalesce($3, role),
            group_id = case when $4 then $5 else group_id end
      where id = $2 and workshop_id = $1 and removed_at is null
      returning ${COLUMNS}`,
    [workshopId, participantId, newRole, changes.groupId !== undefined, changes.groupId ?? null],
  );
  return rows[0] ? toParticipant(rows[0]) : null;
}

/** Ends a participant's access; returns false when there was nobody to remove. */
export async function removeParticipant(sql: Sql, workshopId: string, participantId: string): Promise<boolean> {
  const rows = await sql.query(`update participants set removed_at = now() where id = $2 and workshop_id = $1 and removed_at is null returning id`, [
    workshopId,
    participantId,
  ]);
  return rows.length === 1;
}

async function assertGroupOfWorkshop(sql: Sql, workshopId: string, groupId: string): Promise<void> {
  const rows = await sql.query(`select 1 from groups where id = $1 and workshop_id = $2`, [groupId, workshopId]);
  if (rows.length === 0) throw new Error('Invalid group: not a group of this workshop');
}
