import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, wallClock, zonedInstant } from './timeZones';

describe('dates and times in the workshop’s zone', () => {
  it('writes a date the Indonesian way, and the English way on request', () => {
    expect(formatDate('2026-11-30', 'id')).toBe('Senin, 30 November 2026');
    expect(formatDate('2026-11-30', 'en')).toMatch(/^Monday,? 30 November 2026$/);
  });

  it('places a meeting at 09.00 local time in each of the three zones', () => {
    const jakarta = zonedInstant('2026-11-30', '09:00', 'WIB');
    const makassar = zonedInstant('2026-11-30', '09:00', 'WITA');
    const jayapura = zonedInstant('2026-11-30', '09:00', 'WIT');
    expect(jakarta.toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(makassar.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(jayapura.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(formatDateTime(jakarta, 'WIB', 'id')).toBe('Senin, 30 November 2026 09.00 WIB');
    expect(formatDateTime(jakarta, 'WITA', 'id')).toBe('Senin, 30 November 2026 10.00 WITA');
  });

  it('reads a stored instant back as the wall clock the facilitator typed', () => {
    expect(wallClock(zonedInstant('2026-12-01', '13:30', 'WIT'), 'WIT')).toEqual({ date: '2026-12-01', time: '13:30' });
    // Early morning in Jayapura is still the previous day in UTC: the date must not slip.
    expect(wallClock(zonedInstant('2026-12-01', '06:00', 'WIT'), 'WIT')).toEqual({ date: '2026-12-01', time: '06:00' });
  });
});
