/**
 * What one client puts in a board's awareness, read back safely. Awareness comes from any peer
 * and the server does not check it, so every field is narrowed here before anything shows it.
 */

/** A raised hand: when it went up, on the raiser's clock (also its identity for lowering). */
export interface RaisedHand {
  raisedAt: number;
}

/** One client on a board as its awareness state describes it. */
export interface BoardPeer {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  /** Has a board open (publishes a cursor and viewport); a console watching the board does not. */
  onBoard: boolean;
  hand: RaisedHand | null;
  /** Hands this client (a facilitator) has asked to come down: user id -> that hand's `raisedAt`. */
  lowerHands: Readonly<Record<string, number>>;
}

/** Awareness field of a raised hand. */
export const HAND_FIELD = 'hand';
/** Awareness field of a facilitator's requests to lower hands. */
export const LOWER_HANDS_FIELD = 'lowerHands';

const MAX_TEXT = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
}

export function readHand(value: unknown): RaisedHand | null {
  if (!isRecord(value)) return null;
  const { raisedAt } = value;
  return typeof raisedAt === 'number' && Number.isFinite(raisedAt) ? { raisedAt } : null;
}

export function readLowerHands(value: unknown): Record<string, number> {
  const requests: Record<string, number> = {};
  if (!isRecord(value)) return requests;
  for (const [userId, raisedAt] of Object.entries(value)) {
    if (typeof raisedAt === 'number' && Number.isFinite(raisedAt) && userId.length <= MAX_TEXT) requests[userId] = raisedAt;
  }
  return requests;
}

/** One awareness state as a peer; null for a state without a user (nothing to show). */
export function readBoardPeer(clientId: number, state: unknown): BoardPeer | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const userId = text(state.user.id);
  if (userId === '') return null;
  return {
    clientId,
    userId,
    name: text(state.user.name),
    color: text(state.user.color),
    onBoard: isRecord(state.presence),
    hand: readHand(state[HAND_FIELD]),
    lowerHands: readLowerHands(state[LOWER_HANDS_FIELD]),
  };
}

/** Every readable peer of an awareness `getStates()` map. */
export function readBoardPeers(states: ReadonlyMap<number, unknown>): BoardPeer[] {
  const peers: BoardPeer[] = [];
  for (const [clientId, state] of states) {
    const peer = readBoardPeer(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers;
}
