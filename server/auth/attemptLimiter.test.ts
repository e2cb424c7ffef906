import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from './attemptLimiter';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('attempt limiter', () => {
  it('lets an address try until it has failed maxFailures times in the window, then says how long to wait', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ maxFailures: 3, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.blockedFor('10.0.0.5')).toBeNull();
      limiter.recordFailure('10.0.0.5');
      time.advance(10_000);
    }
    // Failures at 0 s, 10 s and 20 s; now 30 s: free again when the first is a minute old.
    expect(limiter.blockedFor('10.0.0.5')).toBe(30);
    time.advance(29_000);
    expect(limiter.blockedFor('10.0.0.5')).toBe(1);
    time.advance(1_000);
    expect(limiter.blockedFor('10.0.0.5')).toBeNull();
    // Now 60 s: one more failure fills the window again (those at 10 s and 20 s still count), until 70 s.
    limiter.recordFailure('10.0.0.5');
    expect(limiter.blockedFor('10.0.0.5')).toBe(10);
  });

  it('counts each address on its own', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ maxFailures: 2, windowMs: 60_000, now: time.now });
    limiter.recordFailure('a');
    limiter.recordFailure('a');
    expect(limiter.blockedFor('a')).not.toBeNull();
    expect(limiter.blockedFor('b')).toBeNull();
  });

  it('forgets the longest-quiet addresses first when it holds too many', () => {
    const time = clock();
    const limiter = createAttemptLimiter({ maxFailures: 1, windowMs: 60_000, maxKeys: 2, now: time.now });
    limiter.recordFailure('first');
    limiter.recordFailure('second');
    limiter.recordFailure('first'); // first failed again: now the most recent
    limiter.recordFailure('third');
    expect(limiter.blockedFor('second')).toBeNull();
    expect(limiter.blockedFor('first')).not.toBeNull();
    expect(limiter.blockedFor('third')).not.toBeNull();
  });

  it('refuses nonsense limits', () => {
    expect(() => createAttemptLimiter({ maxFailures: 0, windowMs: 1000 })).toThrow(/maxFailures/);
    expect(() => createAttemptLimiter({ maxFailures: 3, windowMs: 0 })).toThrow(/windowMs/);
  });
});
