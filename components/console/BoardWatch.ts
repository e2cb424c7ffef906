'use client';

import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import { LOWER_HANDS_FIELD, readBoardPeers, readLowerHands, type BoardPeer } from '@/lib/session/awarenessState';
import { countCards, newestCardAt } from '@/lib/session/boardActivity';
import { thumbnailOf, type Thumbnail } from '@/lib/session/boardThumbnail';
import { withLowerRequest } from '@/lib/session/hands';

/** What the console shows of one board. */
export interface BoardWatchState {
  connected: boolean;
  synced: boolean;
  cards: number;
  thumbnail: Thumbnail;
  peers: BoardPeer[];
  /** The newest card's time until the console sees a change itself, then that change's time. */
  lastChangeAt: number | null;
}

/**
 * Redraw a busy board at most this often: six groups typing at once must not keep a laptop's
 * main thread rebuilding thumbnails.
 */
const REFRESH_MS = 500;

const EMPTY: BoardWatchState = { connected: false, synced: false, cards: 0, thumbnail: { viewBox: null, areas: [], cards: [] }, peers: [], lastChangeAt: null };

function defaultWsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/yjs`;
}

/**
 * One board watched from the console: a plain Y.Doc over the board's websocket (the signed-in
 * facilitator may read every board), no editor, no offline copy, no cursor of its own.
 */
export class BoardWatch {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private state: BoardWatchState = EMPTY;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private recordsChanged = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly docName: string) {
    this.provider = new WebsocketProvider(defaultWsUrl(), docName, this.ydoc, { disableBc: true });
    // Not a person on the board: publish nothing until there is a hand to lower.
    this.provider.awareness.setLocalState(null);
    this.ydoc.getMap(RECORDS_MAP).observe(this.onRecords);
    this.provider.awareness.on('change', this.onAwareness);
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
  }

  getState = (): BoardWatchState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the raiser's device to lower the hand it raised at `raisedAt` (see lib/session/hands.ts). */
  lowerHand(me: { id: string; name: string; color: string }, userId: string, raisedAt: number): void {
    const awareness = this.provider.awareness;
    const current = readLowerHands(awareness.getLocalState()?.[LOWER_HANDS_FIELD]);
    awareness.setLocalState({ user: me, [LOWER_HANDS_FIELD]: withLowerRequest(current, userId, raisedAt) });
  }

  destroy(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.ydoc.getMap(RECORDS_MAP).unobserve(this.onRecords);
    this.provider.awareness.off('change', this.onAwareness);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.provider.destroy();
    this.ydoc.destroy();
    this.listeners.clear();
  }

  private onRecords = () => {
    this.recordsChanged = true;
    this.schedule();
  };

  private onAwareness = () => this.schedule();

  private onStatus = ({ status }: { status: string }) => this.update({ connected: status === 'connected' });

  private onSync = (synced: boolean) => {
    if (!synced) return;
    const records = [...this.ydoc.getMap(RECORDS_MAP).values()];
    this.recordsChanged = false;
    // After a reconnect, keep a change already seen if it is newer than the newest card.
    const newest = newestCardAt(records);
    const seen = this.state.lastChangeAt;
    const lastChangeAt = newest === null ? seen : seen === null ? newest : Math.max(seen, newest);
    this.update({ synced: true, cards: countCards(records), thumbnail: thumbnailOf(records), lastChangeAt, peers: this.readPeers() });
  };

  private schedule(): void {
    if (this.refreshTimer !== null) return;
    this.refreshTimer = setTimeout(this.refresh, REFRESH_MS);
  }

  private refresh = () => {
    this.refreshTimer = null;
    const peers = this.readPeers();
    // Cursor moves change awareness many times a second but not who is here: stay quiet then.
    const samePeers = JSON.stringify(peers) === JSON.stringify(this.state.peers);
    const next: Partial<BoardWatchState> = samePeers ? {} : { peers };
    // Changes that arrive with the first sync are history, not activity.
    if (this.recordsChanged && this.provider.synced) {
      const records = [...this.ydoc.getMap(RECORDS_MAP).values()];
      Object.assign(next, { cards: countCards(records), thumbnail: thumbnailOf(records), lastChangeAt: Date.now() });
    }
    this.recordsChanged = false;
    if (Object.keys(next).length > 0) this.update(next);
  };

  /** Every client's state, this console's own too (its lowering requests hide lowered hands at once). */
  private readPeers(): BoardPeer[] {
    return readBoardPeers(this.provider.awareness.getStates());
  }

  private update(changes: Partial<BoardWatchState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}
