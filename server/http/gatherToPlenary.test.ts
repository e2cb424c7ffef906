import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createGroup, type Group } from '../db/groups';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { gatherToPlenary, type GroupBoardRef } from './gatherToPlenary';

type CardRecord = { id: string; type: string; props: { text: string; groupId: string }; meta: { gatheredFrom?: { shapeId: string; groupId: string }; groupColor?: string } };

function writeCard(doc: Y.Doc, id: string, text: string, y: number): void {
  const records = doc.getMap('tldraw');
  doc.transact(() => {
    if (!records.has('page:page')) records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Halaman 1', index: 'a1', meta: {} });
    records.set(`shape:${id}`, {
      id: `shape:${id}`,
      typeName: 'shape',
      type: 'plano-card',
      parentId: 'page:page',
      index: 'a2',
      x: 0,
      y,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: { w: 240, h: 160, text, color: 'yellow', authorId: 'p', authorName: 'Peserta', groupId: '', createdAt: 1 },
    });
  });
}

const cardsOn = (client: StockClient) => (Object.values(client.doc.getMap('tldraw').toJSON()) as CardRecord[]).filter((r) => r.type === 'plano-card');
const ref = (group: Group): GroupBoardRef => ({ groupId: group.id, groupName: group.name, groupColor: group.color, docName: group.boardName! });

describe('gathering group boards to the plenary', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('brings every group card once, with its group, and leaves the group boards alone', async () => {
    const { sql } = t.server.runtime;
    const groupA = await createGroup(sql, t.workshop.id, { name: 'Kelompok Air' });
    const groupB = await createGroup(sql, t.workshop.id, { name: 'Kelompok Layanan' });
    const plenaryName = t.workshop.docs.find((doc) => doc.kind === 'plenary')!.name;
    const onA = connectStockClient(t.wsBase, groupA.boardName!, await t.tokenFor(groupA.boardName!, 'participant', groupA.id));
    const onB = connectStockClient(t.wsBase, groupB.boardName!, await t.tokenFor(groupB.boardName!, 'participant', groupB.id));
    const plenary = connectStockClient(t.wsBase, plenaryName, await t.tokenFor(plenaryName, 'facilitator'));
    await Promise.all([onA.synced, onB.synced, plenary.synced]);
    writeCard(onA.doc, 'air-1', 'Pipa bocor', 0);
    writeCard(onA.doc, 'air-2', 'Tekanan rendah', 200);
    writeCard(onB.doc, 'layanan-1', 'Antrean panjang', 0);
    // The server must hold the cards before it can gather them: a fresh reader sees them once stored.
    const watcherA = connectStockClient(t.wsBase, groupA.boardName!, await t.tokenFor(groupA.boardName!, 'facilitator'));
    const watcherB = connectStockClient(t.wsBase, groupB.boardName!, await t.tokenFor(groupB.boardName!, 'facilitator'));
    await waitFor(() => cardsOn(watcherA).length === 2 && cardsOn(watcherB).length === 1, 'the group cards on the server');

    expect(await gatherToPlenary(t.server.runtime, plenaryName, [ref(groupA), ref(groupB)])).toEqual({ added: 3, skipped: 0 });
    await waitFor(() => cardsOn(plenary).length === 3, 'the gathered cards on the plenary client');
    const byText = Object.fromEntries(cardsOn(plenary).map((card) => [card.props.text, card]));
    expect(Object.keys(byText).sort()).toEqual(['Antrean panjang', 'Pipa bocor', 'Tekanan rendah']);
    expect(byText['Pipa bocor'].props.groupId).toBe(groupA.id);
    expect(byText['Pipa bocor'].meta.groupColor).toBe(groupA.color);
    expect(byText['Antrean panjang'].meta.gatheredFrom).toMatchObject({ shapeId: 'shape:layanan-1', groupId: groupB.id });

    expect(await gatherToPlenary(t.server.runtime, plenaryName, [ref(groupA), ref(groupB)])).toEqual({ added: 0, skipped: 3 });

    // Editing the plenary copy changes nothing on the group board.
    const copy = byText['Pipa bocor'];
    plenary.doc.getMap('tldraw').set(copy.id, { ...copy, props: { ...copy.props, text: 'Diubah di pleno' } });
    const plenaryWatcher = connectStockClient(t.wsBase, plenaryName, await t.tokenFor(plenaryName, 'observer'));
    await waitFor(() => cardsOn(plenaryWatcher).some((card) => card.props.text === 'Diubah di pleno'), 'the plenary edit on the server');
    writeCard(onA.doc, 'air-3', 'Meter rusak', 400);
    await waitFor(() => cardsOn(watcherA).length === 3, 'the new group card on the server');
    expect(await gatherToPlenary(t.server.runtime, plenaryName, [ref(groupA), ref(groupB)])).toEqual({ added: 1, skipped: 3 });
    await waitFor(() => cardsOn(plenary).length === 4, 'the one new card on the plenary');
    const texts = cardsOn(plenary).map((card) => card.props.text).sort();
    expect(texts).toEqual(['Antrean panjang', 'Diubah di pleno', 'Meter rusak', 'Tekanan rendah']);

    const fresh = connectStockClient(t.wsBase, groupA.boardName!, await t.tokenFor(groupA.boardName!, 'observer'));
    await fresh.synced;
    expect(cardsOn(fresh).map((card) => card.props.text).sort()).toEqual(['Meter rusak', 'Pipa bocor', 'Tekanan rendah']);
    expect(cardsOn(fresh).every((card) => card.meta.gatheredFrom === undefined)).toBe(true);
    for (const client of [onA, onB, plenary, plenaryWatcher, watcherA, watcherB, fresh]) client.destroy();
  });
});
