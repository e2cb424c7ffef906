/**
 * Private brainstorming ("write alone first", as with paper cards kept face down): while it is on,
 * each person sees only their own new cards; the facilitator reveals all by turning it off.
 *
 * This hides cards in the UI only. Every card still reaches every device (the Yjs document is one
 * shared document) and the server records everything; it mirrors the paper habit, it is not a
 * secret.
 */

/** Key in the board's `meta` map: `{ since }` while private mode is on, absent or false when off (facilitator-only, see docMeta.ts). */
export { META_PRIVATE } from './docMeta';

export interface PrivateMode {
  /** When the facilitator turned it on, in ms since the epoch (the facilitator's clock). */
  since: number;
}

/** Reads `meta.private`; null when private mode is off or the value is not well-formed. */
export function readPrivateMode(value: unknown): PrivateMode | null {
  if (typeof value !== 'object' || value === null) return null;
  const since = (value as { since?: unknown }).since;
  return typeof since === 'number' && Number.isFinite(since) ? { since } : null;
}

/**
 * Whether a card is hidden from `viewerId`: private mode is on, the card was written since it
 * started, and by someone else. Cards from before stay visible to all. Compares device clocks:
 * a tablet whose clock runs far behind could stamp its new cards as older, and so show them.
 */
export function isHiddenByPrivateMode(card: { authorId: string; createdAt: number }, mode: PrivateMode | null, viewerId: string): boolean {
  if (!mode) return false;
  return card.createdAt >= mode.since && card.authorId !== viewerId;
}
