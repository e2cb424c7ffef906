'use client';

import { useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { format, dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { readUnsentCount, writeUnsentCount } from './offline';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'denied';

export interface ConnectionState {
  status: ConnectionStatus;
  /** Local Yjs updates made while not synced with the server (kept across reloads). */
  unsent: number;
}

/**
 * After this many failed connection attempts in a row (about 1.5 s of y-websocket's back-off) the
 * server counts as unreachable even if the browser thinks it is online: a venue LAN without the
 * server, or a captive portal.
 */
const OFFLINE_AFTER_FAILED_ATTEMPTS = 3;

const CONNECTING: ConnectionState = { status: 'connecting', unsent: 0 };

/** Watches one provider: connection status plus the count of changes not yet sent. */
class ConnectionMonitor {
  private state: ConnectionState = CONNECTING;
  private unsent = 0;
  private everSynced = false;
  private denied = false;
  private readonly listeners = new Set<() => void>();
  private detach: (() => void) | null = null;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly ydoc: Y.Doc,
    private readonly docName: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.detach === null) this.detach = this.attach();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.detach !== null) {
        this.detach();
        this.detach = null;
      }
    };
  };

  getSnapshot = (): ConnectionState => this.state;

  private attach(): () => void {
    const { provider, ydoc } = this;
    this.unsent = readUnsentCount(this.docName);
    this.everSynced = this.everSynced || provider.synced;

    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      // Only this device's edits count; updates from the server or IndexedDB are not local.
      if (!transaction.local || provider.synced) return;
      this.unsent += 1;
      writeUnsentCount(this.docName, this.unsent);
      this.refresh();
    };
    const onSync = (isSynced: boolean) => {
      if (isSynced) {
        // The sync handshake has pushed everything the server lacked.
        this.everSynced = true;
        this.unsent = 0;
        writeUnsentCount(this.docName, 0);
      }
      this.refresh();
    };
    const onClosed = (event: { code: number }) => {
      // y-websocket stops retrying on 4400-4499: the server refused us on purpose.
      this.denied = event.code === 4401 || event.code === 4403 || event.code === 4410;
      this.refresh();
    };
    const refresh = () => this.refresh();

    ydoc.on('update', onUpdate);
    provider.on('sync', onSync);
    provider.on('status', refresh);
    provider.on('connection-close', refresh);
    provider.on('closed', onClosed);
    window.addEventListener('online', refresh);
    window.addEventListener('offline', refresh);
    this.refresh();
    return () => {
      ydoc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.off('status', refresh);
      provider.off('connection-close', refresh);
      provider.off('closed', onClosed);
      window.removeEventListener('online', refresh);
      window.removeEventListener('offline', refresh);
    };
  }

  private refresh(): void {
    const status = this.deriveStatus();
    if (status === this.state.status && this.unsent === this.state.unsent) return;
    this.state = { status, unsent: this.unsent };
    for (const listener of this.listeners) listener();
  }

  private deriveStatus(): ConnectionStatus {
    const { provider } = this;
    if (provider.wsconnected && provider.synced) return 'online';
    if (this.denied && !provider.shouldConnect) return 'denied';
    if (!navigator.onLine || provider.wsUnsuccessfulReconnects >= OFFLINE_AFTER_FAILED_ATTEMPTS) return 'offline';
    return this.everSynced ? 'reconnecting' : 'connecting';
  }
}

function subscribeNowhere(): () => void {
  return () => undefined;
}

function connectingSnapshot(): ConnectionState {
  return CONNECTING;
}

/** Connection state of a board; 'connecting' until there is a provider. */
export function useConnectionState(
  provider: WebsocketProvider | null,
  ydoc: Y.Doc | null,
  docName: string,
): ConnectionState {
  const monitor = useMemo(
    () => (provider && ydoc ? new ConnectionMonitor(provider, ydoc, docName) : null),
    [provider, ydoc, docName],
  );
  return useSyncExternalStore(
    monitor?.subscribe ?? subscribeNowhere,
    monitor?.getSnapshot ?? connectingSnapshot,
    connectingSnapshot,
  );
}

export interface ConnectionBadgeProps {
  state: ConnectionState;
  lang: Lang;
  /** Called when the user taps the badge while not connected. */
  onReconnect?: () => void;
}

const DOT_COLORS: Record<ConnectionStatus, string> = {
  online: '#1f9d55',
  connecting: '#d69e2e',
  reconnecting: '#d69e2e',
  offline: '#c53030',
  denied: '#c53030',
};

const badgeStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 10,
  minHeight: 44,
  padding: '6px 14px',
  border: '1px solid rgba(0, 0, 0, 0.12)',
  borderRadius: 22,
  background: 'rgba(255, 255, 255, 0.96)',
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.15)',
  color: '#1a202c',
  font: '500 15px/1.25 system-ui, sans-serif',
  textAlign: 'left',
  pointerEvents: 'auto',
  touchAction: 'manipulation',
};

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * The board's connection state, always visible (no hover needed on a tablet). While not connected
 * it is a button: tapping it reconnects at once instead of waiting for the back-off.
 */
export function ConnectionBadge({ state, lang, onReconnect }: ConnectionBadgeProps) {
  const t = dictionaryFor(lang).board;
  const label = {
    online: t.online,
    connecting: t.connecting,
    reconnecting: t.reconnecting,
    offline: t.offline,
    denied: t.accessDenied,
  }[state.status];
  const detail = state.unsent > 0 ? `${format(t.unsent, { count: state.unsent })} · ${t.savedOnDevice}` : null;
  const canRetry = onReconnect !== undefined && (state.status === 'offline' || state.status === 'reconnecting');

  const content = (
    <>
      <span
        aria-hidden
        style={{ width: 12, height: 12, flex: 'none', borderRadius: '50%', background: DOT_COLORS[state.status] }}
      />
      <span style={{ display: 'flex', flexDirection: 'column' }}>
        <span>{label}</span>
        {detail && <span style={{ fontSize: 13, fontWeight: 400 }}>{detail}</span>}
      </span>
      {canRetry && (
        <>
          <span aria-hidden style={{ fontSize: 20, lineHeight: 1 }}>
            ↻
          </span>
          <span style={visuallyHidden}>{t.reconnectNow}</span>
        </>
      )}
    </>
  );

  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={t.connectionStatus}
      data-testid="connection-badge"
      data-status={state.status}
      data-unsent={state.unsent}
    >
      {canRetry ? (
        <button type="button" onClick={onReconnect} style={{ ...badgeStyle, cursor: 'pointer' }}>
          {content}
        </button>
      ) : (
        <div style={badgeStyle}>{content}</div>
      )}
    </div>
  );
}
