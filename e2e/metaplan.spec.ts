import { expect, test, type Browser } from '@playwright/test';
import { extractHarapanKenyataan } from '../lib/board/extract';
import { facilitatorOnTopicBoard } from './pages/facilitatorSetup';
import { metaplanBoardOnTablet } from './pages/MetaplanBoardPage';

/** The facilitator opens the workshop and hands two group members a link to the 3.1 board. */
async function twoMembersOnHarapanKenyataan(browser: Browser) {
  const { context: laptopContext, page: facilitator, boardPath } = await facilitatorOnTopicBoard(browser, '3.1');
  const sari = await metaplanBoardOnTablet(browser, facilitator, boardPath, 'Ibu Sari');
  const budi = await metaplanBoardOnTablet(browser, facilitator, boardPath, 'Pak Budi');
  return {
    sari: sari.board,
    budi: budi.board,
    close: async () => {
      await Promise.all([laptopContext.close(), sari.context.close(), budi.context.close()]);
    },
  };
}

const nodeOf = (records: unknown[], node: string) => extractHarapanKenyataan(records).nodes.find((n) => n.node === node);
const texts = (cards: readonly { text: string }[] | undefined) => (cards ?? []).map((card) => card.text);

test('two group members fill a Harapan/Kenyataan board together on tablets and the board reads back per node', async ({ browser }) => {
  const { sari, budi, close } = await twoMembersOnHarapanKenyataan(browser);

  // The empty 3.1 board starts from its sheet: five nodes, four rows each, in both tablets.
  for (const board of [sari, budi]) {
    await board.expectArea('harapan:delivery');
    await board.expectArea('kenyataan:delivery');
  }

  // Sari writes what people expect of the delivery; Budi sees it in that cell within a second.
  await sari.addCardInArea('harapan:delivery', 'Air mengalir 24 jam');
  await expect
    .poll(async () => texts(nodeOf(await budi.records(), 'delivery')?.harapan), { timeout: 1000, intervals: [50] })
    .toEqual(['Air mengalir 24 jam']);
  await expect(budi.page.locator('[data-testid=plano-card]', { hasText: 'Air mengalir 24 jam' })).toBeVisible();

  // Budi writes what they see today; Sari sees it under the same node within a second.
  await budi.addCardInArea('kenyataan:delivery', 'Air hanya mengalir pagi hari');
  await expect
    .poll(async () => texts(nodeOf(await sari.records(), 'delivery')?.kenyataan), { timeout: 1000, intervals: [50] })
    .toEqual(['Air hanya mengalir pagi hari']);

  // Budi's card is still selected: one tap on the "problem" colour re-colours it for both.
  await budi.page.locator('[data-testid=card-color][data-color=pink]').tap();
  await expect
    .poll(async () => nodeOf(await sari.records(), 'delivery')?.kenyataan[0]?.color, { timeout: 1000, intervals: [50] })
    .toBe('pink');

  // The extraction reads both boards the same way: each card under its node, with its author.
  for (const board of [sari, budi]) {
    const table = extractHarapanKenyataan(await board.records());
    const delivery = table.nodes.find((n) => n.node === 'delivery');
    expect(delivery?.harapan.map((c) => [c.text, c.authorName])).toEqual([['Air mengalir 24 jam', 'Ibu Sari']]);
    expect(delivery?.kenyataan.map((c) => [c.text, c.authorName])).toEqual([['Air hanya mengalir pagi hari', 'Pak Budi']]);
    expect(table.nodes.filter((n) => n.node !== 'delivery').every((n) => n.harapan.length + n.kenyataan.length === 0)).toBe(true);
    expect(table.unplaced).toEqual([]);
  }

  // Cards are written large: at least 24 px at 100 % zoom.
  const fontSize = await sari.page
    .locator('[data-testid=plano-card]', { hasText: 'Air mengalir 24 jam' })
    .locator('p')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(24);

  // The touch controls are at least 44 px.
  for (const control of [sari.page.getByTestId('add-card'), sari.page.locator('[data-testid=card-color]').first()]) {
    const box = await control.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
  }

  await close();
});
