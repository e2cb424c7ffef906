/**
 * One websocket connected to one room: decodes each frame strictly, applies the per-connection
 * limits and hands the message to the room. Anything malformed closes this connection only.
 */
import type { WebSocket } from 'ws';
import { CloseCode } from './closeCodes';
import { decodeClientMessage, MalformedMessageError, OversizedMessageError, type MessageLimits } from './messages';
import { TokenBucket } from './rateLimiter';
import type { AwarenessIdentity } from '@/lib/session/awarenessState';
import type { Room, RoomLogger, RoomPeer } from './Room';

export interface ConnectionLimits extends MessageLimits {
  /** Sustained messages per second allowed from one connection. */
  messagesPerSecond: number;
  /** Messages allowed in a burst above the sustained rate. */
  messageBurst: number;
  /** Outgoing bytes buffered for a slow reader before it is disconnected. */
  maxBufferedBytes: number;
}

export class PeerConnection implements RoomPeer {
  private readonly bucket: TokenBucket;
  private room: Room | null = null;
  private readonly queued: Uint8Array[] = [];
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    readonly identity: AwarenessIdentity,
    readonly label: string,
    private readonly canWrite: () => boolean,
    private readonly canConfigure: () => boolean,
    private readonly limits: ConnectionLimits,
    private readonly log: RoomLogger,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onFrame(data, isBinary));
  }

  get subject(): string {
    return this.identity.userId;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Joins the room and processes frames that arrived while it was loading. */
  attach(room: Room): void {
    if (this.closed) return;
    this.room = room;
    room.addPeer(this);
    for (const frame of this.queued.splice(0)) {
      if (this.closed) break;
      this.dispatchSafely(frame);
    }
  }

  mayWrite(): boolean {
    return this.canWrite();
  }

  mayConfigure(): boolean {
    return this.canConfigure();
  }

  send(frame: Uint8Array, onWritten?: () => void): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) {
      onWritten?.();
      return;
    }
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCode.slowConsumer, 'connection too slow');
      onWritten?.();
      return;
    }
    this.ws.send(frame, onWritten && (() => onWritten()));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.room?.removePeer(this);
    this.ws.close(code, reason);
  }

  /** Marks the connection gone after the socket closed on its own. */
  markClosed(): void {
    this.closed = true;
    this.room?.removePeer(this);
  }

  private onFrame(data: unknown, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary || !Buffer.isBuffer(data)) {
      this.close(CloseCode.malformedMessage, 'binary frames only');
      return;
    }
    if (!this.bucket.take()) {
      this.close(CloseCode.rateLimited, 'too many messages');
      return;
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.room) this.dispatchSafely(frame);
    else this.queued.push(frame);
  }

  /** No input may crash the server: an unexpected failure closes this connection and is logged. */
  private dispatchSafely(frame: Uint8Array): void {
    try {
      this.dispatch(frame);
    } catch (error) {
      this.log.error('unexpected failure handling a frame; connection closed', { peer: this.label, error: String(error) });
      this.close(CloseCode.malformedMessage, 'message could not be handled');
    }
  }

  private dispatch(frame: Uint8Array): void {
    const room = this.room;
    if (!room) return;
    let message;
    try {
      message = decodeClientMessage(frame, this.limits);
    } catch (error) {
      if (error instanceof OversizedMessageError) {
        this.close(CloseCode.tooLarge, error.message);
        return;
      }
      if (error instanceof MalformedMessageError) {
        this.log.warn('malformed frame; connection closed', { peer: this.label, doc: room.name, reason: error.message });
        this.close(CloseCode.malformedMessage, error.message);
        return;
      }
      throw error;
    }
    switch (message.type) {
      case 'syncStep1':
        room.handleSyncStep1(this, message.stateVector);
        break;
      case 'update':
        room.handleUpdate(this, message.update, message.decoded, message.answer);
        break;
      case 'awareness':
        room.handleAwareness(this, message.update, message.clients);
        break;
      case 'queryAwareness':
        room.handleQueryAwareness(this);
        break;
    }
  }
}
