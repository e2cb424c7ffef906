import { beforeAll, expect, it } from 'vitest';
import { zonedInstant } from '@/lib/workshop/timeZones';
import { addFollowUp, addMeeting, deleteMeeting, listFollowUps, listMeetings, setFollowUpStatus } from './calendar';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { getWorkshopDetails, updateWorkshopDetails } from './workshopDetails';
import { createWorkshop, type CreatedWorkshop } from './workshops';

describeEachBackend('workshop details, Kalender Kerja and Tindak Lanjut', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  let other: CreatedWorkshop;
  beforeAll(async () => {
    sql = backend.sql();
    const user = await createUser(sql, { email: 'cal@test.local', name: 'F', password: 'password-123' });
    workshop = await createWorkshop(sql, { title: 'Lokakarya', pdam: 'PDAM Tirta Makmur', createdBy: user.id });
    other = await createWorkshop(sql, { title: 'Lain', pdam: 'PDAM Lain', createdBy: user.id });
  });

  it('keeps where and when the workshop is, with its time zone, and dates exactly as typed', async () => {
    const details = await updateWorkshopDetails(sql, workshop.id, {
      title: 'Lokakarya STPP',
      pdam: 'PDAM Tirta Makmur',
      region: 'Kota Makassar',
      venue: 'Aula Balai Kota',
      startsOn: '2026-12-01',
      endsOn: '2026-12-03',
      timeZone: 'WITA',
    });
    expect(details).toEqual({ title: 'Lokakarya STPP', pdam: 'PDAM Tirta Makmur', region: 'Kota Makassar', venue: 'Aula Balai Kota', startsOn: '2026-12-01', endsOn: '2026-12-03', timeZone: 'WITA' });
    expect(await getWorkshopDetails(sql, workshop.id)).toEqual(details);
  });

  it('refuses a workshop that ends before it starts, or an unknown time zone', async () => {
    const base = { title: 'L', pdam: 'P', region: null, venue: null, timeZone: 'WIB' as const };
    await expect(updateWorkshopDetails(sql, workshop.id, { ...base, startsOn: '2026-12-03', endsOn: '2026-12-01' })).rejects.toThrow(/end on or after/);
    await expect(updateWorkshopDetails(sql, workshop.id, { ...base, startsOn: null, endsOn: null, timeZone: 'UTC' as never })).rejects.toThrow(/timeZone/);
    expect((await getWorkshopDetails(sql, workshop.id))?.timeZone).toBe('WITA');
  });

  it('lists the agreed meetings in time order, each with its topic', async () => {
    await addMeeting(sql, workshop.id, { startsAt: zonedInstant('2026-12-10', '09:00', 'WITA'), place: 'Kantor PDAM', agenda: 'Topik 2.1: isu utama', invitees: 'Pokja, Bappeda', topicId: '2.1' });
    await addMeeting(sql, workshop.id, { startsAt: zonedInstant('2026-12-08', '13:00', 'WITA'), place: null, agenda: 'Topik 1.2', invitees: null, topicId: '1.2' });
    const meetings = await listMeetings(sql, workshop.id);
    expect(meetings.map((m) => m.topicId)).toEqual(['1.2', '2.1']);
    expect(meetings[1].startsAt.toISOString()).toBe('2026-12-10T01:00:00.000Z');
    expect(await listMeetings(sql, other.id)).toEqual([]);
    expect(await deleteMeeting(sql, other.id, meetings[0].id)).toBe(false);
    expect(await deleteMeeting(sql, workshop.id, meetings[0].id)).toBe(true);
    expect(await listMeetings(sql, workshop.id)).toHaveLength(1);
  });

  it('refuses a meeting or follow-up linked to a topic the method does not have', async () => {
    await expect(addMeeting(sql, workshop.id, { startsAt: new Date(), place: null, agenda: 'x', invitees: null, topicId: '9.9' })).rejects.toThrow(/topic/);
    await expect(addFollowUp(sql, workshop.id, { topicId: '8.1', description: 'x', owner: 'y', dueOn: null })).rejects.toThrow(/topic/);
  });

  it('tracks follow-ups per topic with owner, due date and status, open ones first', async () => {
    const sk = await addFollowUp(sql, workshop.id, { topicId: '1.1', description: 'Siapkan draf SK Pokja', owner: 'Bagian Hukum', dueOn: '2026-12-05' });
    const data = await addFollowUp(sql, workshop.id, { topicId: '2.3', description: 'Kumpulkan data cakupan layanan', owner: 'PDAM', dueOn: '2026-12-04' });
    expect(await setFollowUpStatus(sql, workshop.id, data.id, 'done')).toBe(true);
    expect(await setFollowUpStatus(sql, other.id, sk.id, 'done')).toBe(false);
    const all = await listFollowUps(sql, workshop.id);
    expect(all.map((f) => [f.description, f.status, f.dueOn])).toEqual([
      ['Siapkan draf SK Pokja', 'open', '2026-12-05'],
      ['Kumpulkan data cakupan layanan', 'done', '2026-12-04'],
    ]);
    expect((await listFollowUps(sql, workshop.id, '1.1')).map((f) => f.id)).toEqual([sk.id]);
    await expect(setFollowUpStatus(sql, workshop.id, sk.id, 'lost' as never)).rejects.toThrow(/status/);
  });
});
