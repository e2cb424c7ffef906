import { expect, test } from '@playwright/test';
import { facilitatorOnTopicBoard } from './pages/facilitatorSetup';
import { metaplanBoardOnTablet } from './pages/MetaplanBoardPage';

test('the facilitator turns the fresh 4.1 board into a SOAR analysis, and the choice goes once a card is written', async ({ browser }) => {
  const { context: laptopContext, page: facilitator, boardPath } = await facilitatorOnTopicBoard(browser, '4.1');
  const { board, context } = await metaplanBoardOnTablet(browser, facilitator, boardPath, 'Pak Budi');
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
