/**
 * A person's private space on a board: a Yjs document of its own, next to the board's, that only
 * that person's devices may open. While private brainstorming is on, the cards a person writes go
 * there; during a dot vote, their ballot does. Nobody else's device receives any of it until the
 * facilitator reveals: the server then copies the cards into the board and the ballots into the
 * board's `votes` map (see server/http/privateSpaces.ts), and keeps doing so for whatever an
 * offline tablet brings later. Same y-websocket protocol, same offline copy as any board.
 */
import { DOC_NAME_PATTERN } from '../docName';

/** Y.Map of the person's own cards while private mode is on, tldraw records by id (as the board's `tldraw`). */
export const PRIVATE_RECORDS_MAP = 'tldraw';
/** Y.Map of the person's ballots: vote id → card ids their dots are on. */
export const BALLOTS_MAP = 'ballots';

const SEPARATOR = '--';
const KEY_LENGTH = 14;

/** 32-bit FNV-1a of `text` from `seed`: spreads user ids evenly; not a secret (access is checked). */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function ownerKey(userId: string): string {
  return [fnv1a(userId, 0x811c9dc5), fnv1a(userId, 0x5bd1e995)].map((part) => part.toString(36).padStart(KEY_LENGTH / 2, '0')).join('');
}

/** The name of `userId`'s private space on `boardDocName`; null when the board's name leaves no room for it. */
export function personalDocName(boardDocName: string, userId: string): string | null {
  const name = `${boardDocName}${SEPARATOR}${ownerKey(userId)}`;
  return DOC_NAME_PATTERN.test(name) ? name : null;
}

/** The board a private space's name belongs to (to be checked against its owner), or null. */
export function boardOfPersonalDoc(name: string): string | null {
  const suffix = SEPARATOR.length + KEY_LENGTH;
  if (name.length <= suffix || name.slice(-suffix, -KEY_LENGTH) !== SEPARATOR) return null;
  const board = name.slice(0, -suffix);
  return DOC_NAME_PATTERN.test(board) && /^[0-9a-z]+$/.test(name.slice(-KEY_LENGTH)) ? board : null;
}

/** Whether `name` is `userId`'s private space on `boardDocName`. */
export function isPersonalDocOf(name: string, boardDocName: string, userId: string): boolean {
  return personalDocName(boardDocName, userId) === name;
}
