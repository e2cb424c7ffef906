import { beforeAll, expect, it } from 'vitest';
import { findTopic } from '@/lib/method/topics';
import { nextSessionNumber, plannedSessions } from '@/lib/workshop/agenda';
import { agendaOverrides, saveSessionOverride, setTopicStatus, topicStatuses } from './agenda';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { createWorkshop, type CreatedWorkshop } from './workshops';

describeEachBackend('agenda and topic progress', (backend) => {
  let sql: Sql;
  let workshop: CreatedWorkshop;
  beforeAll(async () => {
    sql = backend.sql();
    const user = await createUser(sql, { email: 'agenda@test.local', name: 'F', password: 'password-123' });
    workshop = await createWorkshop(sql, { title: 'Lokakarya', pdam: 'PDAM', createdBy: user.id });
  });

  it('starts every topic as not started and records each status change', async () => {
    expect((await topicStatuses(sql, workshop.id)).size).toBe(0);
    await setTopicStatus(sql, workshop.id, '1.1', 'in-session');
    await setTopicStatus(sql, workshop.id, '1.1', 'agreed');
    await setTopicStatus(sql, workshop.id, '2.1', 'in-session');
    expect(Object.fromEntries(await topicStatuses(sql, workshop.id))).toEqual({ '1.1': 'agreed', '2.1': 'in-session' });
    await expect(setTopicStatus(sql, workshop.id, '9.9', 'agreed')).rejects.toThrow(/topic/);
    await expect(setTopicStatus(sql, workshop.id, '1.2', 'finished' as never)).rejects.toThrow(/status/);
  });

  it('keeps the facilitator’s agenda edits and lays them over the method', async () => {
    const topic = findTopic('1.1')!;
    const when = new Date('2026-12-01T01:00:00Z');
    await saveSessionOverride(sql, workshop.id, { topicId: '1.1', number: 1, durationMinutes: 120, startsAt: when, removed: false });
    await saveSessionOverride(sql, workshop.id, { topicId: '1.1', number: 2, durationMinutes: null, startsAt: null, removed: true });
    const extra = nextSessionNumber(topic, await agendaOverrides(sql, workshop.id));
    await saveSessionOverride(sql, workshop.id, { topicId: '1.1', number: extra, durationMinutes: 45, startsAt: null, removed: false });
    const planned = plannedSessions(topic, await agendaOverrides(sql, workshop.id));
    expect(planned.map((s) => [s.number, s.durationMinutes, s.extra])).toEqual([
      [1, 120, false],
      ...topic.sessions.slice(2).map((s) => [s.number, s.durationMinutes, false]),
      [extra, 45, true],
    ]);
    expect(planned[0].startsAt?.toISOString()).toBe(when.toISOString());
  });

  it('refuses a session length that is not a multiple of 15 minutes or longer than a working day', async () => {
    await expect(saveSessionOverride(sql, workshop.id, { topicId: '2.1', number: 1, durationMinutes: 50, startsAt: null, removed: false })).rejects.toThrow(/15 minutes/);
    await expect(saveSessionOverride(sql, workshop.id, { topicId: '2.1', number: 1, durationMinutes: 900, startsAt: null, removed: false })).rejects.toThrow(/durationMinutes/);
  });
});
