/**
 * One session timer for the whole room: whichever screen the facilitator uses (the console, the
 * plenary board, a group board), the server computes the new timer once, on its own clock, and
 * writes the same value into the plenary and every group board of the running session. Each
 * tablet and the projector then count down from their own board's `meta`.
 */
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { META_MAP } from '@/lib/board/docMeta';
import { findTopic } from '@/lib/method/topics';
import { plannedSessions } from '@/lib/workshop/agenda';
import { applyTimerCommand, META_TIMER, readTimer, type TimerCommand, type TimerState } from '@/lib/session/timer';
import { agendaOverrides } from '../db/agenda';
import { getCurrentSession } from '../db/currentSession';
import { listGroups } from '../db/groups';
import type { Sql } from '../db/Sql';
import { listDocs } from '../db/workshops';
import type { PlanoRuntime } from '../runtime';
import type { Room } from '../rooms/Room';

type Runtime = Pick<PlanoRuntime, 'sql' | 'registry'>;

export type SessionTimerOutcome =
  | { kind: 'forbidden' }
  /** No plenary and no group board, or nothing to pause/resume/extend yet. */
  | { kind: 'nothing' }
  | { kind: 'set'; timer: TimerState; boards: string[] };

/** The running session's boards: the plenary first (its timer is the one the console shows), then each group's. */
export async function sessionTimerBoards(sql: Sql, workshopId: string): Promise<string[]> {
  const [docs, groups] = await Promise.all([listDocs(sql, workshopId), listGroups(sql, workshopId)]);
  const plenary = docs.find((doc) => doc.kind === 'plenary');
  return [...(plenary ? [plenary.name] : []), ...groups.flatMap((group) => (group.boardName ? [group.boardName] : []))];
}

/** The running session's length on the workshop's agenda, in minutes: the timer's default. Null outside a session. */
export async function runningSessionMinutes(sql: Sql, workshopId: string): Promise<number | null> {
  const current = await getCurrentSession(sql, workshopId);
  const topic = current ? findTopic(current.topicId) : undefined;
  if (!current || !topic) return null;
  const overrides = await agendaOverrides(sql, workshopId);
  return plannedSessions(topic, overrides).find((planned) => planned.number === current.number)?.durationMinutes ?? null;
}

/**
 * Runs a facilitator's timer command on every board of the running session. The current timer is
 * the first board's that has one (the plenary's, normally), so a board that missed an earlier
 * command is brought in line by the next one.
 */
export async function runSessionTimer(runtime: Runtime, actor: Principal, workshopId: string, command: TimerCommand, now: number): Promise<SessionTimerOutcome> {
  if (!canInWorkshop(actor, 'manage', workshopId)) return { kind: 'forbidden' };
  const boards = await sessionTimerBoards(runtime.sql, workshopId);
  if (boards.length === 0) return { kind: 'nothing' };
  const rooms: Room[] = [];
  try {
    for (const name of boards) rooms.push(await runtime.registry.acquire(name));
    // Read, compute and write with no await in between, so two commands at once cannot interleave.
    const current = rooms.map((room) => readTimer(room.doc.getMap(META_MAP).get(META_TIMER))).find((timer) => timer !== null) ?? null;
    const next = applyTimerCommand(current, command, now);
    if (!next) return { kind: 'nothing' };
    for (const room of rooms) room.applyServerChange((ydoc) => ydoc.getMap(META_MAP).set(META_TIMER, { ...next }));
    await Promise.all(rooms.map((room) => room.flush()));
    return { kind: 'set', timer: next, boards };
  } finally {
    for (const room of rooms) runtime.registry.release(room.name);
  }
}
