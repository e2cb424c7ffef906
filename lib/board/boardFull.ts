/**
 * A full board: the server refuses participants' new writes (their devices keep them and send
 * them once there is room) and marks the board in `meta.boardFull` so every device says so.
 * The facilitator can still write, and can restore the board's last good snapshot.
 */
export { META_BOARD_FULL } from './docMeta';

export interface BoardFull {
  /** When the server found the board full, in ms since the epoch (the server's clock). */
  since: number;
}

export function readBoardFull(value: unknown): BoardFull | null {
  if (typeof value !== 'object' || value === null) return null;
  const since = (value as { since?: unknown }).since;
  return typeof since === 'number' && Number.isFinite(since) ? { since } : null;
}
