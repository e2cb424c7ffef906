import { beforeAll, expect, it } from 'vitest';
import { GROUP_COLORS } from '@/lib/workshop/groupColors';
import { getCurrentSession, setCurrentSession } from './currentSession';
import { createGroup, getGroup, listGroups, updateGroup } from './groups';
import { addParticipant, getParticipant, listParticipants, removeParticipant, updateParticipant } from './participants';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { createWorkshop, getDoc, listDocs, type CreatedWorkshop } from './workshops';

describeEachBackend('groups and participants', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  let otherWorkshop: CreatedWorkshop;
  beforeAll(async () => {
    sql = backend.sql();
    const facilitator = await createUser(sql, { email: 'f@people.test', name: 'Fasilitator', password: 'password-123' });
    workshop = await createWorkshop(sql, { title: 'Lokakarya', pdam: 'PDAM A', createdBy: facilitator.id });
    otherWorkshop = await createWorkshop(sql, { title: 'Lain', pdam: 'PDAM B', createdBy: facilitator.id });
  });

  it('gives each new group the next colour and a board of its own', async () => {
    const first = await createGroup(sql, workshop.id, { name: 'Kelompok 1' });
    const second = await createGroup(sql, workshop.id, { name: 'Kelompok 2' });
    expect([first.color, second.color]).toEqual([GROUP_COLORS[0], GROUP_COLORS[1]]);
    const board = await getDoc(sql, first.boardName!);
    expect(board).toMatchObject({ kind: 'board', groupId: first.id, workshopId: workshop.id, title: { id: 'Papan Kelompok 1', en: 'Kelompok 1 board' } });
    expect((await listGroups(sql, workshop.id)).map((g) => g.name)).toEqual(['Kelompok 1', 'Kelompok 2']);
    expect((await listDocs(sql, workshop.id)).filter((d) => d.groupId !== null)).toHaveLength(2);
  });

  it('renames a group and its board, and refuses an empty name or an unknown colour', async () => {
    const group = await createGroup(sql, workshop.id, { name: 'Sementara' });
    const renamed = await updateGroup(sql, workshop.id, group.id, { name: 'Kelompok Teknis', color: GROUP_COLORS[4] });
    expect(renamed).toMatchObject({ name: 'Kelompok Teknis', color: GROUP_COLORS[4] });
    expect((await getDoc(sql, group.boardName!))?.title.id).toBe('Papan Kelompok Teknis');
    await expect(updateGroup(sql, workshop.id, group.id, { name: '   ' })).rejects.toThrow(/must not be empty/);
    await expect(updateGroup(sql, workshop.id, group.id, { color: 'pink' })).rejects.toThrow(/colour/);
    expect(await updateGroup(sql, otherWorkshop.id, group.id, { name: 'Diambil' })).toBeNull();
    expect((await getGroup(sql, group.id))?.name).toBe('Kelompok Teknis');
  });

  it('adds a participant who joins by code, then moves them between groups and changes their role', async () => {
    const [a, b] = [await createGroup(sql, workshop.id, { name: 'A' }), await createGroup(sql, workshop.id, { name: 'B' })];
    const person = await addParticipant(sql, workshop.id, { name: ' Ibu Sari ', organisation: 'Bappeda', role: 'participant' });
    expect(person).toMatchObject({ name: 'Ibu Sari', organisation: 'Bappeda', role: 'participant', groupId: null, removed: false });
    expect(await updateParticipant(sql, workshop.id, person.id, { groupId: a.id })).toMatchObject({ groupId: a.id });
    expect(await updateParticipant(sql, workshop.id, person.id, { groupId: b.id, role: 'observer' })).toMatchObject({ groupId: b.id, role: 'observer' });
    expect(await updateParticipant(sql, workshop.id, person.id, { role: 'participant' })).toMatchObject({ groupId: b.id, role: 'participant' });
    expect(await updateParticipant(sql, workshop.id, person.id, { groupId: null })).toMatchObject({ groupId: null });
  });

  it('never puts a participant in another workshop’s group, nor lets another workshop change them', async () => {
    const foreignGroup = await createGroup(sql, otherWorkshop.id, { name: 'Asing' });
    const person = await addParticipant(sql, workshop.id, { name: 'Pak Budi', role: 'participant' });
    await expect(updateParticipant(sql, workshop.id, person.id, { groupId: foreignGroup.id })).rejects.toThrow(/not a group of this workshop/);
    await expect(addParticipant(sql, workshop.id, { name: 'X', role: 'participant', groupId: foreignGroup.id })).rejects.toThrow(/not a group/);
    expect(await updateParticipant(sql, otherWorkshop.id, person.id, { role: 'facilitator' })).toBeNull();
    expect((await getParticipant(sql, person.id))?.role).toBe('participant');
  });

  it('removes a participant for good: the record stays, changes are refused', async () => {
    const person = await addParticipant(sql, workshop.id, { name: 'Tamu', role: 'observer' });
    expect(await removeParticipant(sql, workshop.id, person.id)).toBe(true);
    expect(await removeParticipant(sql, workshop.id, person.id)).toBe(false);
    expect(await getParticipant(sql, person.id)).toMatchObject({ removed: true });
    expect(await updateParticipant(sql, workshop.id, person.id, { role: 'participant' })).toBeNull();
    expect((await listParticipants(sql, workshop.id)).find((p) => p.id === person.id)?.removed).toBe(true);
  });

  it('forms groups per session: each session has its own groups and memberships, and earlier ones come back', async () => {
    const person = await addParticipant(sql, otherWorkshop.id, { name: 'Ibu Ani', role: 'participant' });
    await setCurrentSession(sql, otherWorkshop.id, { topicId: '2.1', number: 1 });
    const issues = await createGroup(sql, otherWorkshop.id, { name: 'Kelompok Isu' });
    expect(issues.session).toEqual({ topicId: '2.1', number: 1 });
    expect(await getDoc(sql, issues.boardName!)).toMatchObject({ topicId: '2.1', template: 'brainstorm' });
    await updateParticipant(sql, otherWorkshop.id, person.id, { groupId: issues.id });
    expect((await getParticipant(sql, person.id))?.groupId).toBe(issues.id);

    await setCurrentSession(sql, otherWorkshop.id, { topicId: '3.1', number: 1 });
    expect(await listGroups(sql, otherWorkshop.id)).toEqual([]);
    expect((await getParticipant(sql, person.id))?.groupId).toBeNull();
    // A group of another session cannot be joined while this one runs.
    await expect(updateParticipant(sql, otherWorkshop.id, person.id, { groupId: issues.id })).rejects.toThrow(/session running now/);
    const needs = await createGroup(sql, otherWorkshop.id, { name: 'Kelompok Kebutuhan' });
    expect(needs.color).toBe(GROUP_COLORS[0]);
    await updateParticipant(sql, otherWorkshop.id, person.id, { groupId: needs.id });

    await setCurrentSession(sql, otherWorkshop.id, { topicId: '2.1', number: 1 });
    expect((await listGroups(sql, otherWorkshop.id)).map((g) => g.name)).toEqual(['Kelompok Isu']);
    expect((await getParticipant(sql, person.id))?.groupId).toBe(issues.id);
    expect(await getCurrentSession(sql, otherWorkshop.id)).toEqual({ topicId: '2.1', number: 1 });
    await expect(setCurrentSession(sql, otherWorkshop.id, { topicId: '9.9', number: 1 })).rejects.toThrow(/topic/);
    await setCurrentSession(sql, otherWorkshop.id, null);
    expect(await getCurrentSession(sql, otherWorkshop.id)).toBeNull();
  });

  it('refuses a role that does not exist and a name that is empty or too long', async () => {
    await expect(addParticipant(sql, workshop.id, { name: 'X', role: 'admin' as never })).rejects.toThrow(/role/);
    await expect(addParticipant(sql, workshop.id, { name: ' ', role: 'participant' })).rejects.toThrow(/name/);
    await expect(addParticipant(sql, workshop.id, { name: 'x'.repeat(81), role: 'participant' })).rejects.toThrow(/80/);
  });
});
