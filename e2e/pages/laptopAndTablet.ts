import { expect, type Browser } from '@playwright/test';
import { BoardPage } from './BoardPage';
import { createBoardLink } from './boardLinks';
import { laptop, tablet } from './devices';
import { firstFacilitator } from './firstFacilitator';
import { SignInPage } from './SignInPage';
import { WorkshopPage } from './WorkshopPage';

/**
 * The workshop room in miniature: the facilitator signed in on a laptop with the plenary open,
 * and a tablet (no account) on the same board through a link the facilitator made for it.
 */
export async function laptopAndTabletOnPlenary(browser: Browser, tabletName = 'Tablet Kelompok 1') {
  const account = firstFacilitator();
  const laptopContext = await browser.newContext(laptop);
  const tabletContext = await browser.newContext(tablet);
  const laptopPage = await laptopContext.newPage();
  const tabletPage = await tabletContext.newPage();
  await new SignInPage(laptopPage).signIn(account.email, account.password);
  const boardPath = await new WorkshopPage(laptopPage).openPlenaryFromHome();
  await tabletPage.goto(await createBoardLink(laptopPage, boardPath, { role: 'facilitator', name: tabletName }));
  const onLaptop = new BoardPage(laptopPage);
  const onTablet = new BoardPage(tabletPage);
  await onLaptop.waitForEditor();
  await onTablet.waitForEditor();
  await expect(onLaptop.connectionBadge()).toHaveAttribute('data-status', 'online');
  await expect(onTablet.connectionBadge()).toHaveAttribute('data-status', 'online');
  return {
    onLaptop,
    onTablet,
    tabletContext,
    boardPath,
    close: async () => {
      await laptopContext.close();
      await tabletContext.close();
    },
  };
}
