import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from './attemptLimiter';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const limits = { freeFailures: 3, windowMs: 60 * 60_000, firstDelayMs: 1000, maxDelayMs: 8000 };

describe('attempt limiter', () => {
  it('lets the first wrong attempts go free, then makes each further one wait longer, up to the most', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ ...limits, now: time.now });
    for (let i = 0; i < 3; i++) {
      limiter.recordFailure('10.0.0.5');
      expect(limiter.blockedFor('10.0.0.5')).toBeNull();
    }
    const waits: (number | null)[] = [];
    for (let i = 0; i < 6; i++) {
      limiter.recordFailure('10.0.0.5');
      waits.push(limiter.blockedFor('10.0.0.5'));
      time.advance(60_000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 8, 8]);
    expect(limiter.failureCount('10.0.0.5')).toBe(9);
  });

  it('says how long is left, and lets the key try once the wait is over', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ ...limits, now: time.now });
    for (let i = 0; i < 6; i++) limiter.recordFailure('a');
    expect(limiter.blockedFor('a')).toBe(4);
    time.advance(2500);
    expect(limiter.blockedFor('a')).toBe(2);
    time.advance(1500);
    expect(limiter.blockedFor('a')).toBeNull();
  });

  it('counts the same wrong attempt (the same typo) once', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ ...limits, now: time.now });
    for (let i = 0; i < 50; i++) limiter.recordFailure('venue', 'ABC12X');
    limiter.recordFailure('venue', 'ABC13X');
    expect(limiter.failureCount('venue')).toBe(2);
    expect(limiter.blockedFor('venue')).toBeNull();
  });

  it('forgets failures older than the window', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ ...limits, now: time.now });
    for (let i = 0; i < 5; i++) limiter.recordFailure('a');
    expect(limiter.blockedFor('a')).not.toBeNull();
    time.advance(60 * 60_000);
    expect(limiter.blockedFor('a')).toBeNull();
    expect(limiter.failureCount('a')).toBe(0);
  });

  it('counts each key on its own', () => {
    const limiter = createAttemptLimiter({ ...limits, freeFailures: 0 });
    limiter.recordFailure('a');
    expect(limiter.blockedFor('a')).not.toBeNull();
    expect(limiter.blockedFor('b')).toBeNull();
  });

  it('forgets the longest-quiet keys first when it holds too many', () => {
    const limiter = createAttemptLimiter({ ...limits, freeFailures: 0, maxKeys: 2 });
    limiter.recordFailure('first');
    limiter.recordFailure('second');
    limiter.recordFailure('first'); // first failed again: now the most recent
    limiter.recordFailure('third');
    expect(limiter.blockedFor('second')).toBeNull();
    expect(limiter.blockedFor('first')).not.toBeNull();
    expect(limiter.blockedFor('third')).not.toBeNull();
  });

  it('refuses nonsense limits', () => {
    expect(() => createAttemptLimiter({ ...limits, freeFailures: -1 })).toThrow(/freeFailures/);
    expect(() => createAttemptLimiter({ ...limits, windowMs: 0 })).toThrow(/windowMs/);
    expect(() => createAttemptLimiter({ ...limits, maxDelayMs: 10 })).toThrow(/maxDelayMs/);
  });
});
