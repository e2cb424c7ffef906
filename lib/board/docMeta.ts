/**
 * The `meta` map of every board's Yjs document: facts the server mirrors into the document so
 * every client can show them at once (the server stays the authority and enforces them).
 */
export const META_MAP = 'meta';
/** The board's tldraw records, keyed by record id. */
export const RECORDS_MAP = 'tldraw';
/** true while the facilitator has locked the board: only facilitators may write. */
export const META_LOCKED = 'locked';
/** true while the facilitator has opened the board (e.g. the plenary) for participants' writes. */
export const META_OPEN = 'openForParticipants';
/** The facilitator's dot vote on the board (state, dots per person). */
export const META_VOTE = 'vote';
/** true while private brainstorming hides others' new cards. */
export const META_PRIVATE = 'private';
/** The facilitator's session timer (see lib/session/timer.ts). */
export const META_TIMER = 'timer';
/** The group board the projector shows instead of the plenary (see lib/session/spotlight.ts). */
export const META_SPOTLIGHT = 'spotlight';
/** The facilitator whose viewport everyone on the board follows (see lib/session/followMe.ts). */
export const META_FOLLOW_ME = 'followMe';
/** What each card colour means on this board, as the facilitator typed it (see lib/board/colorMeanings.ts). */
export const META_CARD_COLOR_MEANINGS = 'cardColorMeanings';

/**
 * Set by the server while the board is full for participants' writes (see lib/board/boardFull.ts);
 * every device says so, and the facilitator can restore the last good snapshot.
 */
export const META_BOARD_FULL = 'boardFull';

/**
 * Keys of `meta` that steer the session: only facilitators (and the server) may set them. Other
 * keys (e.g. the tldraw schema version every writer records) are open to all writers.
 */
export const FACILITATOR_META_KEYS: ReadonlySet<string> = new Set([META_LOCKED, META_OPEN, META_VOTE, META_PRIVATE, META_TIMER, META_SPOTLIGHT, META_FOLLOW_ME, META_CARD_COLOR_MEANINGS, META_BOARD_FULL]);
