import { beforeAll, expect, it } from 'vitest';
import { ensureWorksheetDoc, findWorksheetDoc, insertAgreedOutput, latestAgreedOutputs, listAgreedOutputs, type NewAgreedOutput } from './outputs';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { createWorkshop, getDoc, type CreatedWorkshop } from './workshops';

describeEachBackend('agreed outputs', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  let other: CreatedWorkshop;
  let userId: string;
  beforeAll(async () => {
    sql = backend.sql();
    const user = await createUser(sql, { email: 'outputs@test.local', name: 'F', password: 'password-123' });
    userId = user.id;
    workshop = await createWorkshop(sql, { title: 'L', pdam: 'P', createdBy: user.id });
    other = await createWorkshop(sql, { title: 'L2', pdam: 'P2', createdBy: user.id });
  });

  const agreement = (overrides: Partial<NewAgreedOutput> = {}): NewAgreedOutput => ({
    workshopId: workshop.id,
    outputId: '4.7/priorities',
    data: { format: 'items', items: [{ id: 'a', label: 'Ganti meter' }] },
    sourceDocs: [{ docName: 'sheet-0001', stateVector: 'AQID' }],
    present: ['Ir. Andi', 'Drs. Hasan'],
    agreedBy: userId,
    note: null,
    ...overrides,
  });

  it('numbers versions 1, 2, 3 per output and keeps earlier versions exactly as agreed', async () => {
    const first = await insertAgreedOutput(sql, agreement());
    const second = await insertAgreedOutput(sql, agreement({ data: { format: 'items', items: [] }, note: 'Amandemen' }));
    const otherOutput = await insertAgreedOutput(sql, agreement({ outputId: '4.7/assessment-matrix' }));
    const third = await insertAgreedOutput(sql, agreement({ present: [] }));
    expect([first.version, second.version, third.version, otherOutput.version]).toEqual([1, 2, 3, 1]);
    const versions = await listAgreedOutputs(sql, workshop.id, '4.7/priorities');
    // Never updated in place: version 1 reads back as it was inserted.
    expect(versions.find((v) => v.version === 1)).toEqual(first);
    expect(first.data).toEqual({ format: 'items', items: [{ id: 'a', label: 'Ganti meter' }] });
    expect(first.present).toEqual(['Ir. Andi', 'Drs. Hasan']);
    expect(first.sourceDocs).toEqual([{ docName: 'sheet-0001', stateVector: 'AQID' }]);
    expect(second.note).toBe('Amandemen');
    expect(first.agreedAt).toBeInstanceOf(Date);
  });

  it('lists by output id, newest version first, and only for the workshop asked', async () => {
    const all = await listAgreedOutputs(sql, workshop.id);
    expect(all.map((v) => [v.outputId, v.version])).toEqual([
      ['4.7/assessment-matrix', 1],
      ['4.7/priorities', 3],
      ['4.7/priorities', 2],
      ['4.7/priorities', 1],
    ]);
    expect(await listAgreedOutputs(sql, other.id)).toEqual([]);
  });

  it('gives the latest version of each output asked for', async () => {
    const latest = await latestAgreedOutputs(sql, workshop.id, ['4.7/priorities', '3.2/integrated-solutions']);
    expect([...latest.keys()]).toEqual(['4.7/priorities']);
    expect(latest.get('4.7/priorities')?.version).toBe(3);
  });

  it('gives each of two agreements made at the same moment its own version', async () => {
    const made = await Promise.all([1, 2, 3].map(() => insertAgreedOutput(sql, agreement({ workshopId: other.id }))));
    expect(made.map((v) => v.version).sort()).toEqual([1, 2, 3]);
  });

  it('refuses a malformed output id before it reaches the table', async () => {
    await expect(insertAgreedOutput(sql, agreement({ outputId: 'priorities' }))).rejects.toThrow(/Invalid agreed output/);
  });

  it('creates one worksheet document per output, however many open it at once', async () => {
    const spec = { workshopId: workshop.id, topicId: '4.7', outputId: '4.7/assessment-matrix', title: { id: 'Matriks', en: 'Matrix' } };
    const opened = await Promise.all([ensureWorksheetDoc(sql, spec), ensureWorksheetDoc(sql, spec)]);
    expect(new Set(opened.map((o) => o.name)).size).toBe(1);
    expect(opened.filter((o) => o.created)).toHaveLength(1);
    expect(await findWorksheetDoc(sql, workshop.id, '4.7/assessment-matrix')).toBe(opened[0].name);
    expect(await getDoc(sql, opened[0].name)).toMatchObject({ kind: 'worksheet', topicId: '4.7', groupId: null, openForParticipants: false });
    expect(await findWorksheetDoc(sql, other.id, '4.7/assessment-matrix')).toBeNull();
  });
});
