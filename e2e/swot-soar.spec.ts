import { expect, test } from '@playwright/test';
import { createBoardLink } from './pages/boardLinks';
import { laptop, tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { MetaplanBoardPage } from './pages/MetaplanBoardPage';
import { SignInPage } from './pages/SignInPage';

test('the facilitator turns the fresh 4.1 board into a SOAR analysis, and the choice goes once a card is written', async ({ browser }) => {
  const account = firstFacilitator();
  const laptopContext = await browser.newContext(laptop);
  const facilitator = await laptopContext.newPage();
  await new SignInPage(facilitator).signIn(account.email, account.password);
  await facilitator.goto('/');
  await facilitator.getByTestId('workshop-link').first().click();
  const boardLink = facilitator.locator('[data-testid=board-link][data-topic="4.1"]');
  await expect(boardLink).toBeVisible();
  const boardPath = await boardLink.getAttribute('href');
  if (!boardPath) throw new Error('the 4.1 board link has no href');

  const context = await browser.newContext(tablet);
  const board = new MetaplanBoardPage(await context.newPage());
  await board.page.goto(await createBoardLink(facilitator, boardPath, { role: 'facilitator', name: 'Pak Budi' }));
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  await board.expectArea('weaknesses');

  const choice = board.page.getByTestId('analysis-variant');
  await expect(choice).toHaveAttribute('data-variant', 'swot');
  await choice.locator('[data-testid=analysis-variant-option][data-variant=soar]').tap();
  await board.expectArea('aspirations');
  await board.expectArea('results');
  await expect(board.page.locator('[data-testid=plano-area][data-role=weaknesses]')).toHaveCount(0);
  await expect(choice).toHaveAttribute('data-variant', 'soar');

  await board.addCardInArea('aspirations', 'Air minum 24 jam untuk semua');
  await expect(choice).toHaveCount(0);

  // The choice is the board's, for everyone and after a reload.
  await board.page.reload();
  await board.waitForEditor();
  await board.expectArea('aspirations');
  await expect(board.page.locator('[data-testid=plano-area][data-role=threats]')).toHaveCount(0);

  await Promise.all([laptopContext.close(), context.close()]);
});
