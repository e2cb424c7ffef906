/**
 * The facilitator's timer. On a board of the running session (and on the console) it goes through
 * the server, which writes one timer into the plenary and every group board; elsewhere it writes
 * the board's own `meta` map. The server refuses `meta.timer` from anyone but a facilitator
 * (FACILITATOR_META_KEYS), so only facilitator clients show the controls.
 */
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_TIMER, type TimerState } from '@/lib/session/timer';

/** Writes the timer into this board only (a board outside the running session). */
export function writeTimer(ydoc: Y.Doc, timer: TimerState): void {
  ydoc.getMap(META_MAP).set(META_TIMER, { ...timer });
}

/** What the session timer route accepts (see app/api/workshops/[workshopId]/timer/schema.ts). */
export type SessionTimerRequest =
  | { action: 'start'; minutes?: number }
  | { action: 'resume' }
  | { action: 'pause' }
  | { action: 'extend'; minutes?: number }
  | { action: 'reset'; minutes?: number };

/**
 * Asks the server to run the session timer. True once every board has it. No local write when the
 * server cannot be reached: a timer changed on one board alone would disagree with the others and
 * overwrite the session's timer when that board came back online.
 */
export async function postSessionTimer(workshopId: string, request: SessionTimerRequest): Promise<boolean> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/timer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return response.ok;
  } catch {
    // Offline: the caller says so; the facilitator can try again.
    return false;
  }
}
