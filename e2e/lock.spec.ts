import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { tablet } from './pages/devices';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

test('the facilitator locks a group board: the group’s tablet turns read-only at once, and writes again after unlocking', async ({ browser }) => {
  const { page: facilitator, workshopPath, workshopId, people } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  await people.addGroup('Kelompok Kunci');
  const code = await people.joinCode();

  const member = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(member).joinWithCode(code, 'Ibu Ratna');
  // Picking the group lands her on its board.
  await member.getByTestId('pick-group').filter({ hasText: 'Kelompok Kunci' }).tap();
  await expect(member).toHaveURL(/\/board\//);
  const board = new BoardPage(member);
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  await expect(member.getByTestId('read-only-label')).toHaveCount(0);

  // Lock it from the workshop page.
  await facilitator.goto(workshopPath);
  const row = facilitator.locator('li', { has: facilitator.locator('[data-testid=board-link]', { hasText: 'Papan Kelompok Kunci' }) });
  await row.getByTestId('lock-board').click();
  await expect(row.getByTestId('locked-badge')).toBeVisible();
  await expect(member.getByTestId('read-only-label')).toContainText('dikunci fasilitator', { timeout: 5000 });

  await row.getByTestId('lock-board').click();
  await expect(row.getByTestId('locked-badge')).toHaveCount(0);
  await expect(member.getByTestId('read-only-label')).toHaveCount(0, { timeout: 5000 });
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online', { timeout: 15_000 });
  const card = await board.addRectangle(100, 100, 'afterUnlock');

  const onLaptop = new BoardPage(facilitator);
  await row.locator('[data-testid=board-link]').click();
  await onLaptop.waitForEditor();
  await onLaptop.expectShape(card, 10_000);
});
