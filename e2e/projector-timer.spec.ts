import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { createBoardLink } from './pages/boardLinks';
import { laptop, tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { ProjectorPage, viewportCenter } from './pages/ProjectorPage';
import { SessionTimerPanel } from './pages/SessionTimerPanel';
import { SignInPage } from './pages/SignInPage';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';

test('the facilitator runs a session timer on the plenary: tablet and projector show it, and the projector follows her view', async ({ browser }) => {
  // A workshop of its own: journeys before this one leave sessions and presences on the demo.
  const { context: laptopContext, page: facilitator, workshopId } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Proyektor', pdam: 'PDAM Tirta Proyektor' }, laptop);
  const account = firstFacilitator();
  await facilitator.locator('[data-testid=board-link][data-kind=plenary]').click();
  await expect(facilitator).toHaveURL(/\/board\//);
  const boardPath = new URL(facilitator.url()).pathname;
  const onLaptop = new BoardPage(facilitator);
  await onLaptop.waitForEditor();

  const tabletContext = await browser.newContext(tablet);
  const observer = await tabletContext.newPage();
  await observer.goto(await createBoardLink(facilitator, boardPath, { role: 'observer', name: 'Tablet Pengamat' }));
  await new BoardPage(observer).waitForEditor();

  // Start a one-minute timer: the tablet counts down with it, without controls.
  const laptopTimer = new SessionTimerPanel(facilitator);
  const tabletTimer = new SessionTimerPanel(observer);
  await laptopTimer.start(1);
  await expect(tabletTimer.remaining()).toHaveText(/^(1:00|0:5\d)$/, { timeout: 5000 });
  await expect(observer.getByTestId('timer-start')).toHaveCount(0);
  await expect(observer.getByTestId('timer-pause')).toHaveCount(0);
  await expect.poll(() => tabletTimer.text(), { timeout: 5000 }).toMatch(/^0:5\d$/);

  // Pause freezes the same time on both.
  await laptopTimer.pause();
  const frozen = await laptopTimer.text();
  await expect(tabletTimer.remaining()).toHaveText(frozen, { timeout: 5000 });
  await observer.waitForTimeout(1500);
  await expect(tabletTimer.remaining()).toHaveText(frozen);
  await expect(laptopTimer.remaining()).toHaveText(frozen);

  // The projector (the facilitator's account on the room's PC) shows the time and the join code.
  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projectorTab = await projectorContext.newPage();
  await new SignInPage(projectorTab).signIn(account.email, account.password);
  const projector = new ProjectorPage(projectorTab);
  await projector.openFor(workshopId);
  await expect(projectorTab.getByTestId('timer-remaining')).toHaveText(frozen);
  await expect(projectorTab.getByTestId('timer-start')).toHaveCount(0);
  await expect(projector.joinOverlay()).toBeVisible();
  const code = (await projectorTab.getByTestId('projector-join-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z0-9]{4,}$/);
  await expect(projectorTab.getByTestId('projector-join-url')).toContainText(`/join?code=${code}`);
  await expect(projectorTab.getByTestId('projector-qr').locator('svg')).toBeVisible();
  await projector.toggleJoinOverlay().click();
  await expect(projector.joinOverlay()).toHaveCount(0);
  await projector.toggleJoinOverlay().click();
  await expect(projector.joinOverlay()).toBeVisible();

  // The facilitator pans: the projector's view follows to the same place within a few seconds.
  await facilitator.evaluate(() => {
    type Editor = { setCamera(camera: { x: number; y: number; z: number }): void };
    (window as unknown as { __planoEditor: Editor }).__planoEditor.setCamera({ x: -2400, y: -1600, z: 1 });
  });
  const target = await viewportCenter(facilitator);
  await expect
    .poll(async () => {
      const center = await viewportCenter(projectorTab);
      return Math.hypot(center.x - target.x, center.y - target.y);
    }, { timeout: 5000 })
    .toBeLessThan(5);

  await laptopContext.close();
  await tabletContext.close();
  await projectorContext.close();
});
