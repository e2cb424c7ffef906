/**
 * The facilitator's timer writes into the board's `meta` map. The server refuses `meta.timer` from
 * anyone else (FACILITATOR_META_KEYS), so only facilitator clients show the controls.
 */
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_TIMER, type TimerState } from '@/lib/session/timer';

/**
 * Writes the timer into `ydoc` and into every mirror: the console runs one session timer for the
 * plenary and every group board, so each tablet shows it on its own board.
 */
export function writeTimer(ydoc: Y.Doc, timer: TimerState, mirrors: readonly Y.Doc[] = []): void {
  for (const doc of [ydoc, ...mirrors]) doc.getMap(META_MAP).set(META_TIMER, { ...timer });
}
