import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_FOLLOW_ME, META_MAP, META_SPOTLIGHT } from '@/lib/board/docMeta';
import { CloseCode } from '../rooms/closeCodes';
import { connectStockClient, startTestServer, waitFor, type TestServer, nextCloseCode } from '../testing/testServer';
import { setBoardAccess } from './boardLock';

describe('the facilitator’s spotlight and follow-me on the plenary', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  for (const [key, value] of [
    [META_SPOTLIGHT, { docName: 'someGroupBoard', groupId: 'g1', since: 1 }],
    [META_FOLLOW_ME, { leaderId: 'participant-self', since: 1 }],
  ] as const) {
    it(`closes a participant’s raw client that sets meta.${key}, even on a plenary open for writing, and nobody sees it`, async () => {
      const plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!.name;
      await setBoardAccess(t.server.runtime, plenary, { openForParticipants: true });
      const tamperer = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'participant', 'g1'));
      const facilitator = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'facilitator'));
      await Promise.all([tamperer.synced, facilitator.synced]);
      // The open plenary takes the participant's ordinary writes...
      tamperer.doc.getMap('cards').set(`card-${key}`, 'boleh');
      await waitFor(() => facilitator.doc.getMap('cards').has(`card-${key}`), 'the participant’s card on the open plenary');

      // ...but not the facilitator's controls.
      const closed = nextCloseCode(tamperer);
      tamperer.doc.getMap(META_MAP).set(key, value);
      expect(await closed).toBe(CloseCode.forbidden);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(facilitator.doc.getMap(META_MAP).has(key)).toBe(false);

      // The facilitator sets it, and every reader sees it.
      facilitator.doc.getMap(META_MAP).set(key, value);
      const reader = connectStockClient(t.wsBase, plenary, await t.tokenFor(plenary, 'observer'));
      await waitFor(() => JSON.stringify(reader.doc.getMap(META_MAP).get(key)) === JSON.stringify(value), `the facilitator’s meta.${key}`);
      facilitator.doc.getMap(META_MAP).delete(key);
      await waitFor(() => !reader.doc.getMap(META_MAP).has(key), `meta.${key} released`);
      for (const c of [tamperer, facilitator, reader]) c.destroy();
    });
  }
});
