import { describe, expect, it } from 'vitest';
import { followStatus, readFollowMe } from './followMe';

describe('follow me', () => {
  it('reads who leads, and nothing from a malformed value', () => {
    expect(readFollowMe({ leaderId: 'f1', since: 10 })).toEqual({ leaderId: 'f1', since: 10 });
    expect(readFollowMe({ leaderId: '', since: 10 })).toBeNull();
    expect(readFollowMe({ leaderId: 'f1' })).toBeNull();
    expect(readFollowMe(undefined)).toBeNull();
  });

  it('has everyone but the leader follow, until they step out of that request', () => {
    const request = { leaderId: 'f1', since: 10 };
    expect(followStatus(null, 'p:sari', null)).toBe('off');
    expect(followStatus(request, 'f1', null)).toBe('leading');
    expect(followStatus(request, 'p:sari', null)).toBe('following');
    expect(followStatus(request, 'p:sari', 10)).toBe('stepped-out');
  });

  it('brings back someone who stepped out when the facilitator asks again', () => {
    expect(followStatus({ leaderId: 'f1', since: 20 }, 'p:sari', 10)).toBe('following');
  });
});
