/**
 * What instances say to each other on a document's Redis channel. One binary frame:
 * [kind: 1 byte][sender instance id: 16 bytes][payload]. Binary pub/sub carries Yjs updates
 * intact, so no base64 and no JSON.
 */

export const FanoutKind = {
  /** A Yjs update the sender already committed to the database. */
  update: 0,
  /** An awareness update (cursors, names) from the sender's peers. */
  awareness: 1,
  /** "Send me your awareness states": a newly loaded room asks the instances holding the doc. */
  awarenessQuery: 2,
  /** "Re-read this doc from the database": the sender could not publish some committed updates. */
  resync: 3,
} as const;

export type FanoutKindName = keyof typeof FanoutKind;
export type FanoutKindValue = (typeof FanoutKind)[FanoutKindName];

export const INSTANCE_ID_BYTES = 16;
const HEADER_BYTES = 1 + INSTANCE_ID_BYTES;
const CHANNEL_PREFIX = 'plano:doc:';

export interface FanoutMessage {
  kind: FanoutKindValue;
  sender: Buffer;
  payload: Uint8Array;
}

export function channelOf(docName: string): string {
  return CHANNEL_PREFIX + docName;
}

/** The doc name of a Plano channel, or null for anything else. */
export function docNameOf(channel: string): string | null {
  return channel.startsWith(CHANNEL_PREFIX) ? channel.slice(CHANNEL_PREFIX.length) : null;
}

export function encodeFanoutMessage(kind: FanoutKindValue, sender: Buffer, payload: Uint8Array = new Uint8Array(0)): Buffer {
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
  frame[0] = kind;
  sender.copy(frame, 1, 0, INSTANCE_ID_BYTES);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/** Null for a frame that is too short or of an unknown kind (another version, or noise). */
export function decodeFanoutMessage(frame: Buffer): FanoutMessage | null {
  if (frame.byteLength < HEADER_BYTES) return null;
  const kind = frame[0];
  if (!Object.values(FanoutKind).includes(kind as FanoutKindValue)) return null;
  return { kind: kind as FanoutKindValue, sender: frame.subarray(1, HEADER_BYTES), payload: frame.subarray(HEADER_BYTES) };
}
