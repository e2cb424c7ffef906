import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scoreKey } from '@/lib/worksheets/mcuaSheet';
import { RANKING_MAP, rankingScoreKey } from '@/lib/worksheets/rankingSheet';
import { cellKey, textRootName } from '@/lib/worksheets/tableSheet';
import { ensureWorksheetDoc } from '../db/outputs';
import { readStoredDoc } from '../db/storedDoc';
import { setDocAccess } from '../db/workshops';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { CloseCode } from './closeCodes';

describe('the server holds worksheet documents to their schema', () => {
  let t: TestServer;
  let gapSheet: string;
  let mcuaSheet: string;
  let rankingSheet: string;
  beforeAll(async () => {
    t = await startTestServer();
    const { sql, registry } = t.server.runtime;
    const ensure = async (topicId: string, outputId: string) => (await ensureWorksheetDoc(sql, { workshopId: t.workshop.id, topicId, outputId, title: { id: outputId, en: outputId } })).name;
    gapSheet = await ensure('2.3', '2.3/gap-table');
    mcuaSheet = await ensure('4.7', '4.7/assessment-matrix');
    rankingSheet = await ensure('2.1', '2.1/main-issue');
    // As opening the sheet does: the server names the form; the facilitator opens it for participants.
    const room = await registry.acquire(gapSheet);
    room.applyServerChange((doc) => {
      doc.getMap('sheet').set('form', 'gap-table');
      doc.getMap('rows').set('nrw', { order: 0 });
      doc.getMap('cells').set(cellKey('nrw', 'indicator'), 'Kehilangan air');
    });
    await room.flush();
    registry.release(gapSheet);
    for (const name of [gapSheet, mcuaSheet, rankingSheet]) await setDocAccess(sql, name, { openForParticipants: true });
  });
  afterAll(() => t.close());

  async function connect(docName: string, role: 'facilitator' | 'participant' | 'observer') {
    const client = connectStockClient(t.wsBase, docName, await t.tokenFor(docName, role));
    await client.synced;
    return client;
  }
  /** What the server stores for the sheet, read back fresh from storage. */
  async function storedCells(docName: string) {
    return readStoredDoc(t.server.runtime.docStore, docName, (doc) => doc.getMap('cells').toJSON());
  }

  it('relays a participant’s number typed into a number column to everyone', async () => {
    const writer = await connect(gapSheet, 'participant');
    const reader = await connect(gapSheet, 'observer');
    writer.doc.getMap('cells').set(cellKey('nrw', 'target'), 25.5);
    await waitFor(() => reader.doc.getMap('cells').get(cellKey('nrw', 'target')) === 25.5, 'the target on the second client');
    writer.destroy();
    reader.destroy();
  });

  for (const role of ['participant', 'facilitator'] as const) {
    it(`disconnects a ${role} who writes a word into a number column, and stores and relays nothing of it`, async () => {
      const before = await storedCells(gapSheet);
      const writer = await connect(gapSheet, role);
      const reader = await connect(gapSheet, 'observer');
      const closed = nextCloseCode(writer);
      writer.doc.transact(() => {
        writer.doc.getMap('cells').set(cellKey('nrw', 'unit'), '%');
        writer.doc.getMap('cells').set(cellKey('nrw', 'actual'), 'tiga puluh delapan');
      });
      expect(await closed).toBe(CloseCode.invalidRecord);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(reader.doc.getMap('cells').has(cellKey('nrw', 'actual'))).toBe(false);
      // The valid cell of the same update is refused with it: an update is applied whole or not at all.
      expect(reader.doc.getMap('cells').has(cellKey('nrw', 'unit'))).toBe(false);
      expect(await storedCells(gapSheet)).toEqual(before);
      writer.destroy();
      reader.destroy();
    });
  }

  it('refuses cells of columns the form does not have and malformed rows', async () => {
    for (const write of [(doc: Y.Doc) => doc.getMap('cells').set(cellKey('nrw', 'budget'), 5), (doc: Y.Doc) => doc.getMap('rows').set('x', { order: 'first' })]) {
      const writer = await connect(gapSheet, 'participant');
      const closed = nextCloseCode(writer);
      write(writer.doc);
      expect(await closed).toBe(CloseCode.invalidRecord);
      writer.destroy();
    }
  });

  it('lets only facilitators change which form a sheet is', async () => {
    const participant = await connect(gapSheet, 'participant');
    const closed = nextCloseCode(participant);
    participant.doc.getMap('sheet').set('form', 'something-else');
    expect(await closed).toBe(CloseCode.forbidden);
    participant.destroy();

    const facilitator = await connect(gapSheet, 'facilitator');
    const refused = nextCloseCode(facilitator);
    facilitator.doc.getMap('sheet').set('form', 'no-such-form');
    expect(await refused).toBe(CloseCode.invalidRecord);
    facilitator.destroy();
  });

  it('checks MCUA weights and scores, and relays valid ones', async () => {
    const writer = await connect(mcuaSheet, 'participant');
    const reader = await connect(mcuaSheet, 'observer');
    writer.doc.getMap('criteria').set('dampak', { label: 'Dampak', order: 1 });
    writer.doc.getMap('weights').set('dampak', 40);
    await waitFor(() => reader.doc.getMap('weights').get('dampak') === 40, 'the weight on the second client');

    const closed = nextCloseCode(writer);
    writer.doc.getMap('scores').set(scoreKey('meter', 'dampak'), 'lima');
    expect(await closed).toBe(CloseCode.invalidRecord);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reader.doc.getMap('scores').size).toBe(0);
    writer.destroy();
    reader.destroy();
  });

  it('checks ranking-matrix scores (2.1), and relays valid ones', async () => {
    const writer = await connect(rankingSheet, 'participant');
    const reader = await connect(rankingSheet, 'observer');
    writer.doc.getMap(RANKING_MAP.scores).set(rankingScoreKey(1, 'pipa', 'dampak'), 4);
    await waitFor(() => reader.doc.getMap(RANKING_MAP.scores).get(rankingScoreKey(1, 'pipa', 'dampak')) === 4, 'the score on the second client');

    const closed = nextCloseCode(writer);
    writer.doc.getMap(RANKING_MAP.scores).set(rankingScoreKey(1, 'meter', 'dampak'), 'empat');
    expect(await closed).toBe(CloseCode.invalidRecord);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reader.doc.getMap(RANKING_MAP.scores).size).toBe(1);
    writer.destroy();
    reader.destroy();
  });

  /** The text of one text cell as the server stores it. */
  async function storedText(docName: string, rowId: string, columnId: string) {
    return readStoredDoc(t.server.runtime.docStore, docName, (doc) => doc.getText(textRootName(rowId, columnId)).toString());
  }

  it('merges two people typing into one text cell at once, letter by letter, and stores the merge', async () => {
    const laptop = await connect(gapSheet, 'participant');
    const tablet = await connect(gapSheet, 'participant');
    const cell = textRootName('nrw', 'trend');
    laptop.doc.getText(cell).insert(0, 'naik');
    await waitFor(() => tablet.doc.getText(cell).toString() === 'naik', 'the first word on the tablet');
    // Typed before either has seen the other's letters.
    laptop.doc.getText(cell).insert(4, ' tiap tahun');
    tablet.doc.getText(cell).insert(0, 'terus ');
    const merged = 'terus naik tiap tahun';
    await waitFor(() => laptop.doc.getText(cell).toString() === merged && tablet.doc.getText(cell).toString() === merged, 'both texts merged on both devices');
    expect(await storedText(gapSheet, 'nrw', 'trend')).toBe(merged);
    laptop.destroy();
    tablet.destroy();
  });

  it('refuses formatting, embeds and nested types in a text cell, text in a number cell, and a text over 4,000 characters', async () => {
    const writes: [string, (doc: Y.Doc) => void][] = [
      ['formatted text', (doc) => doc.getText(textRootName('nrw', 'trend')).insert(0, 'tebal', { bold: true })],
      ['an embed', (doc) => doc.getText(textRootName('nrw', 'trend')).insertEmbed(0, { image: 'x' })],
      ['a nested map', (doc) => doc.getArray(textRootName('nrw', 'trend')).insert(0, [new Y.Map()])],
      ['text in a number column', (doc) => doc.getText(textRootName('nrw', 'target')).insert(0, '25')],
      ['a text too long', (doc) => doc.getText(textRootName('nrw', 'unit')).insert(0, 'x'.repeat(4001))],
    ];
    for (const [what, write] of writes) {
      const writer = await connect(gapSheet, 'participant');
      const closed = nextCloseCode(writer);
      write(writer.doc);
      expect(await closed, what).toBe(CloseCode.invalidRecord);
      writer.destroy();
    }
    expect(await storedText(gapSheet, 'nrw', 'unit')).toBe('');
    expect(await storedText(gapSheet, 'nrw', 'target')).toBe('');
  });

  it('lets a text cell be rewritten whole at its full length', async () => {
    const writer = await connect(gapSheet, 'participant');
    const reader = await connect(gapSheet, 'observer');
    const cell = writer.doc.getText(textRootName('nrw', 'unit'));
    cell.insert(0, 'a'.repeat(4000));
    writer.doc.transact(() => {
      cell.delete(0, 4000);
      cell.insert(0, 'b'.repeat(4000));
    });
    await waitFor(() => reader.doc.getText(textRootName('nrw', 'unit')).toString() === 'b'.repeat(4000), 'the rewritten text on the reader');
    writer.destroy();
    reader.destroy();
  });

  it('refuses a score off its criterion’s scale sent raw by a stock client, and stores nothing of it', async () => {
    const writer = await connect(rankingSheet, 'participant');
    const reader = await connect(rankingSheet, 'observer');
    writer.doc.getMap(RANKING_MAP.scores).set(rankingScoreKey(1, 'pipa', 'urgensi'), 5);
    await waitFor(() => reader.doc.getMap(RANKING_MAP.scores).get(rankingScoreKey(1, 'pipa', 'urgensi')) === 5, 'the 5 on the second client');
    const closed = nextCloseCode(writer);
    writer.doc.getMap(RANKING_MAP.scores).set(rankingScoreKey(1, 'tagihan', 'urgensi'), 7);
    expect(await closed).toBe(CloseCode.invalidRecord);
    // The reader's connection still works: a later score from another writer arrives, the 7 never did.
    const next = await connect(rankingSheet, 'participant');
    next.doc.getMap(RANKING_MAP.scores).set(rankingScoreKey(1, 'loket', 'urgensi'), 2);
    await waitFor(() => reader.doc.getMap(RANKING_MAP.scores).get(rankingScoreKey(1, 'loket', 'urgensi')) === 2, 'the later score on the reader');
    expect(reader.doc.getMap(RANKING_MAP.scores).has(rankingScoreKey(1, 'tagihan', 'urgensi'))).toBe(false);
    const stored = await readStoredDoc(t.server.runtime.docStore, rankingSheet, (doc) => doc.getMap(RANKING_MAP.scores).toJSON());
    expect(stored[rankingScoreKey(1, 'tagihan', 'urgensi')]).toBeUndefined();
    for (const client of [writer, reader, next]) client.destroy();
  });

  it('lets only the facilitator set a criterion’s scale; a score on the wider scale then passes', async () => {
    const participant = await connect(mcuaSheet, 'participant');
    const refused = nextCloseCode(participant);
    participant.doc.getMap('scales').set('dampak', { min: 1, max: 10 });
    expect(await refused).toBe(CloseCode.forbidden);
    participant.destroy();

    const facilitator = await connect(mcuaSheet, 'facilitator');
    const scorer = await connect(mcuaSheet, 'participant');
    facilitator.doc.getMap('scales').set('dampak', { min: 1, max: 10 });
    await waitFor(() => scorer.doc.getMap('scales').has('dampak'), 'the scale on the scorer');
    scorer.doc.getMap('scores').set(scoreKey('meter', 'dampak'), 8);
    await waitFor(() => facilitator.doc.getMap('scores').get(scoreKey('meter', 'dampak')) === 8, 'the 8 on the facilitator’s device');
    facilitator.destroy();
    scorer.destroy();
  });

  it('lets no device write the news of an agreed version: only the server does', async () => {
    const facilitator = await connect(rankingSheet, 'facilitator');
    const closed = nextCloseCode(facilitator);
    facilitator.doc.getMap('agreements').set('2.1/main-issue', { version: 9, agreedAt: '2026-12-01T00:00:00.000Z' });
    expect(await closed).toBe(CloseCode.forbidden);
    facilitator.destroy();
  });
});
