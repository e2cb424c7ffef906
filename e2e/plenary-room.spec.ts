import { expect, test, type Page } from '@playwright/test';
import { CardBoardPage } from './pages/CardBoardPage';
import { ConsolePage } from './pages/ConsolePage';
import { tablet } from './pages/devices';
import { facilitatorInRunningSession } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { JoinPage } from './pages/JoinPage';
import { ProjectorPage } from './pages/ProjectorPage';
import { SignInPage } from './pages/SignInPage';

/** Writes a card inside the first template area whose role starts with `rolePrefix` (e.g. 'harapan:'). */
async function addCardInArea(board: CardBoardPage, rolePrefix: string, text: string, slot = 0) {
  const corner = async () =>
    board.page.evaluate((prefix) => {
      type Shape = { type: string; x: number; y: number; props: { role?: string } };
      const editor = (window as unknown as { __planoEditor: { getCurrentPageShapes(): Shape[] } }).__planoEditor;
      const area = editor.getCurrentPageShapes().find((shape) => shape.type === 'plano-area' && shape.props.role?.startsWith(prefix));
      return area ? { x: area.x, y: area.y } : null;
    }, rolePrefix);
  // The sheet is laid when the group first opens its board.
  await expect.poll(corner).not.toBeNull();
  const { x, y } = (await corner())!;
  await board.addCard(text, x + 40 + slot * 270, y + 80);
}

/** The cards and block headings the plenary shows (read on the projector). */
async function plenaryReading(page: Page) {
  return page.evaluate(() => {
    type Shape = { type: string; props: { text?: string; role?: string; label?: { id: string } }; meta: { groupName?: string; gatheredBlock?: unknown } };
    const editor = (window as unknown as { __planoEditor: { getCurrentPageShapes(): Shape[] } }).__planoEditor;
    const shapes = editor.getCurrentPageShapes();
    return {
      cards: shapes
        .filter((shape) => shape.type === 'plano-card')
        .map((shape) => `${shape.meta.groupName ?? '?'}: ${shape.props.text}`)
        .sort(),
      headings: shapes
        .filter((shape) => shape.type === 'plano-area' && shape.meta.gatheredBlock)
        .map((shape) => shape.props.label?.id ?? '')
        .sort(),
    };
  });
}

test('the facilitator’s room: chosen groups gathered in blocks, an agenda-timed session on every screen, group boards locked at time up, others’ boards read-only', async ({ browser }) => {
  test.setTimeout(180_000);
  // Session 1 of 3.1 (Harapan/Kenyataan) runs: its group boards get the sheet with its areas.
  const { context: laptopContext, page: facilitator, workshopId, code } = await facilitatorInRunningSession(browser, { title: 'Lokakarya Ruang Pleno', pdam: 'PDAM Tirta Pleno' }, '3.1', ['Kelompok Hulu', 'Kelompok Hilir']);

  const tabletA = await (await browser.newContext(tablet)).newPage();
  const tabletB = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(tabletA).joinWithCode(code, 'Ibu Sari');
  await new JoinPage(tabletB).joinWithCode(code, 'Pak Budi');
  await tabletA.getByTestId('pick-group').filter({ hasText: 'Kelompok Hulu' }).tap();
  await tabletB.getByTestId('pick-group').filter({ hasText: 'Kelompok Hilir' }).tap();
  await expect(tabletA).toHaveURL(/\/board\//);
  await expect(tabletB).toHaveURL(/\/board\//);
  const ownBoardA = tabletA.url();
  const boardA = new CardBoardPage(tabletA);
  const boardB = new CardBoardPage(tabletB);
  await boardA.waitForEditor();
  await boardB.waitForEditor();
  await addCardInArea(boardA, 'harapan:', 'Air mengalir 24 jam');
  await addCardInArea(boardA, 'kenyataan:', 'Air sering keruh');
  await addCardInArea(boardB, 'harapan:', 'Tekanan air stabil');

  // A group looks at another group's board: listed as view only, opened read-only, then back home.
  await tabletA.getByTestId('board-switcher-toggle').tap();
  const toHilir = tabletA.getByTestId('board-switcher-link').filter({ hasText: 'Kelompok Hilir' });
  await expect(toHilir).toHaveAttribute('data-writable', 'false');
  await expect(toHilir).toContainText('hanya lihat');
  await toHilir.tap();
  await boardA.waitForEditor();
  await expect(tabletA.getByTestId('read-only-label')).toBeVisible();
  await expect.poll(async () => (await boardA.cards()).map((card) => card.text)).toEqual(['Tekanan air stabil']);
  await tabletA.getByTestId('board-switcher-toggle').tap();
  const home = tabletA.getByTestId('board-switcher-link').filter({ hasText: 'Kelompok Hulu' });
  await expect(home).toHaveAttribute('data-writable', 'true');
  await home.tap();
  await expect(tabletA).toHaveURL(ownBoardA);
  await boardA.waitForEditor();
  await expect(tabletA.getByTestId('read-only-label')).toHaveCount(0);

  // The console: the timer starts from the session's length on the agenda.
  const console_ = new ConsolePage(facilitator);
  await console_.openFromWorkshop(workshopId);
  await expect(facilitator.getByTestId('console-agenda-minutes')).toContainText('90');
  await expect(facilitator.getByTestId('timer-minutes')).toHaveValue('90');
  await expect(console_.cardCount('Kelompok Hulu')).toHaveAttribute('data-count', '2');
  await expect(console_.cardCount('Kelompok Hilir')).toHaveAttribute('data-count', '1');

  // The projector on the room's PC (the facilitator's account).
  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projectorTab = await projectorContext.newPage();
  const account = firstFacilitator();
  await new SignInPage(projectorTab).signIn(account.email, account.password);
  const projector = new ProjectorPage(projectorTab);
  await projector.openFor(workshopId);

  // Gather only Kelompok Hulu (Hilir has not presented yet), then everyone: nothing twice.
  await facilitator.locator('[data-testid=gather-group]').filter({ hasText: 'Kelompok Hilir' }).locator('input').uncheck();
  await facilitator.getByTestId('gather-to-plenary').click();
  await expect(facilitator.getByTestId('gather-result')).toHaveAttribute('data-added', '2');
  await expect
    .poll(() => plenaryReading(projectorTab))
    .toEqual({
      cards: ['Kelompok Hulu: Air mengalir 24 jam', 'Kelompok Hulu: Air sering keruh'],
      headings: [expect.stringMatching(/^Kelompok Hulu · Harapan · /), expect.stringMatching(/^Kelompok Hulu · Kenyataan · /)],
    });
  await facilitator.locator('[data-testid=gather-group]').filter({ hasText: 'Kelompok Hilir' }).locator('input').check();
  await facilitator.getByTestId('gather-to-plenary').click();
  await expect(facilitator.getByTestId('gather-result')).toHaveAttribute('data-added', '1');
  await expect(facilitator.getByTestId('gather-result')).toHaveAttribute('data-skipped', '2');
  await expect
    .poll(async () => (await plenaryReading(projectorTab)).cards)
    .toEqual(['Kelompok Hilir: Tekanan air stabil', 'Kelompok Hulu: Air mengalir 24 jam', 'Kelompok Hulu: Air sering keruh']);

  // A short session timer (fifteen seconds) shows on both tablets' own boards and on the projector.
  await facilitator.getByTestId('timer-minutes').fill('0.25');
  await facilitator.getByTestId('timer-start').click();
  for (const screen of [tabletA, tabletB, projectorTab]) {
    await expect(screen.getByTestId('session-timer')).toHaveAttribute('data-running', 'true');
    await expect(screen.getByTestId('timer-start')).toHaveCount(0);
  }
  await expect(tabletA.getByTestId('session-timer')).toHaveAttribute('data-finished', 'true', { timeout: 30_000 });
  await expect(tabletB.getByTestId('session-timer')).toHaveAttribute('data-finished', 'true');

  // Time is up: the console offers the lock, one tap locks every group board.
  await expect(facilitator.getByTestId('time-up-lock-prompt')).toBeVisible();
  await facilitator.getByTestId('lock-all-group-boards').click();
  await expect(facilitator.getByTestId('group-boards-lock')).toHaveAttribute('data-locked', '2');
  await expect(facilitator.getByTestId('time-up-lock-prompt')).toHaveCount(0);
  for (const screen of [tabletA, tabletB]) await expect(screen.getByTestId('read-only-label')).toContainText('dikunci fasilitator');

  // A tampered tablet writes straight into its document: the server keeps it off the board.
  await tabletA.evaluate(() => {
    type YMap = { values(): IterableIterator<Record<string, unknown>>; set(key: string, value: unknown): void };
    const ydoc = (window as unknown as { __planoYdoc: { getMap(name: string): YMap } }).__planoYdoc;
    const records = ydoc.getMap('tldraw');
    const card = [...records.values()].find((record) => record.type === 'plano-card') as { props: Record<string, unknown> };
    records.set('shape:after-time-up', { ...card, id: 'shape:after-time-up', props: { ...card.props, text: 'Terlambat' } });
  });
  await facilitator.waitForTimeout(2000);
  await expect(console_.cardCount('Kelompok Hulu')).toHaveAttribute('data-count', '2');

  // Unlocked again, the groups write on.
  await facilitator.getByTestId('unlock-all-group-boards').click();
  await expect(facilitator.getByTestId('group-boards-lock')).toHaveAttribute('data-locked', '0');
  await expect(tabletB.getByTestId('read-only-label')).toHaveCount(0);

  await laptopContext.close();
  await tabletA.context().close();
  await tabletB.context().close();
  await projectorContext.close();
});
