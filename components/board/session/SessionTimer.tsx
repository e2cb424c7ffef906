'use client';

import { useRef, useState, type CSSProperties } from 'react';
import type * as Y from 'yjs';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { extendTimer, formatRemaining, isFinished, MAX_DURATION_MS, MINUTE_MS, newTimer, pauseTimer, remainingMs, startTimer, type TimerState } from '@/lib/session/timer';
import { postSessionTimer, writeTimer, type SessionTimerRequest } from './timerActions';
import { useEndSignal } from './useEndSignal';
import { useSessionTimer } from './useSessionTimer';

const DEFAULT_MINUTES = 10;

export interface SessionTimerProps {
  ydoc: Y.Doc | null;
  lang: Lang;
  /** Facilitator rights: shows start, pause, +5 and reset. */
  canControl: boolean;
  /** 'projector' draws the time big enough to read from the back of the room. */
  size?: 'board' | 'projector';
  /** Length a new timer starts with, e.g. the running session's duration on the agenda. */
  defaultMinutes?: number;
  /**
   * The workshop whose running session this timer belongs to (the console, the plenary, a group
   * board of the session): the controls then go through the server, which sets the same timer on
   * every board of the session. Without it the timer is this board's own.
   */
  sessionWorkshopId?: string;
}

const barStyle: CSSProperties = {
  position: 'absolute',
  top: 8,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 1000,
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '4px 8px',
  borderRadius: 16,
  background: 'rgba(255, 255, 255, 0.94)',
  boxShadow: '0 2px 8px rgba(0, 0, 0, 0.18)',
  font: '500 16px/1.2 system-ui, sans-serif',
  color: '#1a202c',
};

const buttonStyle: CSSProperties = {
  minWidth: 44,
  minHeight: 44,
  padding: '0 12px',
  borderRadius: 10,
  border: '1px solid #cbd5e0',
  background: '#fff',
  font: 'inherit',
  cursor: 'pointer',
};

/**
 * The session countdown shown on every board: the time for everyone, the controls for the
 * facilitator. Nothing shows to others until a facilitator has set a timer.
 */
export function SessionTimer({ ydoc, lang, canControl, size = 'board', defaultMinutes = DEFAULT_MINUTES, sessionWorkshopId }: SessionTimerProps) {
  const t = dictionaryFor(lang).session;
  const { timer, now } = useSessionTimer(ydoc);
  const [minutesText, setMinutesText] = useState(String(defaultMinutes));
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const timeRef = useRef<HTMLSpanElement>(null);
  const finished = timer ? isFinished(timer, now) : false;
  useEndSignal(finished && (timer?.running ?? false), timeRef);
  if (!timer && !canControl) return null;

  const minutes = Number(minutesText.replace(',', '.'));
  const typedMs = Math.min(MAX_DURATION_MS, Number.isFinite(minutes) && minutes > 0 ? minutes * MINUTE_MS : defaultMinutes * MINUTE_MS);
  const untouched = !timer || (!timer.running && timer.elapsedBeforeMs === 0);
  // Each control is one request to the session (the server's clock) or one local write on this board.
  const run = (request: SessionTimerRequest, local: (current: TimerState | null, now: number) => TimerState | null) => {
    if (sessionWorkshopId) {
      setSending(true);
      void postSessionTimer(sessionWorkshopId, request).then((ok) => {
        setFailed(!ok);
        setSending(false);
      });
      return;
    }
    const next = local(timer, Date.now());
    if (ydoc && next) writeTimer(ydoc, next);
  };
  const onStart = () =>
    untouched
      ? run({ action: 'start', minutes: typedMs / MINUTE_MS }, (_, now) => startTimer(newTimer(typedMs), now))
      : run({ action: 'resume' }, (current, now) => current && startTimer(current, now));
  const onPause = () => run({ action: 'pause' }, (current, now) => current && pauseTimer(current, now));
  const onExtend = () => run({ action: 'extend' }, (current, now) => current && extendTimer(current, now));
  const onReset = () => run({ action: 'reset', minutes: typedMs / MINUTE_MS }, () => newTimer(typedMs));

  const big = size === 'projector';
  const timeStyle: CSSProperties = {
    display: 'inline-block',
    minWidth: big ? '4ch' : '3.2ch',
    font: `700 ${big ? 96 : 40}px/1 system-ui, sans-serif`,
    fontVariantNumeric: 'tabular-nums',
    color: finished ? '#c53030' : timer && !timer.running ? '#718096' : '#1a202c',
    textAlign: 'center',
  };
  const remaining = timer ? remainingMs(timer, now) : typedMs;

  return (
    <div
      style={{ ...barStyle, padding: big ? '8px 24px' : barStyle.padding }}
      role="timer"
      aria-label={finished ? t.timeUp : t.timer}
      data-testid="session-timer"
      data-running={timer?.running ? 'true' : 'false'}
      data-finished={finished ? 'true' : 'false'}
    >
      <span ref={timeRef} style={timeStyle} data-testid="timer-remaining">
        {formatRemaining(remaining)}
      </span>
      {finished && <span style={{ color: '#c53030', fontWeight: 700, fontSize: big ? 40 : 16 }}>{t.timeUp}</span>}
      {canControl && (
        <>
          {!timer?.running && (
            <label style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <span style={{ fontSize: 13 }}>{t.minutes}</span>
              <input
                type="number"
                inputMode="decimal"
                min={1}
                max={720}
                value={minutesText}
                onChange={(event) => setMinutesText(event.target.value)}
                style={{ width: 64, minHeight: 44, fontSize: 18, padding: '0 6px', borderRadius: 8, border: '1px solid #cbd5e0' }}
                data-testid="timer-minutes"
              />
            </label>
          )}
          {timer?.running ? (
            <button type="button" style={buttonStyle} onClick={onPause} disabled={sending} data-testid="timer-pause">
              {t.pause}
            </button>
          ) : (
            <button type="button" style={{ ...buttonStyle, background: '#2f855a', color: '#fff', borderColor: '#2f855a' }} onClick={onStart} disabled={sending} data-testid="timer-start">
              {untouched ? t.start : t.resume}
            </button>
          )}
          {timer && (
            <>
              <button type="button" style={buttonStyle} onClick={onExtend} disabled={sending} aria-label={t.extendLabel} data-testid="timer-extend">
                {t.extend}
              </button>
              <button type="button" style={buttonStyle} onClick={onReset} disabled={sending} data-testid="timer-reset">
                {t.reset}
              </button>
            </>
          )}
          {failed && (
            <span role="alert" style={{ color: '#c53030', fontSize: 14, maxWidth: 220 }} data-testid="timer-failed">
              {dictionaryFor(lang).sessionTimerRoute.failed}
            </span>
          )}
        </>
      )}
    </div>
  );
}
