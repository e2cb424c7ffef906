import type { TLRecord } from 'tldraw';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { BALLOTS_MAP, PRIVATE_RECORDS_MAP } from '@/lib/board/personalDoc';
import { attachOfflineCopy, type OfflineCopy } from './offline';

/**
 * This person's private space on a board (lib/board/personalDoc.ts): a Y.Doc of its own over the
 * same websocket endpoint, with its own offline copy, so private cards and ballots written
 * offline are kept and sent like any edit. It publishes no presence.
 */
export class PrivateSpace {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly records: Y.Map<TLRecord>;
  readonly ballots: Y.Map<unknown>;
  private readonly offline: OfflineCopy;

  constructor(name: string, wsUrl: string, token: string | undefined) {
    this.records = this.ydoc.getMap<TLRecord>(PRIVATE_RECORDS_MAP);
    this.ballots = this.ydoc.getMap<unknown>(BALLOTS_MAP);
    this.offline = attachOfflineCopy(name, this.ydoc);
    this.provider = new WebsocketProvider(wsUrl, name, this.ydoc, { params: token ? { token } : {} });
    this.provider.awareness.setLocalState(null);
  }

  destroy(): void {
    this.provider.destroy();
    this.offline.destroy();
    this.ydoc.destroy();
  }
}
