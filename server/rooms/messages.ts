/**
 * Decoding of the y-websocket wire protocol (y-protocols sync + awareness), strict enough to
 * treat every peer's frame as hostile: a frame decodes completely and within limits, or it is
 * refused as a whole before anything is applied.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'awareness'; update: Uint8Array; clients: AwarenessEntry[] }
  | { type: 'queryAwareness' };

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null means the peer removed its state (went away). */
  state: unknown;
}

/** An update's structs and delete set, decoded once and handed on (the room's policies read it). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export interface MessageLimits {
  /** Largest document update accepted in one frame, in bytes. */
  maxUpdateBytes: number;
  /** Largest awareness frame accepted, in bytes. */
  maxAwarenessBytes: number;
}

export class MalformedMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedMessageError';
  }
}

export class OversizedMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OversizedMessageError';
  }
}

/** Decodes one frame from a client; throws MalformedMessageError or OversizedMessageError. */
export function decodeClientMessage(frame: Uint8Array, limits: MessageLimits): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    const message = decodeByType(type, decoder, frame, limits);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError || error instanceof OversizedMessageError) throw error;
    // lib0 throws plain Errors on truncated input and bad varints.
    throw new MalformedMessageError('frame does not decode', { cause: error });
  }
}

function decodeByType(type: number, decoder: decoding.Decoder, frame: Uint8Array, limits: MessageLimits): ClientMessage {
  switch (type) {
    case MessageType.sync:
      return decodeSync(decoder, frame, limits);
    case MessageType.awareness: {
      if (frame.byteLength > limits.maxAwarenessBytes) throw new OversizedMessageError('awareness frame over the limit');
      const update = decoding.readVarUint8Array(decoder);
      return { type: 'awareness', update, clients: decodeAwarenessUpdate(update) };
    }
    case MessageType.queryAwareness:
      return { type: 'queryAwareness' };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

function decodeSync(decoder: decoding.Decoder, frame: Uint8Array, limits: MessageLimits): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  if (syncType === SyncType.step1) {
    const stateVector = decoding.readVarUint8Array(decoder);
    Y.decodeStateVector(stateVector); // throws on garbage
    return { type: 'syncStep1', stateVector };
  }
  if (syncType === SyncType.step2 || syncType === SyncType.update) {
    if (frame.byteLength > limits.maxUpdateBytes) throw new OversizedMessageError('update over the limit');
    const update = decoding.readVarUint8Array(decoder);
    return { type: 'update', update, decoded: decodeWellFormedUpdate(update) };
  }
  throw new MalformedMessageError(`unknown sync message type ${syncType}`);
}

/**
 * Reads every struct and the delete set of an update without applying it, so a garbage update
 * is refused before it can reach the shared document or the store.
 */
export function decodeWellFormedUpdate(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update);
  } catch (error) {
    throw new MalformedMessageError('update does not decode', { cause: error });
  }
}

function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) throw new MalformedMessageError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch (error) {
      throw new MalformedMessageError('awareness state is not JSON', { cause: error });
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new MalformedMessageError('awareness state must be an object or null');
    }
    entries.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in awareness update');
  return entries;
}

/** One sync-protocol message: its subtype and its payload (a state vector or an update). */
function encodeSyncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSyncMessage(SyncType.step1, Y.encodeStateVector(doc));
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncType.step2, Y.encodeStateAsUpdate(doc, stateVector));
}

/** A sync step 2 carrying an update that is already encoded (e.g. a stored snapshot, sent as is). */
export function encodeSyncStep2FromUpdate(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncType.step2, update);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncType.update, update);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}
