import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '@/lib/testing/seededRandom';
import { newOpaqueId } from '@/lib/docName';
import { createDocStore, type DocStore } from './docStore';
import { describeEachBackend } from './testBackends';


/** Edits a board-like doc (records map, text, list) with inserts and deletes; returns each update. */
function recordEdits(doc: Y.Doc, count: number, seed: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  const random = seededRandom(seed);
  const records = doc.getMap<Record<string, unknown>>('records');
  const notes = doc.getText('notes');
  const order = doc.getArray<string>('order');
  for (let i = 0; i < count; i++) {
    const choice = random();
    const key = `shape:${Math.floor(random() * 8)}`;
    if (choice < 0.35) records.set(key, { x: Math.round(random() * 1000), y: Math.round(random() * 1000), text: `card ${i}` });
    else if (choice < 0.5) records.delete(key);
    else if (choice < 0.75) notes.insert(Math.floor(random() * (notes.length + 1)), `w${i} `);
    else if (choice < 0.85 && notes.length > 2) notes.delete(Math.floor(random() * (notes.length - 2)), 2);
    else if (choice < 0.95) order.push([`${key}#${i}`]);
    else if (order.length > 0) order.delete(Math.floor(random() * order.length), 1);
  }
  doc.off('update', collect);
  return updates;
}

function rebuild(parts: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

function contentOf(doc: Y.Doc): unknown {
  return { records: doc.getMap('records').toJSON(), notes: doc.getText('notes').toJSON(), order: doc.getArray('order').toJSON() };
}

async function rebuildStored(store: DocStore, docName: string): Promise<Y.Doc> {
  const stored = await store.load(docName);
  return rebuild(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
}

const newDocName = () => newOpaqueId(randomBytes);

describeEachBackend('docStore', (backend) => {
  let store: DocStore;
  beforeAll(() => {
    store = createDocStore(backend.sql());
  });

  it('loads a document never written as empty', async () => {
    expect(await store.load(newDocName())).toEqual({ snapshot: null, updates: [], lastSeq: 0, logBytes: 0 });
  });

  it('loads appended updates back in order, and a doc rebuilt from them has the same content', async () => {
    const docName = newDocName();
    const source = new Y.Doc();
    const updates = recordEdits(source, 60, 1);
    // Several batches, as a room's group commits would write them.
    await store.append(docName, updates.slice(0, 1));
    await store.append(docName, updates.slice(1, 25));
    const lastSeq = await store.append(docName, updates.slice(25));

    const stored = await store.load(docName);
    expect(stored.snapshot).toBeNull();
    expect(stored.updates).toEqual(updates);
    expect(stored.updates.every((update) => update.constructor === Uint8Array)).toBe(true);
    expect(stored.lastSeq).toBe(lastSeq);
    expect(stored.logBytes).toBe(updates.reduce((sum, update) => sum + update.byteLength, 0));
    expect(contentOf(rebuild(stored.updates))).toEqual(contentOf(source));
  });

  it('hands out increasing sequence numbers across appends', async () => {
    const docName = newDocName();
    const updates = recordEdits(new Y.Doc(), 20, 2);
    const first = await store.append(docName, updates.slice(0, 3));
    const second = await store.append(docName, updates.slice(3));
    expect(typeof first).toBe('number');
    expect(second).toBeGreaterThanOrEqual(first + updates.length - 3);
  });

  it('writes nothing and returns 0 for an empty batch', async () => {
    const docName = newDocName();
    expect(await store.append(docName, [])).toBe(0);
    expect(await store.stats(docName)).toEqual({ updates: 0, bytes: 0, hasSnapshot: false });
  });

  it('keeps documents apart', async () => {
    const [first, second] = [newDocName(), newDocName()];
    const updates = recordEdits(new Y.Doc(), 5, 3);
    await store.append(first, updates);
    expect((await store.load(second)).updates).toEqual([]);
    expect((await store.stats(first)).updates).toBe(updates.length);
  });

  it('logs several documents in one call, each in its own order, and names the last sequence number of each', async () => {
    const names = [newDocName(), newDocName(), newDocName()];
    const sources = names.map(() => new Y.Doc());
    const updates = sources.map((source, i) => recordEdits(source, 15 + i * 5, 10 + i));
    // Interleaved calls, as the shared group commit of many rooms makes them.
    const firstCall = await store.appendMany(names.map((docName, i) => ({ docName, updates: updates[i].slice(0, 7) })));
    const secondCall = await store.appendMany([
      { docName: names[2], updates: updates[2].slice(7) },
      { docName: names[0], updates: updates[0].slice(7) },
      { docName: names[1], updates: updates[1].slice(7) },
    ]);
    for (const [i, docName] of names.entries()) {
      const stored = await store.load(docName);
      expect(stored.updates).toEqual(updates[i]);
      expect(stored.lastSeq).toBe(secondCall.get(docName));
      expect(secondCall.get(docName)).toBeGreaterThan(firstCall.get(docName) ?? Infinity);
      expect(contentOf(rebuild(stored.updates))).toEqual(contentOf(sources[i]));
    }
    expect((await store.appendMany([{ docName: names[0], updates: [] }])).size).toBe(0);
  });

  it('takes concurrent calls over overlapping documents in any order without a deadlock', async () => {
    const names = Array.from({ length: 5 }, newDocName);
    const random = seededRandom(30);
    const expected = new Map(names.map((docName) => [docName, 0]));
    const calls = Array.from({ length: 24 }, (_, call) => {
      const order = [...names].sort(() => random() - 0.5);
      const batches = order.map((docName) => ({ docName, updates: recordEdits(new Y.Doc(), 3, call * 10 + names.indexOf(docName)) }));
      for (const batch of batches) expected.set(batch.docName, (expected.get(batch.docName) ?? 0) + batch.updates.length);
      return store.appendMany(batches);
    });
    await Promise.all(calls);
    for (const docName of names) expect((await store.stats(docName)).updates).toBe(expected.get(docName));
  });

  it('refuses a call with a malformed document name and writes none of its updates', async () => {
    const docName = newDocName();
    const updates = recordEdits(new Y.Doc(), 3, 20);
    await expect(store.appendMany([{ docName, updates }, { docName: '../etc/passwd', updates }])).rejects.toThrow(/Invalid document name/);
    expect((await store.stats(docName)).updates).toBe(0);
  });

  it('keeps content byte-identical through compaction and leaves no log rows', async () => {
    const docName = newDocName();
    const updates = recordEdits(new Y.Doc(), 120, 4);
    await store.append(docName, updates);
    const before = rebuild(updates);

    expect(await store.compact(docName)).toEqual({ before: updates.length, after: 0 });

    const stored = await store.load(docName);
    expect(stored.snapshot).toBeInstanceOf(Uint8Array);
    expect(stored.updates).toEqual([]);
    expect(await store.stats(docName)).toEqual({ updates: 0, bytes: 0, hasSnapshot: true });
    const after = rebuild([stored.snapshot as Uint8Array]);
    expect(Y.encodeStateAsUpdate(after)).toEqual(Y.encodeStateAsUpdate(before));
    expect(JSON.stringify(contentOf(after))).toBe(JSON.stringify(contentOf(before)));
  });

  it('loads the snapshot plus the updates appended after compaction', async () => {
    const docName = newDocName();
    const source = new Y.Doc();
    await store.append(docName, recordEdits(source, 30, 5));
    await store.compact(docName);
    const later = recordEdits(source, 10, 6);
    const lastSeq = await store.append(docName, later);

    const stored = await store.load(docName);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toEqual(later);
    expect(stored.lastSeq).toBe(lastSeq);
    expect(contentOf(await rebuildStored(store, docName))).toEqual(contentOf(source));

    expect(await store.compact(docName)).toEqual({ before: later.length, after: 0 });
    expect(contentOf(await rebuildStored(store, docName))).toEqual(contentOf(source));
  });

  it('does nothing when compacting a document with an empty log', async () => {
    const docName = newDocName();
    expect(await store.compact(docName)).toEqual({ before: 0, after: 0 });
    expect(await store.stats(docName)).toEqual({ updates: 0, bytes: 0, hasSnapshot: false });
  });

  it('keeps an update appended while a snapshot is being written', async () => {
    const docName = newDocName();
    const source = new Y.Doc();
    await store.append(docName, recordEdits(source, 20, 7));
    const stored = await store.load(docName);
    const state = Y.encodeStateAsUpdate(rebuild(stored.updates));
    const concurrent = recordEdits(source, 3, 8);

    await Promise.all([store.writeSnapshot(docName, state, stored.lastSeq), store.append(docName, concurrent)]);

    const reloaded = await store.load(docName);
    expect(reloaded.updates).toEqual(concurrent);
    expect(contentOf(await rebuildStored(store, docName))).toEqual(contentOf(source));
  });

  it('loses no update when many appends race with compactions', async () => {
    const docName = newDocName();
    const source = new Y.Doc();
    const updates = recordEdits(source, 80, 9);
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < updates.length; i += 4) {
      work.push(store.append(docName, updates.slice(i, i + 4)));
      if (i % 16 === 0) work.push(store.compact(docName));
    }
    await Promise.all(work);
    expect(contentOf(await rebuildStored(store, docName))).toEqual(contentOf(source));
    await store.compact(docName);
    expect(contentOf(await rebuildStored(store, docName))).toEqual(contentOf(source));
  });

  it('never lets an older snapshot replace a newer one', async () => {
    const docName = newDocName();
    const source = new Y.Doc();
    const firstSeq = await store.append(docName, recordEdits(source, 10, 10));
    const olderState = Y.encodeStateAsUpdate(source);
    const secondSeq = await store.append(docName, recordEdits(source, 10, 11));
    const newerState = Y.encodeStateAsUpdate(source);

    await store.writeSnapshot(docName, newerState, secondSeq);
    await store.writeSnapshot(docName, olderState, firstSeq);

    const stored = await store.load(docName);
    expect(stored.snapshot).toEqual(newerState);
    expect(stored.lastSeq).toBe(secondSeq);
  });

  it('refuses document names that are not opaque ids', async () => {
    await expect(store.load('../etc/passwd')).rejects.toThrow(/Invalid document name/);
    await expect(store.append('a b', [new Uint8Array([0])])).rejects.toThrow(/Invalid document name/);
  });
});
