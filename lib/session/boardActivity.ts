/**
 * Activity figures of a board for the facilitator's console, computed from the board's records
 * and its awareness states: how many cards, who has it open, when it last changed.
 */
import { CARD_SHAPE_TYPE } from '../shapes/card';
import type { BoardPeer } from './awarenessState';

export interface PersonOnline {
  userId: string;
  name: string;
  color: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCard(record: unknown): record is { props: Record<string, unknown> } {
  return isRecord(record) && record.typeName === 'shape' && record.type === CARD_SHAPE_TYPE && isRecord(record.props);
}

/** The metaplan cards among a board's tldraw records. */
export function countCards(records: Iterable<unknown>): number {
  let count = 0;
  for (const record of records) if (isCard(record)) count++;
  return count;
}

/**
 * When the newest card was written (ms since the epoch), or null without cards. Yjs keeps no
 * times, so this is the console's best guess of "last change" until it sees a change itself.
 */
export function newestCardAt(records: Iterable<unknown>): number | null {
  let newest: number | null = null;
  for (const record of records) {
    if (!isCard(record)) continue;
    const createdAt = record.props.createdAt;
    if (typeof createdAt === 'number' && Number.isFinite(createdAt) && createdAt > 0 && (newest === null || createdAt > newest)) newest = createdAt;
  }
  return newest;
}

/**
 * The people who have the board open, once each however many devices they use, by name.
 * Clients without a board open (a console watching it) are not people on the board.
 */
export function peopleOnline(peers: readonly BoardPeer[]): PersonOnline[] {
  const byUser = new Map<string, PersonOnline>();
  for (const peer of peers) {
    if (peer.onBoard && !byUser.has(peer.userId)) byUser.set(peer.userId, { userId: peer.userId, name: peer.name, color: peer.color });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Whole minutes from `at` to `now` (never negative); null when there was no change. */
export function minutesSince(at: number | null, now: number): number | null {
  if (at === null) return null;
  return Math.max(0, Math.floor((now - at) / 60_000));
}

export interface RosterEntry {
  userId: string;
  name: string;
}

export interface Attendance<E extends RosterEntry> {
  /** Who has at least one of the watched boards open, with those boards' ids. */
  connected: (E & { boards: string[] })[];
  notConnected: E[];
}

/**
 * Splits the workshop's people into connected now and not, from who is online on each watched
 * board (board id -> people). Someone on a board that is not watched counts as not connected.
 */
export function attendance<E extends RosterEntry>(roster: readonly E[], onlineByBoard: ReadonlyMap<string, readonly PersonOnline[]>): Attendance<E> {
  const boardsOf = new Map<string, string[]>();
  for (const [board, people] of onlineByBoard) {
    for (const person of people) boardsOf.set(person.userId, [...(boardsOf.get(person.userId) ?? []), board]);
  }
  const connected: (E & { boards: string[] })[] = [];
  const notConnected: E[] = [];
  for (const entry of roster) {
    const boards = boardsOf.get(entry.userId);
    if (boards) connected.push({ ...entry, boards });
    else notConnected.push(entry);
  }
  return { connected, notConnected };
}
