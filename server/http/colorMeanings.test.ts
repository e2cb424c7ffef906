import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_CARD_COLOR_MEANINGS, readColorMeanings } from '@/lib/board/colorMeanings';
import { META_MAP } from '@/lib/board/docMeta';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

describe('card colour meanings are the facilitator’s to set', () => {
  let t: TestServer;
  let plenary: string;
  beforeAll(async () => {
    t = await startTestServer();
    plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
    // Open for participants' writes: the meanings must stay protected even where cards are not.
    await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
  });
  afterAll(() => t.close());

  it('closes a participant’s raw client that writes meta.cardColorMeanings, and nobody sees its meanings', async () => {
    const tamperer = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'participant', 'g1'));
    const facilitator = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'facilitator'));
    await Promise.all([tamperer.synced, facilitator.synced]);
    tamperer.doc.getMap('cards').set('card-legend', 'boleh');
    await waitFor(() => facilitator.doc.getMap('cards').has('card-legend'), 'the participant’s ordinary write on the open plenary');

    const closed = nextCloseCode(tamperer);
    tamperer.doc.getMap(META_MAP).set(META_CARD_COLOR_MEANINGS, { pink: 'solusi' });
    expect(await closed).toBe(CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(facilitator.doc.getMap(META_MAP).has(META_CARD_COLOR_MEANINGS)).toBe(false);
    for (const c of [tamperer, facilitator]) c.destroy();
  });

  it('passes the facilitator’s meanings to every reader, and refuses a participant who deletes them', async () => {
    const facilitator = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'facilitator'));
    await facilitator.synced;
    facilitator.doc.getMap(META_MAP).set(META_CARD_COLOR_MEANINGS, { pink: 'masalah', green: 'solusi' });

    const reader = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'participant', 'g2'));
    await waitFor(() => readColorMeanings(reader.doc.getMap(META_MAP).get(META_CARD_COLOR_MEANINGS)).pink === 'masalah', 'the facilitator’s meanings at a participant');

    const closed = nextCloseCode(reader);
    reader.doc.getMap(META_MAP).delete(META_CARD_COLOR_MEANINGS);
    expect(await closed).toBe(CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readColorMeanings(facilitator.doc.getMap(META_MAP).get(META_CARD_COLOR_MEANINGS))).toEqual({ pink: 'masalah', green: 'solusi' });
    for (const c of [facilitator, reader]) c.destroy();
  });
});
