import { expect, test } from '@playwright/test';
import { extractFlowchart } from '../lib/board/extract';
import { createBoardLink } from './pages/boardLinks';
import { laptop, tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { MetaplanBoardPage } from './pages/MetaplanBoardPage';
import { SignInPage } from './pages/SignInPage';

test('on the 4.2 flowchart board a group marks a decision and tags a step for removal, and both survive a reload', async ({ browser }) => {
  const account = firstFacilitator();
  const laptopContext = await browser.newContext(laptop);
  const facilitator = await laptopContext.newPage();
  await new SignInPage(facilitator).signIn(account.email, account.password);
  await facilitator.goto('/');
  await facilitator.getByTestId('workshop-link').first().click();
  const boardLink = facilitator.locator('[data-testid=board-link][data-topic="4.2"]');
  await expect(boardLink).toBeVisible();
  const boardPath = await boardLink.getAttribute('href');
  if (!boardPath) throw new Error('the 4.2 board link has no href');
  const url = await createBoardLink(facilitator, boardPath, { role: 'facilitator', name: 'Ibu Sari' });

  const context = await browser.newContext(tablet);
  const board = new MetaplanBoardPage(await context.newPage());
  await board.page.goto(url);
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
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
