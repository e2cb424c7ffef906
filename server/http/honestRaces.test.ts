import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

/** Close codes a client's connections ended with, as they happen. */
function closesOf(client: StockClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event: CloseEvent | null) => codes.push(event?.code ?? 0));
  return codes;
}

/** What a BroadcastChannel between two tabs does: the edit reaches the other tab, which does not send it on. */
function shareAcrossTabs(from: StockClient, to: StockClient): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), to.provider);
}

describe('honest clients in a race are never refused', () => {
  let t: TestServer;
  let plenary: string;
  const tokenAs = (userId: string, role: 'participant' | 'observer' = 'participant') =>
    t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: plenary }, 3600);

  beforeAll(async () => {
    t = await startTestServer();
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('keeps a tablet that comes back with offline edits and writes again before its first sync', async () => {
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    const tablet = connectStockClient(t.wsBase, plenary, await tokenAs('sari'));
    await Promise.all([observer.synced, tablet.synced]);
    const closes = closesOf(tablet);
    tablet.provider.disconnect();
    tablet.doc.getText('notes').insert(0, 'ditulis luring');
    // The moment the socket opens, before the server's sync step 1 is answered, the tablet
    // writes on top of its offline edit: that edit reaches the server first, alone.
    const writeOnOpen = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      tablet.provider.off('status', writeOnOpen);
      tablet.doc.getText('notes').insert(14, ', lalu daring');
    };
    tablet.provider.on('status', writeOnOpen);
    tablet.provider.connect();
    await waitFor(() => observer.doc.getText('notes').toString() === 'ditulis luring, lalu daring', 'both edits to reach the observer');
    expect(closes).toEqual([0]); // only its own disconnect
    expect(tablet.provider.wsconnected).toBe(true);
    for (const client of [observer, tablet]) client.destroy();
  });

  it('keeps a tab that writes on top of another tab’s edit it got before the server did', async () => {
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    const tabA = connectStockClient(t.wsBase, plenary, await tokenAs('budi'));
    const tabB = connectStockClient(t.wsBase, plenary, await tokenAs('budi'));
    await Promise.all([observer.synced, tabA.synced, tabB.synced]);
    const closes = closesOf(tabB);
    tabA.provider.disconnect();
    tabA.doc.getText('ideas').insert(0, 'Ide A');
    shareAcrossTabs(tabA, tabB);
    tabB.doc.getText('ideas').insert(5, ' + B');
    await new Promise((resolve) => setTimeout(resolve, 300));
    tabA.provider.connect();
    await waitFor(() => observer.doc.getText('ideas').toString() === 'Ide A + B', 'both tabs’ edits to reach the observer');
    expect(closes).toEqual([]);
    for (const client of [observer, tabA, tabB]) client.destroy();
  });

  it('lets a tablet that holds another person’s edit the server lacks get in once that person’s device sent it', async () => {
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    const laptop = connectStockClient(t.wsBase, plenary, await tokenAs('fasilitator-laptop'));
    const tablet = connectStockClient(t.wsBase, plenary, await tokenAs('joko'));
    await Promise.all([observer.synced, laptop.synced, tablet.synced]);
    const closes = closesOf(tablet);
    // The laptop's edit reaches the tablet but not the server (as after a restore that lost it).
    laptop.provider.disconnect();
    laptop.doc.getText('minutes').insert(0, 'Catatan laptop');
    shareAcrossTabs(laptop, tablet);
    laptop.provider.connect();
    // The tablet writes on top of it at once: the server, lacking the laptop's edit, refuses in a
    // way the tablet retries, until the laptop's own connection has delivered it.
    tablet.doc.getText('minutes').insert(14, ', tambahan tablet');
    await waitFor(() => observer.doc.getText('minutes').toString() === 'Catatan laptop, tambahan tablet', 'both edits to reach the observer', 15_000);
    expect(closes.every((code) => code === CloseCode.incompleteUpdate || code === CloseCode.writesAsAnotherDevice)).toBe(true);
    for (const client of [observer, laptop, tablet]) client.destroy();
  }, 30_000);

  it('makes a tab whose partner never comes back send the missing edit itself, by reconnecting', async () => {
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    const tabA = connectStockClient(t.wsBase, plenary, await tokenAs('rina'));
    const tabB = connectStockClient(t.wsBase, plenary, await tokenAs('rina'));
    await Promise.all([observer.synced, tabA.synced, tabB.synced]);
    const closes = closesOf(tabB);
    tabA.provider.disconnect();
    tabA.doc.getText('agenda').insert(0, 'Tab A');
    shareAcrossTabs(tabA, tabB);
    tabA.destroy(); // closed for good, its edit only on tab B now
    tabB.doc.getText('agenda').insert(5, ', tab B');
    await waitFor(() => observer.doc.getText('agenda').toString() === 'Tab A, tab B', 'tab B to bring both edits', 15_000);
    expect(closes).toEqual([CloseCode.incompleteUpdate]);
    for (const client of [observer, tabB]) client.destroy();
  }, 30_000);
});
