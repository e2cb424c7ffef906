import { expect, type Browser } from '@playwright/test';
import { laptop, tablet } from './devices';
import { firstFacilitator } from './firstFacilitator';
import { JoinPage } from './JoinPage';
import { PeoplePage } from './PeoplePage';
import { SignInPage } from './SignInPage';
import { VotingBoardPage } from './VotingBoardPage';
import { demoWorkshopLink } from './demoWorkshop';

/**
 * A breakout group at work: two participants joined by code on tablets (real participant rights,
 * on their own group's board), and the facilitator following the same board on a laptop.
 */
export async function groupBoardWithTablets(browser: Browser, groupName: string) {
  const account = firstFacilitator();
  const laptopContext = await browser.newContext(laptop);
  const facilitatorPage = await laptopContext.newPage();
  await new SignInPage(facilitatorPage).signIn(account.email, account.password);
  await facilitatorPage.goto('/');
  await demoWorkshopLink(facilitatorPage).click();
  await expect(facilitatorPage).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopId = new URL(facilitatorPage.url()).pathname.split('/')[2];
  const people = new PeoplePage(facilitatorPage);
  await people.open(workshopId);
  await people.addGroup(groupName);
  const code = await people.joinCode();

  const openTablet = async (name: string) => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await new JoinPage(page).joinWithCode(code, name);
    // A tap that lands before the page has hydrated is lost: tap again until the group is set.
    // Picking a group may open its board straight away, or show it on the home screen first.
    const myGroup = page.getByTestId('my-group');
    const onBoard = page.getByTestId('board-canvas');
    await expect(async () => {
      if ((await myGroup.count()) + (await onBoard.count()) === 0) await page.getByTestId('pick-group').filter({ hasText: groupName }).tap({ timeout: 2000 });
      await expect(myGroup.or(onBoard)).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    if ((await myGroup.count()) > 0) {
      await expect(myGroup).toContainText(groupName);
      await page.getByTestId('open-group-board').tap();
    }
    const board = new VotingBoardPage(page);
    await board.waitForEditor();
    await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
    await expect(page.getByTestId('read-only-label')).toHaveCount(0);
    return { board, context };
  };
  const sari = await openTablet('Ibu Sari');
  const budi = await openTablet('Pak Budi');

  const facilitator = new VotingBoardPage(facilitatorPage);
  await facilitator.open(new URL(sari.board.page.url()).pathname);
  await expect(facilitator.connectionBadge()).toHaveAttribute('data-status', 'online');

  return {
    facilitator,
    sari: sari.board,
    budi: budi.board,
    close: async () => {
      await Promise.all([laptopContext.close(), sari.context.close(), budi.context.close()]);
    },
  };
}
