/**
 * The `meta` map of every board's Yjs document: facts the server mirrors into the document so
 * every client can show them at once (the server stays the authority and enforces them).
 */
export const META_MAP = 'meta';
/** true while the facilitator has locked the board: only facilitators may write. */
export const META_LOCKED = 'locked';
