import { expect, test, type Page } from '@playwright/test';
import { CardBoardPage } from './pages/CardBoardPage';
import { ConsolePage } from './pages/ConsolePage';
import { facilitatorWithGroups, pickGroup, tabletJoinedByCode } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { ProjectorPage, viewportCenter } from './pages/ProjectorPage';
import { SessionTimerPanel } from './pages/SessionTimerPanel';
import { SignInPage } from './pages/SignInPage';

/** Cards the board's (topmost) editor shows, by text. */
async function cardTexts(page: Page): Promise<string[]> {
  return new CardBoardPage(page).cards().then((cards) => cards.map((card) => card.text).sort());
}

async function distance(a: Page, b: Page): Promise<number> {
  const [ca, cb] = await Promise.all([viewportCenter(a), viewportCenter(b)]);
  return Math.hypot(ca.x - cb.x, ca.y - cb.y);
}

test('the facilitator runs the room from the console: live group boards, spotlight, follow me, raised hands', async ({ browser }) => {
  const { context: laptopContext, page: laptopPage, workshopId, code } = await facilitatorWithGroups(browser, { title: 'Lokakarya Konsol Uji', pdam: 'PDAM Tirta Konsol' }, [
    'Kelompok Air Bersih',
    'Kelompok Pelayanan',
  ]);

  // Two group tablets join by code and land on their group boards.
  const tabletA = await tabletJoinedByCode(browser, code, 'Ibu Sari');
  const tabletB = await tabletJoinedByCode(browser, code, 'Pak Budi');
  await pickGroup(tabletA, 'Kelompok Air Bersih');
  await pickGroup(tabletB, 'Kelompok Pelayanan');
  const boardA = new CardBoardPage(tabletA);
  const boardB = new CardBoardPage(tabletB);
  await boardA.waitForEditor();
  await boardB.waitForEditor();

  // The console shows both boards live: cards as the groups write them, and who is on each.
  const console_ = new ConsolePage(laptopPage);
  await console_.openFromWorkshop(workshopId);
  await expect(console_.onlineCount('Kelompok Air Bersih')).toHaveAttribute('data-count', '1');
  await expect(console_.onlinePeople('Kelompok Air Bersih')).toHaveText('Ibu Sari');
  await expect(console_.onlinePeople('Kelompok Pelayanan')).toHaveText('Pak Budi');
  await expect(console_.cardCount('Kelompok Air Bersih')).toHaveAttribute('data-count', '0');
  await boardA.addCard('Pipa sering bocor', 100, 100);
  await boardA.addCard('Tekanan air rendah', 100, 400);
  await boardB.addCard('Antrean pengaduan panjang', 100, 100);
  await expect(console_.cardCount('Kelompok Air Bersih')).toHaveAttribute('data-count', '2');
  await expect(console_.cardCount('Kelompok Pelayanan')).toHaveAttribute('data-count', '1');
  await expect(console_.thumbnail('Kelompok Air Bersih')).toHaveAttribute('data-cards', '2');
  await expect(console_.board('Kelompok Air Bersih').getByTestId('console-last-change')).toContainText(/baru saja/);
  await expect(console_.connected()).toHaveCount(2);
  await expect(console_.notConnected()).toHaveCount(0);

  // The projector (the facilitator's account on the room's PC) shows the plenary...
  const account = firstFacilitator();
  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projectorTab = await projectorContext.newPage();
  await new SignInPage(projectorTab).signIn(account.email, account.password);
  await new ProjectorPage(projectorTab).openFor(workshopId);
  await expect(projectorTab.getByTestId('projector-spotlight')).toHaveCount(0);
  // The session timer runs from the console; the projector counts down with it.
  await new SessionTimerPanel(laptopPage).start(1);
  await expect(projectorTab.getByTestId('timer-remaining')).toHaveText(/^(1:00|0:5\d)$/);

  // ...until the facilitator spotlights a group: then that group's board, read-only, and back.
  const boardBName = await console_.docNameOf('Kelompok Pelayanan');
  await console_.spotlight('Kelompok Pelayanan');
  await expect(projectorTab.getByTestId('projector-spotlight')).toHaveAttribute('data-doc', boardBName);
  await expect(projectorTab.getByTestId('projector-spotlight-banner')).toContainText('Kelompok Pelayanan');
  await expect.poll(() => cardTexts(projectorTab), { timeout: 15_000 }).toEqual(['Antrean pengaduan panjang']);
  await expect(console_.page.getByTestId('console-projected')).toHaveAttribute('data-doc', boardBName);
  await console_.releaseSpotlight();
  await expect(projectorTab.getByTestId('projector-spotlight')).toHaveCount(0);

  // A raised hand on a group board reaches the console with name and group, and can be lowered.
  await tabletB.getByTestId('raise-hand').tap();
  await expect(tabletB.getByTestId('raise-hand')).toHaveAttribute('aria-pressed', 'true');
  await expect(console_.raisedHand('Pak Budi')).toContainText('Kelompok Pelayanan');
  await console_.raisedHand('Pak Budi').getByTestId('console-lower-hand').click();
  await expect(tabletB.getByTestId('raise-hand')).toHaveAttribute('aria-pressed', 'false');
  await expect(console_.raisedHand('Pak Budi')).toHaveCount(0);

  // Follow me on the plenary: the facilitator's laptop leads, a participant's view follows.
  const plenaryName = (await console_.page.locator('[data-testid=console-board]').last().getAttribute('data-doc')) ?? '';
  const leader = await laptopContext.newPage();
  const leaderBoard = new CardBoardPage(leader);
  await leaderBoard.open(`/board/${plenaryName}`);
  await boardA.open(`/board/${plenaryName}`);
  await leader.getByTestId('follow-me').click();
  await expect(leader.getByTestId('leading-notice')).toBeVisible();
  await expect(tabletA.getByTestId('following-notice')).toBeVisible();
  await leader.evaluate(() => {
    type Editor = { setCamera(camera: { x: number; y: number; z: number }): void };
    (window as unknown as { __planoEditor: Editor }).__planoEditor.setCamera({ x: -2400, y: -1600, z: 1 });
  });
  await expect.poll(() => distance(leader, tabletA), { timeout: 10_000 }).toBeLessThan(5);

  // The participant steps out: the facilitator moves on without them.
  await tabletA.getByTestId('step-out').tap();
  await expect(tabletA.getByTestId('follow-again')).toBeVisible();
  const before = await viewportCenter(tabletA);
  await leader.evaluate(() => {
    type Editor = { setCamera(camera: { x: number; y: number; z: number }): void };
    (window as unknown as { __planoEditor: Editor }).__planoEditor.setCamera({ x: 1200, y: 900, z: 1 });
  });
  await tabletA.waitForTimeout(1500);
  expect(await viewportCenter(tabletA)).toEqual(before);

  // A hand raised on the plenary shows on the facilitator's board too; released, nobody follows.
  await tabletA.getByTestId('raise-hand').tap();
  await expect(leader.getByTestId('board-raised-hand').filter({ hasText: 'Ibu Sari' })).toBeVisible();
  await expect(console_.raisedHand('Ibu Sari')).toContainText('Kelompok Air Bersih');
  await leader.getByTestId('board-lower-hand').click();
  await expect(tabletA.getByTestId('raise-hand')).toHaveAttribute('aria-pressed', 'false');
  await leader.getByTestId('release-follow').click();
  await expect(tabletA.getByTestId('follow-again')).toHaveCount(0);
  await expect(tabletA.getByTestId('following-notice')).toHaveCount(0);

  await laptopContext.close();
  await projectorContext.close();
  await tabletA.context().close();
  await tabletB.context().close();
});
