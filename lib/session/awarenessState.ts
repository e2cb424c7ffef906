/**
 * What one client puts in a board's awareness, and what the server makes of it. The server
 * relays only a state it rebuilt (verifiedAwarenessState): who the person is, their colour and
 * role come from their sign-in, requests only from those allowed to make them. Clients still
 * narrow every field before showing it.
 */
import { canInSession, isRole, type Role } from '../auth/capabilities';
import { colorForUser } from '../board/userColor';


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
  /** The role the server verified; 'observer' when a state carries none. */
  role: Role;
  /** May lead the session (lower hands, be followed): a verified facilitator. */
  leads: boolean;
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

/** Awareness field the server sets to the person's verified role. */
export const ROLE_FIELD = 'role';
/** Awareness field of the board presence (tldraw's cursor, selection and viewport). */
export const PRESENCE_FIELD = 'presence';
/** Awareness field naming the worksheet cell a device is typing in (see lib/worksheets/sheetPresence). */
export const SHEET_CELL_FIELD = 'sheetCell';
/** Longest cell key relayed. */
export const MAX_SHEET_CELL_KEY = 200;

const MAX_TEXT = 120;
/** A facilitator keeps at most 50 (see hands.ts); more is not read. */
const MAX_LOWER_REQUESTS_READ = 100;
/** Largest presence relayed, in JSON characters; a bigger one is dropped (the cursor pauses). */
export const MAX_PRESENCE_JSON = 16_384;

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
    if (Object.keys(requests).length >= MAX_LOWER_REQUESTS_READ) break;
    if (typeof raisedAt === 'number' && Number.isFinite(raisedAt) && userId.length <= MAX_TEXT) requests[userId] = raisedAt;
  }
  return requests;
}

/** One awareness state as a peer; null for a state without a user (nothing to show). */
export function readBoardPeer(clientId: number, state: unknown): BoardPeer | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const userId = text(state.user.id);
  if (userId === '') return null;
  const role = isRole(state[ROLE_FIELD]) ? state[ROLE_FIELD] : 'observer';
  return {
    clientId,
    userId,
    name: text(state.user.name),
    color: text(state.user.color),
    role,
    leads: canInSession(role, 'lead'),
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

/** Who a connection is, as its sign-in says: what the server writes into that person's presence. */
export interface AwarenessIdentity {
  userId: string;
  name: string;
  role: Role;
}

/**
 * The state the server relays for a client: rebuilt from `state` as sent, keeping only the
 * presence (with its user fields overwritten, and dropped when oversized), the worksheet cell a
 * writer is typing in, a raised hand from those who may raise one, and requests to lower hands
 * from those who lead; the user, colour and role come from `identity`. Any other field is dropped.
 */
export function verifiedAwarenessState(state: Readonly<Record<string, unknown>>, identity: AwarenessIdentity): Record<string, unknown> {
  const name = identity.name.slice(0, MAX_TEXT);
  const color = colorForUser(identity.userId);
  const verified: Record<string, unknown> = { user: { id: identity.userId, name, color }, [ROLE_FIELD]: identity.role };
  const presence = state[PRESENCE_FIELD];
  if (isRecord(presence) && JSON.stringify(presence).length <= MAX_PRESENCE_JSON) {
    // tldraw draws a cursor's name and colour from these, and "follow" matches on userId (a
    // tldraw user record id, hence the prefix).
    verified[PRESENCE_FIELD] = { ...presence, userId: `user:${identity.userId}`, userName: name, color };
  }
  const cell = state[SHEET_CELL_FIELD];
  if (identity.role !== 'observer' && typeof cell === 'string' && cell.length <= MAX_SHEET_CELL_KEY) verified[SHEET_CELL_FIELD] = cell;
  if (canInSession(identity.role, 'raiseHand')) {
    const hand = readHand(state[HAND_FIELD]);
    if (hand) verified[HAND_FIELD] = hand;
  }
  if (canInSession(identity.role, 'lead')) {
    const requests = readLowerHands(state[LOWER_HANDS_FIELD]);
    if (Object.keys(requests).length > 0) verified[LOWER_HANDS_FIELD] = requests;
  }
  return verified;
}
