import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_LOCKED, META_MAP } from '@/lib/board/docMeta';
import { createGroup } from '../db/groups';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { CloseCode } from '../rooms/closeCodes';
import { lockBoard, setBoardAccess } from './boardLock';

describe('a locked board', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('refuses a participant’s writes sent straight over the websocket, keeps the facilitator writing, and tells every client', async () => {
    const group = await createGroup(t.server.runtime.sql, t.workshop.id, { name: 'Kelompok 1' });
    const board = group.boardName!;
    const member = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'participant', group.id));
    const facilitator = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'facilitator'));
    await Promise.all([member.synced, facilitator.synced]);
    member.doc.getMap('cards').set('before', 'boleh');
    await waitFor(() => facilitator.doc.getMap('cards').has('before'), 'the member’s card before the lock');

    await lockBoard(t.server.runtime, board, true);
    await waitFor(() => member.doc.getMap(META_MAP).get(META_LOCKED) === true, 'the member’s client to learn of the lock');

    member.doc.getMap('cards').set('during', 'ditolak');
    facilitator.doc.getMap('cards').set('facilitator', 'tetap boleh');
    await waitFor(() => member.doc.getMap('cards').has('facilitator'), 'the facilitator’s card during the lock');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap('cards').has('during')).toBe(false);

    // Unlocked: the member writes again. What its device kept from the lock (refused then) is
    // sent again on reconnect and merged now: nothing typed is lost, nothing was accepted while locked.
    await lockBoard(t.server.runtime, board, false);
    member.doc.getMap('cards').set('after', 'boleh lagi');
    await waitFor(() => facilitator.doc.getMap('cards').has('after'), 'the member’s card after unlocking', 10_000);
    const fresh = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'observer'));
    await fresh.synced;
    expect(Object.keys(fresh.doc.getMap('cards').toJSON()).sort()).toEqual(['after', 'before', 'during', 'facilitator']);
    expect(fresh.doc.getMap(META_MAP).get(META_LOCKED)).toBe(false);
    for (const c of [member, facilitator, fresh]) c.destroy();
  });

  it('closes a tampered participant client that changes a facilitator-only setting, and nobody sees the change', async () => {
    const group = await createGroup(t.server.runtime.sql, t.workshop.id, { name: 'Kelompok 2' });
    const board = group.boardName!;
    const tamperer = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'participant', group.id));
    const facilitator = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'facilitator'));
    await Promise.all([tamperer.synced, facilitator.synced]);
    tamperer.doc.getMap('cards').set('ok', 'kartu biasa');
    await waitFor(() => facilitator.doc.getMap('cards').has('ok'), 'the participant’s ordinary card');

    const closed = nextCloseCode(tamperer);
    tamperer.doc.getMap(META_MAP).set(META_LOCKED, true);
    expect(await closed).toBe(CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap(META_MAP).has(META_LOCKED)).toBe(false);

    // The facilitator may change it.
    facilitator.doc.getMap(META_MAP).set(META_LOCKED, true);
    const reader = connectStockClient(t.wsBase, board, await t.tokenFor(board, 'observer'));
    await waitFor(() => reader.doc.getMap(META_MAP).get(META_LOCKED) === true, 'the facilitator’s own change');
    for (const c of [tamperer, facilitator, reader]) c.destroy();
  });

  it('lets participants write the plenary only while the facilitator has opened it', async () => {
    const plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    const member = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'participant', 'g-any'));
    const facilitator = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'facilitator'));
    await Promise.all([member.synced, facilitator.synced]);
    member.doc.getMap('cards').set('closed', 'ditolak');
    facilitator.doc.getMap('cards').set('marker', 1);
    await waitFor(() => member.doc.getMap('cards').has('marker'), 'the facilitator’s card');
    expect(facilitator.doc.getMap('cards').has('closed')).toBe(false);

    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
    await waitFor(() => member.doc.getMap(META_MAP).get('openForParticipants') === true, 'the member’s client to learn the plenary is open');
    member.doc.getMap('cards').set('open', 'diterima');
    await waitFor(() => facilitator.doc.getMap('cards').has('open'), 'the member’s card on the open plenary', 10_000);

    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: false });
    member.doc.getMap('cards').set('closedAgain', 'ditolak lagi');
    facilitator.doc.getMap('cards').set('marker2', 2);
    await waitFor(() => member.doc.getMap('cards').has('marker2'), 'the facilitator’s second card');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap('cards').has('closedAgain')).toBe(false);
    for (const c of [member, facilitator]) c.destroy();
  });
});
