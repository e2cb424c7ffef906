/**
 * Decoding of the y-websocket wire protocol (y-protocols sync + awareness), strict enough to
 * treat every peer's frame as hostile: a frame decodes completely and within limits, or it is
 * refused as a whole before anything is applied.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readUpdateLayout } from './updateLayout';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  /** `answer`: a sync step 2 (the peer's answer to the server's step 1), else a live update. */
  | { type: 'update'; update: Uint8Array; decoded: DecodedUpdate; answer: boolean }
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
      return { type: 'awareness', update, clients: decodeAwarenessEntries(update) };
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
    const { update, decoded } = decodeWellFormedUpdate(decoding.readVarUint8Array(decoder));
    return { type: 'update', update, decoded, answer: syncType === SyncType.step2 };
  }
  throw new MalformedMessageError(`unknown sync message type ${syncType}`);
}

/**
 * Reads every struct and the delete set of an update without applying it, so a garbage update
 * is refused before it can reach the shared document or the store; so is an update followed by
 * bytes of anything else (Yjs would ignore them, and they would be stored), or one whose layout
 * Yjs would read differently when applying it (see updateLayout.ts). Returns the update in a
 * buffer of its own: read as a view into the frame, Yjs can read past its end without noticing.
 */
export function decodeWellFormedUpdate(received: Uint8Array): { update: Uint8Array; decoded: DecodedUpdate } {
  const update = received.byteOffset === 0 && received.byteLength === received.buffer.byteLength ? received : received.slice();
  let decoded: DecodedUpdate;
  let layout: ReturnType<typeof readUpdateLayout>;
  try {
    decoded = Y.decodeUpdate(update);
    layout = readUpdateLayout(update);
  } catch (error) {
    throw new MalformedMessageError(error instanceof Error && error.name === 'UpdateLayoutError' ? error.message : 'update does not decode', { cause: error });
  }
  if (layout.endOffset !== update.byteLength) throw new MalformedMessageError(`${update.byteLength - layout.endOffset} bytes after the end of the update`);
  let at = 0;
  for (const section of layout.sections) {
    const first = decoded.structs[at];
    if (!first || first.id.client !== section.client || first.id.clock !== section.clock) throw new MalformedMessageError('the update reads differently from its layout');
    at += section.structs;
  }
  if (at !== decoded.structs.length) throw new MalformedMessageError('the update reads differently from its layout');
  return { update, decoded };
}

/** The entries of an awareness update; throws MalformedMessageError (or lib0's errors) on garbage. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) throw new MalformedMessageError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (!Number.isSafeInteger(clientId) || !Number.isSafeInteger(clock)) throw new MalformedMessageError('awareness client id or clock out of range');
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
