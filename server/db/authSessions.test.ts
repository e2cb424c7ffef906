import { beforeAll, expect, it } from 'vitest';
import { endedSessions, endSession, endSessionsOf, startSession, touchSession, type SessionLifetime } from './authSessions';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';

const lifetime: SessionLifetime = { idleSeconds: 60, maxSeconds: 600, renewAfterSeconds: 10 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 30, 8, 0, 0) + seconds * 1000);

describeEachBackend('facilitator sessions', (backend) => {
  let sql: Sql;
  let userId: string;
  let otherUserId: string;
  beforeAll(async () => {
    sql = backend.sql();
    userId = (await createUser(sql, { email: 'sesi@uji.local', name: 'Sesi', password: 'rahasia-sesi-1' })).id;
    otherUserId = (await createUser(sql, { email: 'sesi-lain@uji.local', name: 'Sesi Lain', password: 'rahasia-sesi-2' })).id;
  });

  it('stay alive while used, sliding the idle limit with each use', async () => {
    const id = await startSession(sql, userId, at(0));
    for (const seconds of [50, 100, 150, 200]) expect(await touchSession(sql, id, userId, lifetime, at(seconds))).toBe(true);
    expect(await touchSession(sql, id, otherUserId, lifetime, at(210))).toBe(false);
  });

  it('end after the idle limit without use, and after the longest life however used', async () => {
    const idle = await startSession(sql, userId, at(0));
    expect(await touchSession(sql, idle, userId, lifetime, at(61))).toBe(false);
    expect(await touchSession(sql, idle, userId, lifetime, at(62))).toBe(false);
    const busy = await startSession(sql, userId, at(0));
    for (let seconds = 50; seconds <= 600; seconds += 50) expect(await touchSession(sql, busy, userId, lifetime, at(seconds))).toBe(true);
    expect(await touchSession(sql, busy, userId, lifetime, at(601))).toBe(false);
  });

  it('end at sign-out, and all but the asking device at a password change', async () => {
    const laptop = await startSession(sql, userId, at(0));
    const tablet = await startSession(sql, userId, at(0));
    const projector = await startSession(sql, userId, at(0));
    const others = await startSession(sql, otherUserId, at(0));
    await endSession(sql, projector);
    await endSessionsOf(sql, userId, laptop);
    expect(await touchSession(sql, laptop, userId, lifetime, at(1))).toBe(true);
    expect(await touchSession(sql, tablet, userId, lifetime, at(1))).toBe(false);
    expect(await touchSession(sql, others, otherUserId, lifetime, at(1))).toBe(true);
    expect(await endedSessions(sql, [laptop, tablet, projector, others, 'never-existed'], lifetime, at(2))).toEqual(new Set([tablet, projector, 'never-existed']));
  });
});
