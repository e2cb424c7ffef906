import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { META_VOTE, voteEntryKey, VOTES_MAP } from '@/lib/board/voting';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

describe('dot votes on a live board', () => {
  let t: TestServer;
  let plenary: string;
  /** A token for the plenary, as a person with a known user id (the votes map is keyed by it). */
  const tokenAs = (userId: string, role: 'participant' | 'facilitator') =>
    t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: plenary }, 3600);
  beforeAll(async () => {
    t = await startTestServer();
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    // Open for participants' writes, as while the plenary collects everyone's dots.
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('take a person\'s own dots; a raw client placing dots in someone else\'s name is closed and nobody sees them', async () => {
    const sari = connectStockClient(t.wsBase, plenary, await tokenAs('participant-sari', 'participant'));
    const facilitator = connectStockClient(t.wsBase, plenary, await tokenAs('facilitator-1', 'facilitator'));
    await Promise.all([sari.synced, facilitator.synced]);

    sari.doc.getMap(VOTES_MAP).set(voteEntryKey('v1', 'participant-sari'), ['shape:a']);
    await waitFor(() => facilitator.doc.getMap(VOTES_MAP).has(voteEntryKey('v1', 'participant-sari')), 'Sari’s own dot');

    const closed = nextCloseCode(sari);
    sari.doc.getMap(VOTES_MAP).set(voteEntryKey('v1', 'participant-budi'), ['shape:a', 'shape:b']);
    expect(await closed).toBe(CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap(VOTES_MAP).has(voteEntryKey('v1', 'participant-budi'))).toBe(false);
    // What a newcomer loads from the server does not have it either.
    const later = connectStockClient(t.wsBase, plenary, await tokenAs('facilitator-2', 'facilitator'));
    await later.synced;
    expect(later.doc.getMap(VOTES_MAP).toJSON()).toEqual({ [voteEntryKey('v1', 'participant-sari')]: ['shape:a'] });
    for (const client of [sari, facilitator, later]) client.destroy();
  });

  it('keep a reloading tablet connected when its saved copy (everyone\'s dots, the facilitator\'s vote) reaches the server before its first sync', async () => {
    const facilitator = connectStockClient(t.wsBase, plenary, await tokenAs('facilitator-1', 'facilitator'));
    const sari = connectStockClient(t.wsBase, plenary, await tokenAs('participant-sari', 'participant'));
    await Promise.all([facilitator.synced, sari.synced]);
    facilitator.doc.getMap(META_MAP).set(META_VOTE, { id: 'v2', phase: 'open', dotsPerPerson: 2, startedAt: 1 });
    sari.doc.getMap(VOTES_MAP).set(voteEntryKey('v2', 'participant-sari'), ['shape:a']);
    await waitFor(() => facilitator.doc.getMap(VOTES_MAP).has(voteEntryKey('v2', 'participant-sari')), 'Sari’s dot');
    const savedOnBudisTablet = Y.encodeStateAsUpdate(facilitator.doc);

    // Budi's tablet reloads: its saved copy is applied the moment the socket opens, before the
    // server's answer, so the stock client sends all of it as one update (the y-indexeddb race).
    const budiDoc = new Y.Doc();
    const budi = connectStockClient(t.wsBase, plenary, await tokenAs('participant-budi', 'participant'), budiDoc);
    budi.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && budiDoc.getMap(VOTES_MAP).size === 0) Y.applyUpdate(budiDoc, savedOnBudisTablet, 'indexeddb');
    });
    let closedWith: number | null = null;
    const closed = new Promise<string>((resolve) =>
      budi.provider.on('connection-close', (event: CloseEvent | null) => {
        closedWith = event?.code ?? 0;
        resolve(`closed with ${closedWith}`);
      }),
    );
    expect(await Promise.race([budi.synced.then(() => 'synced'), closed])).toBe('synced');
    budiDoc.getMap(VOTES_MAP).set(voteEntryKey('v2', 'participant-budi'), ['shape:b']);
    await waitFor(() => facilitator.doc.getMap(VOTES_MAP).has(voteEntryKey('v2', 'participant-budi')), 'Budi’s dot after the reload');
    expect(closedWith).toBeNull();
    for (const client of [sari, facilitator, budi]) client.destroy();
  });
});
