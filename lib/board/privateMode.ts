/**
 * Private brainstorming ("write alone first", as with paper cards kept face down): while it is on,
 * each person sees only their own new cards; the facilitator reveals all by turning it off.
 *
 * The cards a person writes meanwhile go to their private space (lib/board/personalDoc.ts), not
 * to the board: no other device receives them until the facilitator turns private mode off and
 * the server copies them onto the board. Cards written into the board anyway (by a client from
 * before private spaces) are still hidden on screen.
 */
import { CARD_SHAPE_TYPE } from '../shapes/card';

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

/** The fields of a tldraw record that decide where it is kept. */
export interface RoutedRecord {
  id: string;
  typeName: string;
  type?: string;
  parentId?: string;
  fromId?: string;
  toId?: string;
}

/**
 * Whether a record this person writes belongs in their private space rather than on the board:
 * one already kept there (and not on the board), a card they add while private mode is on, and
 * a shape or binding attached to a private record (an arrow to a private card must not name a
 * card the others do not have).
 */
export function keptPrivately(record: RoutedRecord, added: boolean, privateModeOn: boolean, isPrivate: (id: string) => boolean): boolean {
  if (isPrivate(record.id)) return true;
  if (added && privateModeOn && record.typeName === 'shape' && record.type === CARD_SHAPE_TYPE) return true;
  if (record.typeName === 'binding') return (record.fromId !== undefined && isPrivate(record.fromId)) || (record.toId !== undefined && isPrivate(record.toId));
  return record.typeName === 'shape' && record.parentId !== undefined && isPrivate(record.parentId);
}
