'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_TIMER, readTimer, type TimerState } from '@/lib/session/timer';

/** Redraw often enough that the seconds change on time, without a frame-by-frame render. */
const TICK_MS = 250;

/** The board's timer from `meta.timer`, live, and the current time (ticking only while it runs). */
export function useSessionTimer(ydoc: Y.Doc | null): { timer: TimerState | null; now: number } {
  const [timer, setTimer] = useState<TimerState | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!ydoc) return;
    const meta = ydoc.getMap<unknown>(META_MAP);
    const read = () => {
      const next = readTimer(meta.get(META_TIMER));
      // Other meta keys change too (votes, lock): keep the same object so nothing re-renders.
      setTimer((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
      setNow(Date.now());
    };
    read();
    meta.observe(read);
    return () => meta.unobserve(read);
  }, [ydoc]);

  const running = timer?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [running]);

  return { timer, now };
}
