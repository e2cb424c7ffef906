import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeStateVectorOf } from './stateVector';

describe('the state vector of a worksheet doc', () => {
  it('is byte for byte what yjs encodes, for an empty doc and for several writers', () => {
    const doc = new Y.Doc();
    expect(encodeStateVectorOf(doc)).toEqual(Y.encodeStateVector(doc));
    // Several clients with large ids and uneven clocks, merged into one doc.
    for (const clientID of [7, 2 ** 31 + 5, 300]) {
      const writer = new Y.Doc();
      writer.clientID = clientID;
      Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
      for (let i = 0; i < (clientID % 5) + 1; i++) writer.getMap('scores').set(`a${i}:c`, i);
      writer.getMap('criteria').set(`c${clientID}`, { label: 'Biaya', order: clientID });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer));
    }
    expect(doc.store.clients.size).toBe(3);
    expect(encodeStateVectorOf(doc)).toEqual(Y.encodeStateVector(doc));
  });
});
