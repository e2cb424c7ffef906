/**
 * The accounts that run a workshop (facilitators), as the people screen lists them, and taking
 * one of them off the workshop.
 */
import { isRole, type Role } from '@/lib/auth/capabilities';
import type { Sql } from './Sql';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** Made the workshop: stays, so a workshop always keeps someone who runs it. */
  isCreator: boolean;
}

export async function listMembers(sql: Sql, workshopId: string): Promise<Member[]> {
  const rows = await sql.query<{ id: string; name: string; email: string; role: string; created_by: string | null }>(
    `select u.id, u.name, u.email, m.role, w.created_by from workshop_members m
       join users u on u.id = m.user_id join workshops w on w.id = m.workshop_id
      where m.workshop_id = $1 order by u.name, u.id`,
    [workshopId],
  );
  return rows.map((row) => ({ userId: row.id, name: row.name, email: row.email, role: isRole(row.role) ? row.role : 'observer', isCreator: row.created_by === row.id }));
}

/** Takes the account off the workshop; false when it was not a member. */
export async function removeMember(sql: Sql, workshopId: string, userId: string): Promise<boolean> {
  const rows = await sql.query('delete from workshop_members where workshop_id = $1 and user_id = $2 returning user_id', [workshopId, userId]);
  return rows.length === 1;
}
