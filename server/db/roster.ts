/** The Pokja and the stakeholders of a workshop, with organisation, position and role. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { newOpaqueId } from '@/lib/docName';
import { ROSTER_ROLES, type RosterRole } from '@/lib/workshop/rosterRoles';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export interface RosterEntry {
  id: string;
  name: string;
  organisation: string | null;
  position: string | null;
  role: RosterRole;
}

const optionalText = (max: number) => z.string().trim().max(max).nullable().transform((v) => (v ? v : null));

export const RosterEntrySchema = z.object({
  name: z.string().trim().min(1).max(120),
  organisation: optionalText(160),
  position: optionalText(160),
  role: z.enum(ROSTER_ROLES),
});

const ROLE_ORDER = `case roster_role when 'pokja-chair' then 0 when 'pokja-secretary' then 1 when 'pokja-member' then 2 when 'stakeholder' then 3 else 4 end`;

export async function addRosterEntry(sql: Sql, workshopId: string, input: z.input<typeof RosterEntrySchema>): Promise<RosterEntry> {
  const entry = parseOrThrow(RosterEntrySchema, input, 'roster entry');
  const id = newOpaqueId(randomBytes);
  await sql.query(`insert into roster (id, workshop_id, name, organisation, position, roster_role) values ($1, $2, $3, $4, $5, $6)`, [
    id,
    workshopId,
    entry.name,
    entry.organisation,
    entry.position,
    entry.role,
  ]);
  return { id, ...entry };
}

/** The Pokja first (chair, secretary, members), then stakeholders and resource persons. */
export async function listRoster(sql: Sql, workshopId: string): Promise<RosterEntry[]> {
  const rows = await sql.query<{ id: string; name: string; organisation: string | null; position: string | null; roster_role: string }>(
    `select id, name, organisation, position, roster_role from roster where workshop_id = $1 order by ${ROLE_ORDER}, created_at, id`,
    [workshopId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, organisation: r.organisation, position: r.position, role: parseOrThrow(z.enum(ROSTER_ROLES), r.roster_role, 'role') }));
}

export async function removeRosterEntry(sql: Sql, workshopId: string, entryId: string): Promise<boolean> {
  return (await sql.query(`delete from roster where id = $2 and workshop_id = $1 returning id`, [workshopId, entryId])).length === 1;
}
