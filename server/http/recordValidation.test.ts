import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { cardRecord } from '@/lib/testing/cardRecord';

const card = (id: string, props: object) => cardRecord(id, props);

describe('records written to a board', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('relays a valid card and refuses a malformed one before anyone sees it', async () => {
    const doc = t.workshop.docs.find((d) => d.kind === 'board')!.name;
    const writer = connectStockClient(t.wsBase, doc, await t.tokenFor(doc, 'facilitator'));
    const reader = connectStockClient(t.wsBase, doc, await t.tokenFor(doc, 'observer'));
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getMap(RECORDS_MAP).set('shape:good', card('shape:good', { text: 'Air keruh' }));
    await waitFor(() => reader.doc.getMap(RECORDS_MAP).has('shape:good'), 'the valid card');

    const closed = nextCloseCode(writer);
    writer.doc.getMap(RECORDS_MAP).set('shape:bad', card('shape:bad', { color: 'chartreuse' }));
    expect(await closed).toBe(CloseCode.invalidRecord);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reader.doc.getMap(RECORDS_MAP).has('shape:bad')).toBe(false);
    writer.destroy();
    reader.destroy();
  });
});
