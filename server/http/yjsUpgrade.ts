/**
 * Accepts websocket upgrades on /yjs/<docName>: validates the name, authenticates and authorises
 * BEFORE the upgrade (refusals are plain HTTP 401/403/404, no document byte is sent), then hands
 * the socket to the document's room.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isValidDocName } from '@/lib/docName';
import type { AwarenessIdentity } from '@/lib/session/awarenessState';
import { CloseCode } from '../rooms/closeCodes';
import { PeerConnection, type ConnectionLimits } from '../rooms/PeerConnection';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { AccessGrant } from '../auth/accessGrant';
import type { Logger } from '../log';

export const YJS_PATH_PREFIX = '/yjs/';
/** Sub-protocol that announces a token in the next Sec-WebSocket-Protocol entry. */
export const TOKEN_SUBPROTOCOL = 'plano.token';

export type ConnectionDecision =
  | { ok: true; grant: AccessGrant; identity: AwarenessIdentity; label: string; mayWrite: () => boolean; mayConfigure: () => boolean }
  | { ok: false; status: 401 | 403 | 404; reason: string };

export type AuthorizeConnection = (request: { docName: string; token: string | null; cookieHeader: string | undefined }) => Promise<ConnectionDecision>;

export interface YjsUpgradeOptions {
  registry: RoomRegistry;
  authorize: AuthorizeConnection;
  limits: ConnectionLimits;
  /** Largest websocket frame accepted at all; larger frames close the socket (1009). */
  maxFrameBytes: number;
  log: Logger;
  /** Told every close code of an accepted connection (metrics count the refusals). */
  onClose?: (code: number) => void;
  /**
   * A tablet whose Wi-Fi dropped leaves a half-open socket the server would otherwise keep for
   * many minutes, with its cursor on everyone's screen and its board held in memory: each
   * connection is pinged this often and dropped when it has answered nothing by the next ping.
   */
  heartbeatMs: number;
}

/** An accepted connection as the access sweep sees it: what it rests on, and how to cut it. */
export interface OpenConnection {
  grant: AccessGrant;
  close(code: number, reason: string): void;
}

export interface YjsUpgradeHandler {
  /** Returns false when the path is not a Yjs path, so another handler may take it. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
  readonly connectionCount: number;
  /** The accepted connections now open. */
  connections(): OpenConnection[];
}

export function createYjsUpgradeHandler(options: YjsUpgradeOptions): YjsUpgradeHandler {
  const { registry, authorize, limits, log } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxFrameBytes,
    handleProtocols: (protocols) => (protocols.has(TOKEN_SUBPROTOCOL) ? TOKEN_SUBPROTOCOL : false),
  });
  /** Accepted connections; `heard`: it sent something (a message or a pong) since the last heartbeat. */
  const open = new Map<WebSocket, { doc: string; peer: string; heard: boolean; grant: AccessGrant; connection: PeerConnection }>();
  const heartbeat = setInterval(() => {
    for (const [ws, connection] of open) {
      if (!connection.heard) {
        log.warn('connection stopped answering; dropped', { doc: connection.doc, peer: connection.peer });
        ws.terminate();
        continue;
      }
      connection.heard = false;
      ws.ping();
    }
  }, options.heartbeatMs);
  heartbeat.unref();

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, docName: string, token: string | null) {
    let decision: ConnectionDecision;
    try {
      decision = await authorize({ docName, token, cookieHeader: req.headers.cookie });
    } catch (error) {
      log.error('authorising a connection failed', { doc: docName, error: String(error) });
      refuseUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    if (!decision.ok) {
      refuseUpgrade(socket, decision.status, decision.reason);
      return;
    }
    if (socket.destroyed) return;
    const accepted = decision;
    wss.handleUpgrade(req, socket, head, (ws) => void accept(ws, docName, accepted));
  }

  async function accept(ws: WebSocket, docName: string, decision: Extract<ConnectionDecision, { ok: true }>) {
    const connection = new PeerConnection(ws, decision.identity, decision.label, decision.mayWrite, decision.mayConfigure, limits, log);
    const state = { doc: docName, peer: decision.label, heard: true, grant: decision.grant, connection };
    open.set(ws, state);
    const alive = () => (state.heard = true);
    ws.on('pong', alive);
    ws.on('message', alive);
    let acquired = false;
    ws.on('error', (error) => log.warn('websocket error', { doc: docName, peer: decision.label, error: String(error) }));
    ws.on('close', (code) => {
      options.onClose?.(code);
      open.delete(ws);
      connection.markClosed();
      if (acquired) registry.release(docName);
    });
    try {
      const room = await registry.acquire(docName);
      acquired = true;
      if (connection.isClosed) {
        registry.release(docName);
        acquired = false;
        return;
      }
      connection.attach(room);
    } catch (error) {
      log.error('loading a document failed', { doc: docName, error: String(error) });
      connection.close(CloseCode.storageFailure, 'document could not be loaded');
    }
  }

  return {
    handle(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://plano.invalid');
      if (!url.pathname.startsWith(YJS_PATH_PREFIX)) return false;
      socket.on('error', (error: NodeJS.ErrnoException) => {
        // A browser that navigates away mid-handshake resets the socket: expected, not worth a warning.
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') log.warn('socket error during upgrade', { error: String(error) });
      });
      const docName = url.pathname.slice(YJS_PATH_PREFIX.length);
      if (!isValidDocName(docName)) {
        refuseUpgrade(socket, 404, 'Not Found');
        return true;
      }
      void upgrade(req, socket, head, docName, tokenFrom(url, req));
      return true;
    },
    close() {
      clearInterval(heartbeat);
      for (const ws of open.keys()) ws.terminate();
      wss.close();
    },
    get connectionCount() {
      return open.size;
    },
    connections() {
      return [...open.values()].map(({ grant, connection }) => ({ grant, close: (code: number, reason: string) => connection.close(code, reason) }));
    },
  };
}

/** The token from `?token=` (what the stock y-websocket client sends) or from the sub-protocol header. */
function tokenFrom(url: URL, req: IncomingMessage): string | null {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const header = req.headers['sec-websocket-protocol'];
  if (typeof header !== 'string') return null;
  const entries = header.split(',').map((entry) => entry.trim());
  const at = entries.indexOf(TOKEN_SUBPROTOCOL);
  return at >= 0 && entries[at + 1] ? entries[at + 1] : null;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' };

/** Answers an upgrade request with a plain HTTP refusal and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const body = `${STATUS_TEXT[status] ?? 'Error'}: ${reason}`;
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
