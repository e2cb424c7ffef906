import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { tablet } from './pages/devices';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

test('the facilitator opens the plenary for participants’ writing, and closes it again', async ({ browser }) => {
  const { page: facilitator, workshopPath, workshopId, people } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  const code = await people.joinCode();

  const member = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(member).joinWithCode(code, 'Ibu Nur');
  await member.locator('[data-testid=readable-board][data-kind=plenary]').tap();
  const onTablet = new BoardPage(member);
  await onTablet.waitForEditor();
  await expect(member.getByTestId('read-only-label')).toBeVisible();

  await facilitator.goto(workshopPath);
  const plenaryRow = facilitator.locator('li', { has: facilitator.locator('[data-testid=board-link][data-kind=plenary]') });
  await plenaryRow.getByTestId('open-board').click();
  await expect(plenaryRow.getByTestId('open-badge')).toBeVisible();
  await expect(member.getByTestId('read-only-label')).toHaveCount(0, { timeout: 5000 });
  await expect(onTablet.connectionBadge()).toHaveAttribute('data-status', 'online', { timeout: 15_000 });
  const card = await onTablet.addRectangle(120, 120, 'fromMember');

  await plenaryRow.locator('[data-testid=board-link]').click();
  const onLaptop = new BoardPage(facilitator);
  await onLaptop.waitForEditor();
  await onLaptop.expectShape(card, 10_000);

  await facilitator.goto(workshopPath);
  await plenaryRow.getByTestId('open-board').click();
  await expect(plenaryRow.getByTestId('open-badge')).toHaveCount(0);
  await expect(member.getByTestId('read-only-label')).toBeVisible({ timeout: 5000 });
});
