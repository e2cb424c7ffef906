import { expect, test, type Page } from '@playwright/test';
import { SAME_ORIGIN } from './pages/sameOrigin';
import { tablet } from './pages/devices';
import { facilitatorInRunningSession } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { JoinPage } from './pages/JoinPage';
import { BoardPage } from './pages/BoardPage';
import { ProjectorPage } from './pages/ProjectorPage';
import { SessionTimerPanel } from './pages/SessionTimerPanel';
import { SignInPage } from './pages/SignInPage';

/** A tablet joined by code, on its group's own board. */
async function groupTablet(page: Page, code: string, name: string, group: string) {
  await new JoinPage(page).joinWithCode(code, name);
  await page.getByTestId('pick-group').filter({ hasText: group }).tap();
  await expect(page).toHaveURL(/\/board\//);
  await new BoardPage(page).waitForEditor();
  return new SessionTimerPanel(page);
}

test('the facilitator runs the session timer from the plenary board: both group tablets and the projector show the same timer', async ({ browser }) => {
  test.setTimeout(150_000);
  // Session 1 of 3.1 (Harapan/Kenyataan) runs: its group boards get the sheet with its areas.
  const { context: laptopContext, page: facilitator, workshopPath, workshopId, code } = await facilitatorInRunningSession(browser, { title: 'Lokakarya Satu Waktu', pdam: 'PDAM Tirta Waktu' }, '3.1', ['Kelompok Hulu', 'Kelompok Hilir']);

  const tabletA = await (await browser.newContext(tablet)).newPage();
  const tabletB = await (await browser.newContext(tablet)).newPage();
  const timerA = await groupTablet(tabletA, code, 'Ibu Sari', 'Kelompok Hulu');
  const timerB = await groupTablet(tabletB, code, 'Pak Budi', 'Kelompok Hilir');

  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projectorTab = await projectorContext.newPage();
  const account = firstFacilitator();
  await new SignInPage(projectorTab).signIn(account.email, account.password);
  await new ProjectorPage(projectorTab).openFor(workshopId);
  const projectorTimer = new SessionTimerPanel(projectorTab);

  // The facilitator on the plenary board itself (not the console): the timer offers the agenda's length.
  await facilitator.goto(workshopPath);
  await facilitator.locator('[data-testid=board-link][data-kind=plenary]').click();
  await new BoardPage(facilitator).waitForEditor();
  await expect(facilitator.getByTestId('timer-minutes')).toHaveValue('90');
  const plenaryTimer = new SessionTimerPanel(facilitator);
  await plenaryTimer.start(1);

  for (const screen of [timerA, timerB, projectorTimer]) {
    await expect(screen.page.getByTestId('session-timer')).toHaveAttribute('data-running', 'true');
    await expect(screen.remaining()).toHaveText(/^(1:00|0:5\d)$/);
  }
  await expect(tabletA.getByTestId('timer-start')).toHaveCount(0);

  // Paused on the plenary: every screen freezes at the same time left.
  await plenaryTimer.pause();
  const frozen = await plenaryTimer.text();
  for (const screen of [timerA, timerB, projectorTimer]) {
    await expect(screen.page.getByTestId('session-timer')).toHaveAttribute('data-running', 'false');
    await expect(screen.remaining()).toHaveText(frozen);
  }

  // Five more minutes from the plenary reach the group tablets too.
  await facilitator.getByTestId('timer-extend').click();
  const extended = `${Number(frozen.split(':')[0]) + 5}:${frozen.split(':')[1]}`;
  for (const screen of [plenaryTimer, timerA, timerB, projectorTimer]) await expect(screen.remaining()).toHaveText(extended);

  // A tablet that calls the route itself is refused as forbidden (it is known, but does not manage the workshop), and nothing changes.
  const refused = await tabletA.request.post(`/api/workshops/${workshopId}/timer`, { data: { action: 'start', minutes: 1 }, headers: SAME_ORIGIN });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'forbidden' });
  await tabletA.waitForTimeout(1000);
  for (const screen of [timerA, timerB]) {
    await expect(screen.page.getByTestId('session-timer')).toHaveAttribute('data-running', 'false');
    await expect(screen.remaining()).toHaveText(extended);
  }

  await laptopContext.close();
  await tabletA.context().close();
  await tabletB.context().close();
  await projectorContext.close();
});
