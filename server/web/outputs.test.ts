import { beforeAll, expect, it, vi } from 'vitest';
import { insertAgreedOutput, type NewAgreedOutput } from '../db/outputs';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { createUser } from '../db/users';
import { createWorkshop, type CreatedWorkshop } from '../db/workshops';
import { listOutputVersionViews } from './outputs';

// Next's marker that keeps this module out of browser bundles; it throws outside a React server build.
vi.mock('server-only', () => ({}));

describeEachBackend('agreed versions as pages show them', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  let lead: string;
  let partner: string;
  beforeAll(async () => {
    sql = backend.sql();
    lead = (await createUser(sql, { email: 'lead-agree@test.local', name: 'Ibu Rina', password: 'password-123' })).id;
    partner = (await createUser(sql, { email: 'partner-agree@test.local', name: 'Pak Dodi', password: 'password-123' })).id;
    workshop = await createWorkshop(sql, { title: 'L', pdam: 'P', createdBy: lead });
  });

  const agreement = (agreedBy: string, present: string[]): NewAgreedOutput => ({
    workshopId: workshop.id,
    outputId: '2.3/gap-table',
    data: { format: 'items', items: [{ id: 'a', label: 'Kehilangan air' }] },
    sourceDocs: [{ docName: 'sheet-0001', stateVector: 'AQID' }],
    present,
    agreedBy,
    note: null,
  });

  it('names the facilitator who agreed each version, next to who was present', async () => {
    await insertAgreedOutput(sql, agreement(lead, ['Drs. Hasan', 'Ibu Sari']));
    await insertAgreedOutput(sql, agreement(partner, ['Ibu Sari']));
    const versions = await listOutputVersionViews(sql, workshop.id, '2.3/gap-table');
    expect(versions.map((v) => [v.version, v.agreedByName, v.present])).toEqual([
      [2, 'Pak Dodi', ['Ibu Sari']],
      [1, 'Ibu Rina', ['Drs. Hasan', 'Ibu Sari']],
    ]);
  });

  it('gives no name, rather than failing, for a version agreed by an account that is gone', async () => {
    await insertAgreedOutput(sql, { ...agreement('no-such-user', []), outputId: '2.3/strategic-indicators' });
    const [version] = await listOutputVersionViews(sql, workshop.id, '2.3/strategic-indicators');
    expect(version).toMatchObject({ version: 1, agreedByName: null, present: [] });
  });
});
