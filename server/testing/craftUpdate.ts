/**
 * Test support: writing Yjs (v1) updates by hand, as a hostile client would, from structs that
 * `Y.decodeUpdate` gave (possibly altered) or that a test builds. Structs are written with Yjs's
 * own encoders, so what is written is what a tampered client could send.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export type CraftedStruct = Y.Item | Y.GC | Y.Skip;

export interface CraftedDeletion {
  client: number;
  clock: number;
  len: number;
}

/**
 * An update of `structs` (grouped into one section per run of the same client, in the given
 * order, each section starting at its first struct's clock) and `deletions`, followed by
 * `trailing` bytes when given.
 */
export function craftUpdate(structs: readonly CraftedStruct[], deletions: readonly CraftedDeletion[] = [], trailing?: Uint8Array): Uint8Array {
  const sections: CraftedStruct[][] = [];
  for (const struct of structs) {
    const last = sections[sections.length - 1];
    if (last && last[0].id.client === struct.id.client) last.push(struct);
    else sections.push([struct]);
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, sections.length);
  for (const section of sections) {
    encoding.writeVarUint(encoder.restEncoder, section.length);
    encoder.writeClient(section[0].id.client);
    encoding.writeVarUint(encoder.restEncoder, section[0].id.clock);
    for (const struct of section) struct.write(encoder, 0);
  }
  const byClient = new Map<number, CraftedDeletion[]>();
  for (const deletion of deletions) byClient.set(deletion.client, [...(byClient.get(deletion.client) ?? []), deletion]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder.restEncoder, range.clock);
      encoding.writeVarUint(encoder.restEncoder, range.len);
    }
  }
  const bytes = encoder.toUint8Array();
  if (!trailing) return bytes;
  const withTrailing = new Uint8Array(bytes.byteLength + trailing.byteLength);
  withTrailing.set(bytes);
  withTrailing.set(trailing, bytes.byteLength);
  return withTrailing;
}

/** A map entry `root[key] = value` written as client `client` at `clock`, with the origin given (or none). */
export function mapEntry(client: number, clock: number, root: string, key: string, value: unknown, origin: Y.ID | null = null): Y.Item {
  // With an origin, Yjs takes the parent from it: the root and key are then not written at all.
  // A root's name stands for its parent in a decoded update too (Item.write writes it as such).
  const parent = (origin ? null : root) as unknown as Y.AbstractType<unknown> | null;
  return new Y.Item(Y.createID(client, clock), null, origin, null, null, parent, origin ? null : key, new Y.ContentAny([value]));
}

/** The next clock `client` will write in `doc`. */
export function nextClock(doc: Y.Doc, client: number): number {
  return Y.getState(doc.store, client);
}

/** The id of the item that holds `root[key]` now (the origin a write of that key would name). */
export function entryId(doc: Y.Doc, root: string, key: string): Y.ID {
  const item = doc.getMap(root)._map.get(key);
  if (!item) throw new Error(`${root}.${key} is not set`);
  return item.lastId;
}
