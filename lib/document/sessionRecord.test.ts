import { describe, expect, it } from 'vitest';
import { sessionRecord } from './sessionRecord';

describe('the sessions the process record lists', () => {
  it('keeps sessions with a date or groups, with their length from the agenda and their groups in order', () => {
    const startsAt = new Date('2026-11-30T02:00:00Z');
    const sessions = sessionRecord(
      [{ topicId: '3.1', number: 1, durationMinutes: 120, startsAt, removed: false }],
      [
        { name: 'Kelompok Hilir', position: 1, session: { topicId: '3.1', number: 1 } },
        { name: 'Kelompok Hulu', position: 0, session: { topicId: '3.1', number: 1 } },
        { name: 'Lepas', position: 2, session: null },
      ],
    );
    expect(sessions).toEqual([{ topicId: '3.1', number: 1, startsAt, durationMinutes: 120, groups: ['Kelompok Hulu', 'Kelompok Hilir'] }]);
  });

  it('leaves out a removed session even when it had a date', () => {
    expect(sessionRecord([{ topicId: '2.1', number: 1, durationMinutes: null, startsAt: new Date(), removed: true }], [])).toEqual([]);
  });
});
