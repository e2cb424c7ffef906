import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { laptop, tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { SignInPage } from './pages/SignInPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { laptopAndTabletOnPlenary } from './pages/laptopAndTablet';
import { createBoardLink } from './pages/boardLinks';

test('a facilitator laptop and a tablet on one board see each other’s shapes within a second, and their cursors', async ({ browser }) => {
  const { onLaptop, onTablet, close } = await laptopAndTabletOnPlenary(browser);
  const laptopPage = onLaptop.page;
  const tabletPage = onTablet.page;

  const fromLaptop = await onLaptop.addRectangle(100, 100, 'laptop');
  await onTablet.expectShape(fromLaptop, 1000);
  const fromTablet = await onTablet.addRectangle(400, 100, 'tablet');
  await onLaptop.expectShape(fromTablet, 1000);

  // A real touch: pick the rectangle tool on the tablet and tap the canvas.
  const before = (await onTablet.shapeIds()).length;
  await tabletPage.keyboard.press('r');
  await tabletPage.touchscreen.tap(600, 700);
  await expect.poll(async () => (await onTablet.shapeIds()).length).toBe(before + 1);
  await expect.poll(async () => (await onLaptop.shapeIds()).length, { timeout: 1000 }).toBe(before + 1);

  // The laptop's cursor shows on the tablet with the facilitator's name.
  await laptopPage.mouse.move(300, 300);
  await laptopPage.mouse.move(320, 340, { steps: 5 });
  await expect(tabletPage.locator('.tl-nametag', { hasText: 'Fasilitator' }).first()).toBeVisible({ timeout: 5000 });
  // …and the tablet is among the laptop's collaborators (people menu) under the name its link carries.
  await expect
    .poll(() => laptopPage.evaluate(() => (window as unknown as { __planoEditor: { getCollaborators(): { userName: string }[] } }).__planoEditor.getCollaborators().map((c) => c.userName)), { timeout: 5000 })
    .toContain('Tablet Kelompok 1');

  await close();
});

test('an observer link opens the board read-only', async ({ browser }) => {
  const account = firstFacilitator();
  const laptopContext = await browser.newContext(laptop);
  const laptopPage = await laptopContext.newPage();
  await new SignInPage(laptopPage).signIn(account.email, account.password);
  const boardPath = await new WorkshopPage(laptopPage).openPlenaryFromHome();
  const onLaptop = new BoardPage(laptopPage);
  await onLaptop.waitForEditor();
  const shape = await onLaptop.addRectangle(200, 200, 'forObserver');

  const observerContext = await browser.newContext(tablet);
  const observerPage = await observerContext.newPage();
  await observerPage.goto(await createBoardLink(laptopPage, boardPath, { role: 'observer', name: 'Bappeda' }));
  const onObserver = new BoardPage(observerPage);
  await onObserver.waitForEditor();
  await onObserver.expectShape(shape, 5000);
  await expect(observerPage.getByTestId('read-only-label')).toBeVisible();
  await laptopContext.close();
  await observerContext.close();
});

test('the board page refuses a visitor who is neither signed in nor holding a token', async ({ page }) => {
  await page.goto('/board/AAAAAAAAAAAAAAAAAAAAA');
  await expect(page.locator('p[role=alert]')).toContainText('tidak punya akses');
});
