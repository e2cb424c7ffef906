import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_LOCKED, META_MAP } from '@/lib/board/docMeta';
import { createGroup } from '../db/groups';
import { setCurrentSession } from '../db/currentSession';
import { getDoc } from '../db/workshops';
import { connectStockClient, startTestServer, waitFor, type TestServer } from '../testing/testServer';
import { lockGroupBoards } from './lockGroupBoards';

describe('locking the group boards when time is up', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('locks every group board of the running session in one action, refuses the groups’ writes, and unlocks them again', async () => {
    const { sql } = t.server.runtime;
    // A group of an earlier session keeps its board as it is.
    await setCurrentSession(sql, t.workshop.id, { topicId: '3.1', number: 1 });
    const earlier = await createGroup(sql, t.workshop.id, { name: 'Kelompok Lama' });
    await setCurrentSession(sql, t.workshop.id, { topicId: '3.1', number: 2 });
    const one = await createGroup(sql, t.workshop.id, { name: 'Kelompok 1' });
    const two = await createGroup(sql, t.workshop.id, { name: 'Kelompok 2' });

    const member = connectStockClient(t.wsBase, two.boardName!, await t.tokenFor(two.boardName!, 'participant', two.id));
    const facilitator = connectStockClient(t.wsBase, two.boardName!, await t.tokenFor(two.boardName!, 'facilitator'));
    await Promise.all([member.synced, facilitator.synced]);

    const outcome = await lockGroupBoards(t.server.runtime, t.workshop.id, true);
    expect(outcome).toEqual({ locked: true, boards: [one.boardName, two.boardName] });
    expect((await getDoc(sql, one.boardName!))?.locked).toBe(true);
    expect((await getDoc(sql, earlier.boardName!))?.locked).toBe(false);
    await waitFor(() => member.doc.getMap(META_MAP).get(META_LOCKED) === true, 'the tablet to learn its board is locked');

    member.doc.getMap('cards').set('late', 'terlambat');
    facilitator.doc.getMap('cards').set('marker', 'fasilitator');
    await waitFor(() => member.doc.getMap('cards').has('marker'), 'the facilitator’s card on the locked board');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap('cards').has('late')).toBe(false);

    expect(await lockGroupBoards(t.server.runtime, t.workshop.id, false)).toEqual({ locked: false, boards: [one.boardName, two.boardName] });
    member.doc.getMap('cards').set('again', 'boleh lagi');
    await waitFor(() => facilitator.doc.getMap('cards').has('again'), 'the tablet’s card after unlocking', 10_000);
    for (const client of [member, facilitator]) client.destroy();
  });
});
