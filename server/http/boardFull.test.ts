import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_BOARD_FULL, META_MAP } from '@/lib/board/docMeta';
import { loadCheckpoint } from '../db/docCheckpoints';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, nextCloseCode, startTestServer, waitFor, type TestServer } from '../testing/testServer';
import { restoreLastGoodSnapshot } from './boardCapacity';
import { setBoardAccess } from './boardLock';

const MAX_DOC_BYTES = 200_000;

describe('a board that someone fills up', () => {
  let t: TestServer;
  let plenary: string;
  const tokenAs = (userId: string, role: 'participant' | 'facilitator' | 'observer') =>
    t.server.runtime.tokens.sign({ principal: { userId, workshopId: t.workshop.id, role, groupId: null }, docName: plenary }, 3600);

  beforeAll(async () => {
    t = await startTestServer({ limits: { maxDocBytes: MAX_DOC_BYTES, compactAfterUpdates: 3 } });
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('stops a participant at its share, tells every device, keeps the facilitator writing, and restores the last good snapshot', async () => {
    const facilitator = connectStockClient(t.wsBase, plenary, await tokenAs('fasilitator', 'facilitator'));
    const filler = connectStockClient(t.wsBase, plenary, await tokenAs('peserta-iseng', 'participant'));
    const observer = connectStockClient(t.wsBase, plenary, await tokenAs('pengamat', 'observer'));
    await Promise.all([facilitator.synced, filler.synced, observer.synced]);

    // The morning's work, compacted into the board's first snapshot: a good one.
    for (const idea of ['Air mengalir 24 jam', 'Pengaduan lewat SMS', 'Ganti meter rusak']) facilitator.doc.getMap('cards').set(idea, { text: idea });
    await waitFor(() => observer.doc.getMap('cards').size === 3, 'the morning’s cards');
    let checkpoint = await loadCheckpoint(t.server.runtime.sql, plenary);
    for (let i = 0; !checkpoint && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      checkpoint = await loadCheckpoint(t.server.runtime.sql, plenary);
    }
    expect(checkpoint).not.toBeNull();

    // A participant pours 40 KB at a time into the board until the server refuses.
    const refused = nextCloseCode(filler);
    let chunks = 0;
    const pour = setInterval(() => filler.doc.getMap('junk').set(`chunk-${chunks++}`, 'x'.repeat(40_000)), 30);
    expect(await refused).toBe(CloseCode.boardFull);
    clearInterval(pour);
    filler.provider.disconnect();
    const room = await t.server.runtime.registry.peek(plenary);
    expect(room!.sizeBytes).toBeLessThanOrEqual(MAX_DOC_BYTES * 0.9);

    // Every device says so, and the facilitator still writes.
    await waitFor(() => observer.doc.getMap(META_MAP).has(META_BOARD_FULL), 'the observer to see the board full');
    expect(facilitator.doc.getMap(META_MAP).has(META_BOARD_FULL)).toBe(true);
    facilitator.doc.getMap('cards').set('Rapat lanjutan', { text: 'Rapat lanjutan' });
    await waitFor(() => observer.doc.getMap('cards').has('Rapat lanjutan'), 'the facilitator’s card after the board filled');

    // The way out: back to the last good snapshot, junk gone, the board free again.
    const result = await restoreLastGoodSnapshot(t.server.runtime, plenary);
    expect(result.restored).toBe(true);
    await waitFor(() => !observer.doc.getMap(META_MAP).has(META_BOARD_FULL) && observer.doc.getMap('junk').size === 0, 'the restore to reach the observer');
    expect(Object.keys(observer.doc.getMap('cards').toJSON()).sort()).toEqual(['Air mengalir 24 jam', 'Ganti meter rusak', 'Pengaduan lewat SMS']);
    expect(room!.sizeBytes).toBeLessThan(MAX_DOC_BYTES * 0.5);

    // Participants write again now that there is room.
    const refilled = connectStockClient(t.wsBase, plenary, await tokenAs('peserta-jujur', 'participant'));
    await refilled.synced;
    refilled.doc.getMap('cards').set('Ide baru', { text: 'Ide baru' });
    await waitFor(() => observer.doc.getMap('cards').has('Ide baru'), 'a participant’s card after the restore');
    for (const client of [facilitator, filler, observer, refilled]) client.destroy();
  }, 60_000);

  it('says there is no good snapshot for a board that never had one', async () => {
    const other = t.workshop.docs.find((d) => d.kind === 'board')!.name;
    expect(await restoreLastGoodSnapshot(t.server.runtime, other)).toEqual({ restored: false, reason: 'no-snapshot' });
  });
});
