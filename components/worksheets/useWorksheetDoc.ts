'use client';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { attachOfflineCopy } from '@/components/board/offline';

export type ConnectionState = 'connecting' | 'connected' | 'offline';

export interface WorksheetDoc {
  ydoc: Y.Doc;
  /** Bumped on every change, local or remote, so views re-read the doc. */
  revision: number;
  connection: ConnectionState;
}

function defaultWsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/yjs`;
}

/**
 * A worksheet's Y.Doc, synced with the server over the standard y-websocket protocol (the session
 * cookie authenticates; a token when given) and kept in IndexedDB for offline use, like a board.
 */
export function useWorksheetDoc(docName: string, token?: string): WorksheetDoc | null {
  const [state, setState] = useState<WorksheetDoc | null>(null);
  useEffect(() => {
    const ydoc = new Y.Doc();
    const offline = attachOfflineCopy(docName, ydoc);
    const provider = new WebsocketProvider(defaultWsUrl(), docName, ydoc, { params: token ? { token } : {} });
    let revision = 0;
    let connection: ConnectionState = 'connecting';
    const publish = () => setState({ ydoc, revision, connection });
    const onUpdate = () => {
      revision++;
      publish();
    };
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      connection = status === 'disconnected' ? 'offline' : status;
      publish();
    };
    ydoc.on('update', onUpdate);
    provider.on('status', onStatus);
    publish();
    return () => {
      ydoc.off('update', onUpdate);
      provider.off('status', onStatus);
      provider.destroy();
      offline.destroy();
      ydoc.destroy();
    };
  }, [docName, token]);
  return state;
}
