/**
 * The facilitator's timer writes into the board's `meta` map. The server refuses `meta.timer` from
 * anyone else (FACILITATOR_META_KEYS), so only facilitator clients show the controls.
 */
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_TIMER, type TimerState } from '@/lib/session/timer';

export function writeTimer(ydoc: Y.Doc, timer: TimerState): void {
  ydoc.getMap(META_MAP).set(META_TIMER, { ...timer });
}
