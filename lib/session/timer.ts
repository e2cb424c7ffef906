/**
 * The session timer a facilitator runs on a board, kept in the board's `meta` map under
 * `META_TIMER` (facilitator-only). Every device computes the remaining time itself from the
 * facilitator's `startedAt`, so the document changes only on start, pause, extend and reset.
 */
export { META_TIMER } from '@/lib/board/docMeta';

export interface TimerState {
  /** The whole time the session has, extensions included. */
  durationMs: number;
  /** When the current run started, on the facilitator's clock; null while paused or never started. */
  startedAt: number | null;
  /** Time already used by earlier runs (before the last pause). */
  elapsedBeforeMs: number;
  running: boolean;
}

export const MINUTE_MS = 60_000;
/** What the facilitator's "+5" button adds. */
export const EXTEND_MS = 5 * MINUTE_MS;
/** Longest timer a facilitator may set: a whole workshop day. */
export const MAX_DURATION_MS = 12 * 60 * MINUTE_MS;

function clampDuration(ms: number): number {
  return Math.min(MAX_DURATION_MS, Math.max(0, Math.round(ms)));
}

/** A new, paused timer of `durationMs`. */
export function newTimer(durationMs: number): TimerState {
  return { durationMs: clampDuration(durationMs), startedAt: null, elapsedBeforeMs: 0, running: false };
}

/** Reads `meta.timer`; null when absent or not well-formed (an old or foreign value). */
export function readTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { durationMs, startedAt, elapsedBeforeMs, running } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(durationMs) || !finite(elapsedBeforeMs) || typeof running !== 'boolean') return null;
  if (startedAt !== null && !finite(startedAt)) return null;
  if (running && startedAt === null) return null;
  return { durationMs: clampDuration(durationMs), startedAt, elapsedBeforeMs: Math.max(0, elapsedBeforeMs), running };
}

/**
 * Time used at `now`, between 0 and the duration. A device whose clock is behind the
 * facilitator's would see a negative run; it counts as not started rather than as extra time.
 */
export function elapsedMs(timer: TimerState, now: number): number {
  const run = timer.running && timer.startedAt !== null ? Math.max(0, now - timer.startedAt) : 0;
  return Math.min(timer.durationMs, timer.elapsedBeforeMs + run);
}

/** Time left at `now`: never negative, never more than the duration. */
export function remainingMs(timer: TimerState, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

export function isFinished(timer: TimerState, now: number): boolean {
  return timer.durationMs > 0 && remainingMs(timer, now) === 0;
}

/** Starts or resumes. A finished timer starts over from its full duration. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.running) return timer;
  const elapsedBefore = isFinished(timer, now) ? 0 : elapsedMs(timer, now);
  return { ...timer, startedAt: now, elapsedBeforeMs: elapsedBefore, running: true };
}

/** Freezes the time left: the run so far moves into `elapsedBeforeMs`. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!timer.running) return timer;
  return { ...timer, startedAt: null, elapsedBeforeMs: elapsedMs(timer, now), running: false };
}

/**
 * Adds time. The run so far is settled first, so time that passed after the end (a timer left
 * running at 0:00) is not counted against the extension.
 */
export function extendTimer(timer: TimerState, now: number, byMs: number = EXTEND_MS): TimerState {
  const used = elapsedMs(timer, now);
  return { ...timer, durationMs: clampDuration(timer.durationMs + byMs), elapsedBeforeMs: used, startedAt: timer.running ? now : null };
}

/** Back to a paused, full timer (of `durationMs` when given). */
export function resetTimer(timer: TimerState, durationMs: number = timer.durationMs): TimerState {
  return newTimer(durationMs);
}

/** "m:ss" (or "h:mm:ss"), rounding up so "0:00" shows only once time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * What a facilitator asks of the session timer, from whichever screen. `start` sets a new timer
 * of `durationMs` and runs it; `resume` runs the current one on from where it was paused.
 */
export type TimerCommand =
  | { action: 'start'; durationMs: number }
  | { action: 'resume' }
  | { action: 'pause' }
  | { action: 'extend'; byMs?: number }
  | { action: 'reset'; durationMs?: number };

/**
 * The timer after `command` at `now`; null when the command needs a timer and there is none
 * (pausing, resuming or extending before anything was set).
 */
export function applyTimerCommand(current: TimerState | null, command: TimerCommand, now: number): TimerState | null {
  switch (command.action) {
    case 'start':
      return startTimer(newTimer(command.durationMs), now);
    case 'reset':
      if (command.durationMs !== undefined) return newTimer(command.durationMs);
      return current ? resetTimer(current) : null;
    case 'resume':
      return current ? startTimer(current, now) : null;
    case 'pause':
      return current ? pauseTimer(current, now) : null;
    case 'extend':
      return current ? extendTimer(current, now, command.byMs) : null;
  }
}
