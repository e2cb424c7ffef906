import { describe, expect, it } from 'vitest';
import { applyTimerCommand, elapsedMs, extendTimer, formatRemaining, isFinished, MINUTE_MS, newTimer, pauseTimer, readTimer, remainingMs, resetTimer, startTimer } from './timer';

const T0 = 1_700_000_000_000;

describe('session timer', () => {
  it('counts down while running and never goes below zero', () => {
    const timer = startTimer(newTimer(MINUTE_MS), T0);
    expect(remainingMs(timer, T0)).toBe(MINUTE_MS);
    expect(remainingMs(timer, T0 + 15_000)).toBe(45_000);
    expect(remainingMs(timer, T0 + 10 * MINUTE_MS)).toBe(0);
    expect(isFinished(timer, T0 + MINUTE_MS)).toBe(true);
  });

  it('shows at most the duration on a device whose clock is behind the facilitator’s', () => {
    const timer = startTimer(newTimer(MINUTE_MS), T0);
    expect(remainingMs(timer, T0 - 5 * MINUTE_MS)).toBe(MINUTE_MS);
    expect(elapsedMs(timer, T0 - 1)).toBe(0);
  });

  it('freezes on pause and resumes from where it stopped', () => {
    const paused = pauseTimer(startTimer(newTimer(MINUTE_MS), T0), T0 + 20_000);
    expect(paused).toEqual({ durationMs: MINUTE_MS, startedAt: null, elapsedBeforeMs: 20_000, running: false });
    expect(remainingMs(paused, T0 + 10 * MINUTE_MS)).toBe(40_000);
    const resumed = startTimer(paused, T0 + 100_000);
    expect(remainingMs(resumed, T0 + 110_000)).toBe(30_000);
  });

  it('starting or pausing twice changes nothing', () => {
    const running = startTimer(newTimer(MINUTE_MS), T0);
    expect(startTimer(running, T0 + 5000)).toBe(running);
    const paused = pauseTimer(running, T0 + 5000);
    expect(pauseTimer(paused, T0 + 9000)).toBe(paused);
  });

  it('a finished timer starts over from its full duration', () => {
    const finished = pauseTimer(startTimer(newTimer(MINUTE_MS), T0), T0 + 2 * MINUTE_MS);
    expect(remainingMs(finished, T0)).toBe(0);
    expect(remainingMs(startTimer(finished, T0 + 3 * MINUTE_MS), T0 + 3 * MINUTE_MS)).toBe(MINUTE_MS);
  });

  it('extending a timer that ran out adds the whole extension', () => {
    const running = startTimer(newTimer(MINUTE_MS), T0);
    const extended = extendTimer(running, T0 + 3 * MINUTE_MS);
    expect(remainingMs(extended, T0 + 3 * MINUTE_MS)).toBe(5 * MINUTE_MS);
    expect(remainingMs(extended, T0 + 4 * MINUTE_MS)).toBe(4 * MINUTE_MS);
  });

  it('extending a paused timer keeps it paused', () => {
    const paused = pauseTimer(startTimer(newTimer(MINUTE_MS), T0), T0 + 30_000);
    const extended = extendTimer(paused, T0 + 60_000);
    expect(extended.running).toBe(false);
    expect(remainingMs(extended, T0 + 99 * MINUTE_MS)).toBe(5 * MINUTE_MS + 30_000);
  });

  it('reset returns a paused full timer, optionally with a new duration', () => {
    const used = pauseTimer(startTimer(newTimer(MINUTE_MS), T0), T0 + 30_000);
    expect(resetTimer(used)).toEqual(newTimer(MINUTE_MS));
    expect(resetTimer(used, 10 * MINUTE_MS).durationMs).toBe(10 * MINUTE_MS);
  });

  it('reads only well-formed values', () => {
    expect(readTimer(newTimer(MINUTE_MS))).toEqual(newTimer(MINUTE_MS));
    expect(readTimer(null)).toBeNull();
    expect(readTimer({ durationMs: '60000', startedAt: null, elapsedBeforeMs: 0, running: false })).toBeNull();
    expect(readTimer({ durationMs: MINUTE_MS, startedAt: null, elapsedBeforeMs: 0, running: true })).toBeNull();
    expect(readTimer({ durationMs: -5, startedAt: null, elapsedBeforeMs: -1, running: false })).toEqual(newTimer(0));
  });

  it('formats the time left, rounding up', () => {
    expect(formatRemaining(MINUTE_MS)).toBe('1:00');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(59_000)).toBe('0:59');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-10)).toBe('0:00');
    expect(formatRemaining(90 * MINUTE_MS)).toBe('1:30:00');
  });
  it('runs a facilitator’s commands: start sets a new running timer, resume and pause keep what was used', () => {
    const started = applyTimerCommand(null, { action: 'start', durationMs: 10 * MINUTE_MS }, T0)!;
    expect(started.running).toBe(true);
    expect(remainingMs(started, T0 + MINUTE_MS)).toBe(9 * MINUTE_MS);
    const paused = applyTimerCommand(started, { action: 'pause' }, T0 + MINUTE_MS)!;
    expect(remainingMs(paused, T0 + 50 * MINUTE_MS)).toBe(9 * MINUTE_MS);
    const resumed = applyTimerCommand(paused, { action: 'resume' }, T0 + 50 * MINUTE_MS)!;
    expect(remainingMs(resumed, T0 + 52 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    // Starting again throws away the time used: a fresh timer of the new length.
    expect(remainingMs(applyTimerCommand(resumed, { action: 'start', durationMs: 3 * MINUTE_MS }, T0 + 52 * MINUTE_MS)!, T0 + 52 * MINUTE_MS)).toBe(3 * MINUTE_MS);
  });

  it('extends by five minutes unless told otherwise, and resets to the same or a new length', () => {
    const started = applyTimerCommand(null, { action: 'start', durationMs: MINUTE_MS }, T0)!;
    expect(remainingMs(applyTimerCommand(started, { action: 'extend' }, T0)!, T0)).toBe(6 * MINUTE_MS);
    expect(remainingMs(applyTimerCommand(started, { action: 'extend', byMs: 30_000 }, T0)!, T0)).toBe(90_000);
    expect(applyTimerCommand(started, { action: 'reset' }, T0 + 10_000)).toEqual(newTimer(MINUTE_MS));
    expect(applyTimerCommand(null, { action: 'reset', durationMs: 2 * MINUTE_MS }, T0)).toEqual(newTimer(2 * MINUTE_MS));
  });

  it('has nothing to pause, resume, extend or reset before a timer was set', () => {
    for (const action of ['pause', 'resume', 'extend', 'reset'] as const) expect(applyTimerCommand(null, { action }, T0)).toBeNull();
  });
});
