/**
 * `Y.encodeStateVector(doc)` without importing yjs. Next bundles its own copy of yjs into server
 * code, and a second copy in the process next to the room server's breaks Yjs constructor checks
 * (yjs#438); reading the live room's doc structurally avoids loading it at all. The encoding is
 * Yjs's v1 state vector: the number of clients, then (client, next clock) pairs, clients in
 * descending order. `stateVector.test.ts` checks the bytes against yjs itself.
 */
import * as encoding from 'lib0/encoding';

/** The part of a Y.Doc's struct store the state vector is made of. */
export interface StructStoreDoc {
  store: { clients: Map<number, readonly { id: { clock: number }; length: number }[]> };
}

export function encodeStateVectorOf(doc: StructStoreDoc): Uint8Array {
  const clocks: [number, number][] = [];
  doc.store.clients.forEach((structs, client) => {
    const last = structs[structs.length - 1];
    clocks.push([client, last.id.clock + last.length]);
  });
  clocks.sort((a, b) => b[0] - a[0]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clocks.length);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
