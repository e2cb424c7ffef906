import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { BALLOTS_MAP, personalDocName, PRIVATE_RECORDS_MAP } from '@/lib/board/personalDoc';
import { META_PRIVATE } from '@/lib/board/privateMode';
import { META_VOTE, voteEntryKey, VOTES_MAP } from '@/lib/board/voting';
import { cardRecord } from '@/lib/testing/cardRecord';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

type Role = 'participant' | 'facilitator' | 'observer';

describe('private brainstorming and ballots', () => {
  let t: TestServer;
  let board: string;
  const tokenAs = (userId: string, role: Role) => t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: board }, 3600);
  const openBoard = async (userId: string, role: Role) => connectStockClient(t.wsBase, board, await tokenAs(userId, role));
  const openPrivateSpace = async (userId: string, role: Role = 'participant') => connectStockClient(t.wsBase, personalDocName(board, userId)!, await tokenAs(userId, role));
  /** The HTTP status of an attempt to open someone's private space (101: opened). */
  const upgradeStatus = async (space: string, asUser: string, role: Role) => {
    const token = await tokenAs(asUser, role);
    return new Promise<number>((resolve) => {
      const ws = new WebSocket(`${t.wsBase}/${space}?token=${token}`);
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('open', () => {
        ws.close();
        resolve(101);
      });
      ws.on('error', () => undefined);
    });
  };
  const serverCopy = async (docName: string) => (await t.server.runtime.registry.peek(docName))!.doc;

  beforeAll(async () => {
    t = await startTestServer();
    board = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, board, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('keeps a person’s new cards off every other device until the facilitator turns private mode off', async () => {
    const facilitator = await openBoard('fasilitator', 'facilitator');
    const observer = await openBoard('pengamat', 'observer');
    const sari = await openPrivateSpace('sari');
    await Promise.all([facilitator.synced, observer.synced, sari.synced]);
    facilitator.doc.getMap(META_MAP).set(META_PRIVATE, { since: Date.now() });

    const card = cardRecord('shape:ide-sari', { text: 'Ide Ibu Sari', authorId: 'sari', createdAt: Date.now() });
    sari.doc.getMap(PRIVATE_RECORDS_MAP).set(card.id, card);
    const space = personalDocName(board, 'sari')!;
    const spaceDoc = await serverCopy(space);
    await waitFor(() => spaceDoc.getMap(PRIVATE_RECORDS_MAP).has(card.id), 'the card to be stored in Sari’s private space');

    // On the server's board, and so on every device of it, there is no such card.
    expect((await serverCopy(board)).getMap(RECORDS_MAP).has(card.id)).toBe(false);
    // Nobody but Sari can open her private space: not the observer, not another participant.
    expect(await upgradeStatus(space, 'pengamat', 'observer')).toBe(403);
    expect(await upgradeStatus(space, 'budi', 'participant')).toBe(403);
    expect(await upgradeStatus(space, 'sari', 'participant')).toBe(101);

    // The reveal: the card is on the board for everyone, and no longer private.
    facilitator.doc.getMap(META_MAP).set(META_PRIVATE, false);
    await waitFor(() => observer.doc.getMap(RECORDS_MAP).has(card.id), 'the observer to see Sari’s card after the reveal');
    expect((observer.doc.getMap(RECORDS_MAP).get(card.id) as { props: { text: string } }).props.text).toBe('Ide Ibu Sari');
    await waitFor(() => !sari.doc.getMap(PRIVATE_RECORDS_MAP).has(card.id), 'the card to leave Sari’s private space');
    for (const client of [facilitator, observer, sari]) client.destroy();
  });

  it('keeps ballots off every other device until the reveal, then counts each, also one an offline tablet brings later', async () => {
    const facilitator = await openBoard('fasilitator', 'facilitator');
    const observer = await openBoard('pengamat', 'observer');
    const sari = await openPrivateSpace('sari');
    const budi = await openPrivateSpace('budi');
    await Promise.all([facilitator.synced, observer.synced, sari.synced, budi.synced]);
    facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v1', phase: 'open', dotsPerPerson: 2, startedAt: 1 });

    sari.doc.getMap(BALLOTS_MAP).set('v1', ['shape:a', 'shape:b']);
    budi.doc.getMap(BALLOTS_MAP).set('v1', ['shape:a']);
    for (const who of ['sari', 'budi']) {
      const stored = await serverCopy(personalDocName(board, who)!);
      await waitFor(() => stored.getMap(BALLOTS_MAP).has('v1'), `${who}’s ballot to be stored`);
    }
    expect((await serverCopy(board)).getMap(VOTES_MAP).size).toBe(0);

    // Rina votes on a tablet that lost the network before sending.
    const rinaOffline: StockClient = await openPrivateSpace('rina');
    await rinaOffline.synced;
    rinaOffline.provider.disconnect();
    rinaOffline.doc.getMap(BALLOTS_MAP).set('v1', ['shape:b']);

    facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v1', phase: 'revealed', dotsPerPerson: 2, startedAt: 1 });
    await waitFor(() => observer.doc.getMap(VOTES_MAP).size === 2, 'both ballots on the board after the reveal');
    expect(observer.doc.getMap(VOTES_MAP).toJSON()).toEqual({ [voteEntryKey('v1', 'sari')]: ['shape:a', 'shape:b'], [voteEntryKey('v1', 'budi')]: ['shape:a'] });

    rinaOffline.provider.connect();
    await waitFor(() => observer.doc.getMap(VOTES_MAP).has(voteEntryKey('v1', 'rina')), 'Rina’s late ballot');
    expect(observer.doc.getMap(VOTES_MAP).get(voteEntryKey('v1', 'rina'))).toEqual(['shape:b']);
    for (const client of [facilitator, observer, sari, budi, rinaOffline]) client.destroy();
  });
});

describe('revealing private spaces into a board with little room', () => {
  let t: TestServer;
  let board: string;
  const tokenAs = (userId: string, role: Role) => t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: board }, 3600);
  beforeAll(async () => {
    t = await startTestServer({ limits: { maxDocBytes: 200_000 } });
    board = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, board, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('copies what fits a participant’s share, keeps the rest private, and the facilitator still writes', async () => {
    const facilitator = connectStockClient(t.wsBase, board, await tokenAs('fasilitator', 'facilitator'));
    await facilitator.synced;
    facilitator.doc.getMap(META_MAP).set(META_PRIVATE, { since: Date.now() });
    const spaces: StockClient[] = [];
    for (const who of ['sari', 'budi', 'rina']) {
      const space = connectStockClient(t.wsBase, personalDocName(board, who)!, await tokenAs(who, 'participant'));
      await space.synced;
      for (const n of [1, 2]) {
        const card = cardRecord(`shape:${who}-${n}`, { text: `${who} `.repeat(14_000), authorId: who, createdAt: Date.now() });
        space.doc.getMap(PRIVATE_RECORDS_MAP).set(card.id, card);
      }
      const stored = await (async () => (await t.server.runtime.registry.peek(personalDocName(board, who)!))!.doc)();
      await waitFor(() => stored.getMap(PRIVATE_RECORDS_MAP).size === 2, `${who}’s cards in their private space`);
      spaces.push(space);
    }

    facilitator.doc.getMap(META_MAP).set(META_PRIVATE, false);
    const room = (await t.server.runtime.registry.peek(board))!;
    await waitFor(() => room.doc.getMap(RECORDS_MAP).size > 0, 'the reveal to start');
    await t.server.runtime.privateSpaces.settled();
    // Every card is somewhere, none twice: on the board as far as it had room, the rest private.
    const revealed = room.doc.getMap(RECORDS_MAP).size;
    let stillPrivate = 0;
    for (const who of ['sari', 'budi', 'rina']) stillPrivate += (await t.server.runtime.registry.peek(personalDocName(board, who)!))!.doc.getMap(PRIVATE_RECORDS_MAP).size;
    expect(revealed + stillPrivate).toBe(6);
    expect(revealed).toBeGreaterThan(0);
    expect(stillPrivate).toBeGreaterThan(0);
    expect(room.sizeBytes).toBeLessThanOrEqual(200_000 * 0.9);

    facilitator.doc.getMap('cards').set('masih', { text: 'Fasilitator masih menulis' });
    const observer = connectStockClient(t.wsBase, board, await tokenAs('pengamat', 'observer'));
    await waitFor(() => observer.doc.getMap('cards').has('masih'), 'the facilitator’s card after the reveal');
    for (const client of [facilitator, observer, ...spaces]) client.destroy();
  }, 30_000);
});
