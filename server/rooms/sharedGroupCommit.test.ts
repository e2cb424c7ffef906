import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newOpaqueId } from '@/lib/docName';
import { createDocStore, type DocBatch, type DocStore } from '../db/docStore';
import { describeEachBackend } from '../db/testBackends';
import { sharedGroupCommit, type BatchWriter } from './sharedGroupCommit';

/** Small real updates of one document, as a room would log them. */
function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('records').set(`shape:${i}`, { x: i, text: `kartu ${i}` });
  return updates;
}

/** The real store, with a record of every statement it was asked to run and how many ran at once. */
function recording(store: DocStore) {
  const calls: DocBatch[][] = [];
  let running = 0;
  let mostAtOnce = 0;
  const writer: BatchWriter = {
    async appendMany(batches) {
      calls.push([...batches]);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      try {
        return await store.appendMany(batches);
      } finally {
        running--;
      }
    },
  };
  return { writer, calls, mostAtOnce: () => mostAtOnce };
}

const newDocName = () => newOpaqueId(randomBytes);

describeEachBackend('sharedGroupCommit', (backend) => {
  let store: DocStore;
  beforeAll(() => {
    store = createDocStore(backend.sql());
  });

  it('writes what many rooms ask for while a write is in flight in one next statement, each room in order', async () => {
    const { writer, calls } = recording(store);
    const commit = sharedGroupCommit(writer, { maxInFlight: 1 });
    const names = Array.from({ length: 6 }, newDocName);
    const updates = names.map(() => edits(4));
    // The first room's write starts at once; the other five arrive while it is in flight.
    const done = names.map((name, i) => commit.append(name, updates[i]));
    const seqs = await Promise.all(done);

    expect(calls.map((call) => call.map((batch) => batch.docName))).toEqual([[names[0]], names.slice(1)]);
    for (const [i, name] of names.entries()) {
      const stored = await store.load(name);
      expect(stored.updates).toEqual(updates[i]);
      expect(seqs[i]).toBe(stored.lastSeq);
    }
  });

  it('keeps at most maxInFlight statements running', async () => {
    const { writer, calls, mostAtOnce } = recording(store);
    const commit = sharedGroupCommit(writer, { maxInFlight: 2 });
    const names = Array.from({ length: 5 }, newDocName);
    await Promise.all(names.map((name) => commit.append(name, edits(2))));
    expect(mostAtOnce()).toBeLessThanOrEqual(2);
    // Two start at once, the remaining three share the next statement.
    expect(calls.map((call) => call.length)).toEqual([1, 1, 3]);
  });

  it('stores the others when one room of a shared statement cannot be stored, and tells only that room', async () => {
    const { writer } = recording(store);
    const commit = sharedGroupCommit(writer, { maxInFlight: 1 });
    const [first, second] = [newDocName(), newDocName()];
    const blocker = commit.append(newDocName(), edits(1));
    const good = commit.append(first, edits(3));
    const bad = commit.append('../not-a-document', edits(2));
    const alsoGood = commit.append(second, edits(2));
    await blocker;
    await expect(bad).rejects.toThrow(/Invalid document name/);
    await Promise.all([good, alsoGood]);
    expect((await store.stats(first)).updates).toBe(3);
    expect((await store.stats(second)).updates).toBe(2);
  });

  it('answers an empty batch without a statement', async () => {
    const { writer, calls } = recording(store);
    expect(await sharedGroupCommit(writer, { maxInFlight: 1 }).append(newDocName(), [])).toBe(0);
    expect(calls).toEqual([]);
  });
});
