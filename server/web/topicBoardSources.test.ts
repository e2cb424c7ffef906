import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import { setCurrentSession } from '../db/currentSession';
import { createGroup } from '../db/groups';
import { listDocs } from '../db/workshops';
import { startTestServer, type TestServer } from '../testing/testServer';
import { readTopicBoards } from './topicBoardSources';

// Next's marker that keeps this module out of browser bundles; it throws outside a React server build.
vi.mock('server-only', () => ({}));

const card = (id: string, text: string) => ({ id, typeName: 'shape', type: 'plano-card', props: { text } });

describe('reading the boards of a topic for its worksheets', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  /** Writes cards the way a room stores them, without loading the room. */
  async function storeCards(docName: string, cards: ReturnType<typeof card>[]) {
    const doc = new Y.Doc();
    for (const c of cards) doc.getMap(RECORDS_MAP).set(c.id, c);
    await t.server.runtime.docStore.append(docName, [Y.encodeStateAsUpdate(doc)]);
  }

  it('reads the topic board first, then the group boards of its latest session, live or from storage', async () => {
    const { sql, registry } = t.server.runtime;
    const workshopId = t.workshop.id;
    const topicBoard = t.workshop.docs.find((d) => d.kind === 'board' && d.topicId === '2.1')!.name;
    await setCurrentSession(sql, workshopId, { topicId: '2.1', number: 1 });
    const oldGroup = await createGroup(sql, workshopId, { name: 'Lama' });
    await setCurrentSession(sql, workshopId, { topicId: '2.1', number: 2 });
    const groupA = await createGroup(sql, workshopId, { name: 'A' });
    const groupB = await createGroup(sql, workshopId, { name: 'B' });
    await setCurrentSession(sql, workshopId, { topicId: '4.1', number: 1 });
    await createGroup(sql, workshopId, { name: 'Topik lain' });

    await storeCards(oldGroup.boardName!, [card('shape:old', 'Sesi pertama')]);
    await storeCards(groupB.boardName!, [card('shape:b', 'Tekanan rendah')]);
    await storeCards(topicBoard, [card('shape:stored', 'Versi tersimpan')]);
    // The topic board is open in a room: what people see now (stored card plus a live edit) counts.
    const room = await registry.acquire(topicBoard);
    room.applyServerChange((doc) => doc.getMap(RECORDS_MAP).set('shape:live', card('shape:live', 'Air keruh')));
    // Group A's board is live too, with nothing stored before.
    const roomA = await registry.acquire(groupA.boardName!);
    roomA.applyServerChange((doc) => doc.getMap(RECORDS_MAP).set('shape:a', card('shape:a', 'Meter rusak')));

    try {
      const boards = await readTopicBoards(t.server.runtime, workshopId, '2.1');
      expect(boards.map((b) => [b.docName, b.kind])).toEqual([
        [topicBoard, 'plenary'],
        [groupA.boardName, 'group'],
        [groupB.boardName, 'group'],
      ]);
      const texts = boards.map((b) => b.records.map((r) => (r as ReturnType<typeof card>).props.text).sort());
      expect(texts).toEqual([['Air keruh', 'Versi tersimpan'], ['Meter rusak'], ['Tekanan rendah']]);
    } finally {
      registry.release(topicBoard);
      registry.release(groupA.boardName!);
    }
  });

  it('adds the workshop plenary only while the topic’s own session runs', async () => {
    const { sql } = t.server.runtime;
    const plenary = (await listDocs(sql, t.workshop.id)).find((d) => d.kind === 'plenary')!.name;
    await storeCards(plenary, [card('shape:gathered', 'Dikumpulkan')]);
    await setCurrentSession(sql, t.workshop.id, { topicId: '4.1', number: 1 });
    const during = await readTopicBoards(t.server.runtime, t.workshop.id, '4.1');
    expect(during.filter((b) => b.kind === 'plenary').map((b) => b.docName)).toContain(plenary);
    expect(during.find((b) => b.docName === plenary)!.records).toHaveLength(1);
    const other = await readTopicBoards(t.server.runtime, t.workshop.id, '2.1');
    expect(other.map((b) => b.docName)).not.toContain(plenary);
  });

  it('finds nothing for a topic without boards or groups', async () => {
    expect(await readTopicBoards(t.server.runtime, t.workshop.id, '2.3')).toEqual([]);
  });
});
