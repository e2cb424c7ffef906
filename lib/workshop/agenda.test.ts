import { describe, expect, it } from 'vitest';
import { findTopic } from '../method/topics';
import { nextSessionNumber, plannedSessions, totalMinutes, type SessionOverride } from './agenda';

const topic = findTopic('2.1')!;
const override = (o: Partial<SessionOverride> & { number: number }): SessionOverride => ({ topicId: '2.1', durationMinutes: null, startsAt: null, removed: false, ...o });

describe('a workshop’s own agenda', () => {
  it('starts from the method’s sessions and durations', () => {
    const planned = plannedSessions(topic, []);
    expect(planned.map((s) => s.durationMinutes)).toEqual(topic.sessions.map((s) => s.durationMinutes));
    expect(totalMinutes(planned)).toBe(topic.sessions.reduce((sum, s) => sum + s.durationMinutes, 0));
    expect(planned.every((s) => s.steps.length > 0 && !s.extra)).toBe(true);
  });

  it('takes the facilitator’s duration and date for a session, keeping its script', () => {
    const when = new Date('2026-12-08T01:00:00Z');
    const [first] = plannedSessions(topic, [override({ number: 1, durationMinutes: 120, startsAt: when })]);
    expect(first).toMatchObject({ number: 1, durationMinutes: 120, startsAt: when });
    expect(first.steps).toBe(topic.sessions[0].steps);
  });

  it('drops a removed session and adds an extra one after the last', () => {
    const extraNumber = nextSessionNumber(topic, []);
    expect(extraNumber).toBe(topic.sessions.length + 1);
    const planned = plannedSessions(topic, [override({ number: 1, removed: true }), override({ number: extraNumber, durationMinutes: 60 })]);
    expect(planned.map((s) => s.number)).toEqual([...topic.sessions.slice(1).map((s) => s.number), extraNumber]);
    expect(planned.at(-1)).toMatchObject({ extra: true, durationMinutes: 60, title: { id: 'Sesi tambahan' } });
    // A number once used is not handed out again, even after its session was removed.
    expect(nextSessionNumber(topic, [override({ number: extraNumber, removed: true })])).toBe(extraNumber + 1);
  });

  it('ignores other topics’ edits', () => {
    expect(plannedSessions(topic, [{ ...override({ number: 1, durationMinutes: 15 }), topicId: '2.2' }])[0].durationMinutes).toBe(topic.sessions[0].durationMinutes);
  });
});
