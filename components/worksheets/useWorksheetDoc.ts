'use client';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { attachOfflineCopy } from '@/components/board/offline';
import { colorForUser } from '@/lib/board/userColor';
import { undoManagerFor } from './localEdits';

export type ConnectionState = 'connecting' | 'connected' | 'offline';

/** Who is at this device, as the others see them in the cells they edit. */
export interface SheetViewer {
  id: string;
  name: string;
}

export interface WorksheetDoc {
  ydoc: Y.Doc;
  /** Who else is on the sheet and which cell each edits (y-protocols awareness). */
  awareness: Awareness;
  undo: Y.UndoManager;
  /** Bumped on every change, local or remote, and on every presence change, so views re-read. */
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
 * The viewer's name and colour go into the sheet's awareness, as on a board.
 */
export function useWorksheetDoc(docName: string, viewer: SheetViewer, token?: string): WorksheetDoc | null {
  const [state, setState] = useState<WorksheetDoc | null>(null);
  const { id: viewerId, name: viewerName } = viewer;
  useEffect(() => {
    const ydoc = new Y.Doc();
    const offline = attachOfflineCopy(docName, ydoc);
    const provider = new WebsocketProvider(defaultWsUrl(), docName, ydoc, { params: token ? { token } : {} });
    const undo = undoManagerFor(ydoc);
    provider.awareness.setLocalStateField('user', { id: viewerId, name: viewerName, color: colorForUser(viewerId) });
    let revision = 0;
    let connection: ConnectionState = 'connecting';
    const publish = () => setState({ ydoc, awareness: provider.awareness, undo, revision, connection });
    const onChange = () => {
      revision++;
      publish();
    };
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      connection = status === 'disconnected' ? 'offline' : status;
      publish();
    };
    // y-websocket in the browser does not withdraw presence when the tab closes.
    const leave = () => provider.awareness.setLocalState(null);
    ydoc.on('update', onChange);
    provider.awareness.on('change', onChange);
    undo.on('stack-item-added', onChange);
    undo.on('stack-item-popped', onChange);
    provider.on('status', onStatus);
    window.addEventListener('pagehide', leave);
    publish();
    return () => {
      window.removeEventListener('pagehide', leave);
      ydoc.off('update', onChange);
      provider.awareness.off('change', onChange);
      undo.off('stack-item-added', onChange);
      undo.off('stack-item-popped', onChange);
      provider.off('status', onStatus);
      undo.destroy();
      provider.destroy();
      offline.destroy();
      ydoc.destroy();
    };
  }, [docName, token, viewerId, viewerName]);
  return state;
}
