import { beforeAll, expect, it } from 'vitest';
import { addRosterEntry, listRoster, removeRosterEntry } from './roster';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { createWorkshop, type CreatedWorkshop } from './workshops';

describeEachBackend('the Pokja and stakeholder roster', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  let other: CreatedWorkshop;
  beforeAll(async () => {
    sql = backend.sql();
    const user = await createUser(sql, { email: 'roster@test.local', name: 'F', password: 'password-123' });
    workshop = await createWorkshop(sql, { title: 'L', pdam: 'P', createdBy: user.id });
    other = await createWorkshop(sql, { title: 'L2', pdam: 'P2', createdBy: user.id });
  });

  it('lists the Pokja by post first, then stakeholders and resource persons', async () => {
    await addRosterEntry(sql, workshop.id, { name: 'Forum Pelanggan', organisation: 'Forum Pelanggan Air Minum', position: null, role: 'stakeholder' });
    await addRosterEntry(sql, workshop.id, { name: 'Ir. Andi', organisation: 'PDAM', position: 'Direktur Teknik', role: 'pokja-member' });
    await addRosterEntry(sql, workshop.id, { name: 'Drs. Hasan', organisation: 'Bappeda', position: 'Kepala Bidang', role: 'pokja-chair' });
    await addRosterEntry(sql, workshop.id, { name: 'Dr. Lia', organisation: 'Universitas', position: '', role: 'resource-person' });
    const roster = await listRoster(sql, workshop.id);
    expect(roster.map((e) => [e.name, e.role])).toEqual([
      ['Drs. Hasan', 'pokja-chair'],
      ['Ir. Andi', 'pokja-member'],
      ['Forum Pelanggan', 'stakeholder'],
      ['Dr. Lia', 'resource-person'],
    ]);
    expect(roster[3].position).toBeNull();
    expect(await listRoster(sql, other.id)).toEqual([]);
  });

  it('removes an entry only within its workshop, and refuses an unknown role', async () => {
    const entry = await addRosterEntry(sql, workshop.id, { name: 'Sementara', organisation: null, position: null, role: 'pokja-member' });
    expect(await removeRosterEntry(sql, other.id, entry.id)).toBe(false);
    expect(await removeRosterEntry(sql, workshop.id, entry.id)).toBe(true);
    await expect(addRosterEntry(sql, workshop.id, { name: 'X', organisation: null, position: null, role: 'king' as never })).rejects.toThrow(/role/);
  });
});
