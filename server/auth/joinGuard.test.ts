import { describe, expect, it } from 'vitest';
import { createJoinGuard } from './joinGuard';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const limits = { freeFailures: 5, windowMs: 60 * 60_000, firstDelayMs: 1000, maxDelayMs: 300_000 };
const VENUE = '203.0.113.7';

describe('join guard', () => {
  it('keeps the room’s code working at the venue while one device there guesses', () => {
    const time = clock();
    const guard = createJoinGuard({ ...limits, now: time.now });
    guard.recordJoined(VENUE, 'ROOM42');
    for (let i = 0; i < 30; i++) guard.recordWrong(VENUE, `GUESS${i}`);
    expect(guard.waitFor(VENUE, 'ROOM42')).toBeNull();
    // Any other code from there waits, right or wrong: no answer tells the guesser anything.
    expect(guard.waitFor(VENUE, 'OTHER1')).toBeGreaterThan(0);
    expect(guard.waitFor('198.51.100.1', 'OTHER1')).toBeNull();
  });

  it('forgets a code that worked after a workshop day and night', () => {
    const time = clock();
    const guard = createJoinGuard({ ...limits, now: time.now });
    guard.recordJoined(VENUE, 'ROOM42');
    time.advance(13 * 60 * 60_000);
    for (let i = 0; i < 10; i++) guard.recordWrong(VENUE, `GUESS${i}`);
    expect(guard.waitFor(VENUE, 'ROOM42')).not.toBeNull();
  });

  it('tells the workshop’s facilitators which of their networks is slowed, and how much', () => {
    const time = clock();
    const guard = createJoinGuard({ ...limits, now: time.now });
    guard.recordJoined(VENUE, 'ROOM42');
    guard.recordJoined('198.51.100.9', 'ELSE99');
    for (let i = 0; i < 3; i++) guard.recordWrong(VENUE, `GUESS${i}`);
    expect(guard.slowedNetworks('ROOM42', null)).toEqual([]);
    for (let i = 3; i < 8; i++) guard.recordWrong(VENUE, `GUESS${i}`);
    for (let i = 0; i < 8; i++) guard.recordWrong('198.51.100.9', `GUESS${i}`);
    for (let i = 0; i < 8; i++) guard.recordWrong('192.0.2.50', `GUESS${i}`);
    expect(guard.slowedNetworks('ROOM42', null)).toEqual([{ address: VENUE, wrongCodes: 8, waitSeconds: 4 }]);
    // The facilitator's own network shows too, though nobody joined from it yet.
    expect(guard.slowedNetworks('ROOM42', '192.0.2.50').map((network) => network.address)).toEqual([VENUE, '192.0.2.50']);
  });
});
