import { expect, test } from '@playwright/test';
import { extractFlowchart } from '../lib/board/extract';
import { facilitatorOnTopicBoard } from './pages/facilitatorSetup';
import { metaplanBoardOnTablet } from './pages/MetaplanBoardPage';

test('on the 4.2 flowchart board a group marks a decision and tags a step for removal, and both survive a reload', async ({ browser }) => {
  const { context: laptopContext, page: facilitator, boardPath } = await facilitatorOnTopicBoard(browser, '4.2');
  const { board, context } = await metaplanBoardOnTablet(browser, facilitator, boardPath, 'Ibu Sari');
  await board.expectArea('current');

  await board.addCardInArea('current', 'Berkas lengkap?');
  await board.addCardInArea('proposed', 'Arsip difotokopi');
  const decisionCard = board.page.locator('[data-testid=plano-card]', { hasText: 'Berkas lengkap?' });
  const removedCard = board.page.locator('[data-testid=plano-card]', { hasText: 'Arsip difotokopi' });
  const controls = board.page.getByTestId('flowchart-controls');
  // The card's HTML ignores pointers (tldraw hit-tests the canvas), so tap where it is drawn.
  const tapCard = async (card: typeof decisionCard) => {
    await expect(card).toBeVisible();
    const bounds = await card.boundingBox();
    if (!bounds) throw new Error('the card is not on screen');
    await board.page.touchscreen.tap(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
  };

  // Nothing selected: no flowchart controls in the way. Typing scrolled the board to the last
  // card; back to the whole sheet, as the group would pinch out.
  await board.page.keyboard.press('Escape');
  await expect(controls).toHaveCount(0);
  await board.page.evaluate(() => (window as unknown as { __planoEditor: { zoomToFit(): void } }).__planoEditor.zoomToFit());

  await tapCard(decisionCard);
  await expect(controls).toBeVisible();
  const decisionButton = controls.locator('[data-testid=flow-role][data-role=decision]');
  const box = await decisionButton.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await decisionButton.tap();
  await expect(decisionCard.getByTestId('card-decision-badge')).toBeVisible();

  await tapCard(removedCard);
  await controls.locator('[data-testid=change-tag][data-tag=hapus]').tap();
  await expect(removedCard.getByTestId('card-change-tag')).toHaveText('Hapus');
  await expect(board.connectionBadge()).toHaveAttribute('data-unsent', '0');

  const reading = extractFlowchart(await board.records());
  expect(reading.lanes.current.nodes.map((n) => [n.text, n.role, n.tag])).toEqual([['Berkas lengkap?', 'decision', '']]);
  expect(reading.lanes.proposed.nodes.map((n) => [n.text, n.role, n.tag])).toEqual([['Arsip difotokopi', 'step', 'hapus']]);

  await board.page.reload();
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  await expect(decisionCard.getByTestId('card-decision-badge')).toBeVisible();
  await expect(removedCard.getByTestId('card-change-tag')).toHaveText('Hapus');
  await expect(decisionCard.getByTestId('card-change-tag')).toHaveCount(0);

  await Promise.all([laptopContext.close(), context.close()]);
});
