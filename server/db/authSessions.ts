/**
 * Facilitators' sign-ins as rows, so a session can end before its cookie does: sign-out deletes
 * the row, a password change deletes all of the user's rows but the current one. A session also
 * ends after `idleSeconds` without use and `maxSeconds` after sign-in; each use within that slides
 * the idle limit (the row's last use is written at most every `renewAfterSeconds`).
 */
import { randomBytes } from 'node:crypto';
import type { Sql } from './Sql';

export interface SessionLifetime {
  idleSeconds: number;
  maxSeconds: number;
  renewAfterSeconds: number;
}

/** A working day and the night after it idle, a workshop week at most. */
export const SESSION_LIFETIME: SessionLifetime = { idleSeconds: 24 * 60 * 60, maxSeconds: 7 * 24 * 60 * 60, renewAfterSeconds: 5 * 60 };

interface SessionRow {
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
}

/** Starts a session for the user and returns its id (a 128-bit random name). */
export async function startSession(sql: Sql, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await sql.query('insert into auth_sessions (id, user_id, created_at, last_seen_at) values ($1, $2, $3, $3)', [id, userId, now]);
  return id;
}

/**
 * Whether the session is live for this user; a live one's idle limit slides. An ended or expired
 * session is false (and an expired row is removed).
 */
export async function touchSession(sql: Sql, sessionId: string, userId: string, lifetime: SessionLifetime = SESSION_LIFETIME, now = new Date()): Promise<boolean> {
  const [row] = await sql.query<SessionRow>('select user_id, created_at, last_seen_at from auth_sessions where id = $1', [sessionId]);
  if (!row || row.user_id !== userId) return false;
  const idleMs = now.getTime() - row.last_seen_at.getTime();
  if (idleMs > lifetime.idleSeconds * 1000 || now.getTime() - row.created_at.getTime() > lifetime.maxSeconds * 1000) {
    await endSession(sql, sessionId);
    return false;
  }
  if (idleMs > lifetime.renewAfterSeconds * 1000) await sql.query('update auth_sessions set last_seen_at = $2 where id = $1', [sessionId, now]);
  return true;
}

/** Of these session ids, the ones that are no longer live (ended, expired or never existed). */
export async function endedSessions(sql: Sql, sessionIds: readonly string[], lifetime: SessionLifetime = SESSION_LIFETIME, now = new Date()): Promise<Set<string>> {
  const ended = new Set(sessionIds);
  if (sessionIds.length === 0) return ended;
  const rows = await sql.query<SessionRow & { id: string }>(`select id, user_id, created_at, last_seen_at from auth_sessions where id in (${placeholders(sessionIds.length)})`, [...sessionIds]);
  for (const row of rows) {
    const live = now.getTime() - row.last_seen_at.getTime() <= lifetime.idleSeconds * 1000 && now.getTime() - row.created_at.getTime() <= lifetime.maxSeconds * 1000;
    if (live) ended.delete(row.id);
  }
  return ended;
}

export async function endSession(sql: Sql, sessionId: string): Promise<void> {
  await sql.query('delete from auth_sessions where id = $1', [sessionId]);
}

/** Ends every session of the user, except `keep` (the device that asked, when it should stay signed in). */
export async function endSessionsOf(sql: Sql, userId: string, keep: string | null = null): Promise<void> {
  if (keep) await sql.query('delete from auth_sessions where user_id = $1 and id <> $2', [userId, keep]);
  else await sql.query('delete from auth_sessions where user_id = $1', [userId]);
}

/** `$1, $2, …, $n`: portable SQL for a list (no arrays). */
export function placeholders(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => `$${i + from}`).join(', ');
}
