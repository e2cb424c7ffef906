import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { laptop } from './pages/devices';
import { facilitatorOnFirstWorkshop, facilitatorWithGroups, pickGroup, tabletJoinedByCode } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

test('participants join by code on tablets, land on their own group boards, and a removed one is cut off', async ({ browser }) => {
  // A new workshop, and the groups of the session.
  const { context: laptopContext, page: facilitator, workshopId, people, code } = await facilitatorWithGroups(
    browser,
    { title: 'Lokakarya STPP Kota Uji', pdam: 'PDAM Tirta Uji' },
    ['Kelompok Air Bersih', 'Kelompok Pelayanan'],
  );

  // Two tablets join with the code: no account, no password.
  const tabletA = await tabletJoinedByCode(browser, code, 'Ibu Sari', 'Bappeda');
  const tabletB = await tabletJoinedByCode(browser, code, 'Pak Budi');

  // Sari picks her group with one tap; the facilitator places Budi.
  await pickGroup(tabletA, 'Kelompok Air Bersih');
  // Picking a group lands on its board; her home screen now names the group.
  await expect(tabletA).toHaveURL(/\/board\//);
  await tabletA.goto('/me');
  await expect(tabletA.getByTestId('my-group')).toContainText('Kelompok Air Bersih');
  await people.waitForParticipant('Pak Budi');
  await people.putInGroup('Pak Budi', 'Kelompok Pelayanan');
  await tabletB.reload();
  await expect(tabletB.getByTestId('my-group')).toContainText('Kelompok Pelayanan');

  // Each lands on their own group board and may write there.
  await tabletA.getByTestId('open-group-board').tap();
  const boardA = new BoardPage(tabletA);
  await boardA.waitForEditor();
  await expect(tabletA.getByTestId('read-only-label')).toHaveCount(0);
  const sariCard = await boardA.addRectangle(100, 100, 'sari');
  const groupABoard = new URL(tabletA.url()).pathname;

  await tabletB.getByTestId('open-group-board').tap();
  const boardB = new BoardPage(tabletB);
  await boardB.waitForEditor();
  await expect(tabletB.getByTestId('read-only-label')).toHaveCount(0);

  // Budi may look at Sari's group board but not write on it.
  await tabletB.goto(groupABoard);
  await boardB.waitForEditor();
  await boardB.expectShape(sariCard, 5000);
  await expect(tabletB.getByTestId('read-only-label')).toBeVisible();

  // The facilitator follows group A's board; then removes Sari, whose connection is cut at once.
  const onLaptop = new BoardPage(facilitator);
  await onLaptop.open(groupABoard);
  await onLaptop.expectShape(sariCard, 5000);
  await people.page.goto(`/w/${workshopId}/people`);
  await people.remove('Ibu Sari');
  await expect(boardA.connectionBadge()).toHaveAttribute('data-status', 'denied', { timeout: 5000 });
  const afterRemoval = await boardA.addRectangle(300, 300, 'afterRemoval');
  await onLaptop.open(groupABoard);
  await onLaptop.expectShape(sariCard, 5000);
  await facilitator.waitForTimeout(500);
  expect(await onLaptop.shapeIds()).not.toContain(afterRemoval);
  await tabletA.goto('/me');
  await expect(tabletA.getByRole('link', { name: /Gabung sekarang/ })).toBeVisible();

  await laptopContext.close();
  await tabletA.context().close();
  await tabletB.context().close();
});

test('a remote observer joins by invite link and cannot write anywhere', async ({ browser }) => {
  const { context: laptopContext, page: facilitator, workshopId, people } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  const invite = await people.inviteLink('observer');

  const remote = await (await browser.newContext(laptop)).newPage();
  await new JoinPage(remote).joinWithLink(invite, 'Bapak dari Bappeda');
  await expect(remote.getByTestId('observer-note')).toBeVisible();
  await remote.locator('[data-testid=readable-board][data-kind=plenary]').click();
  const onRemote = new BoardPage(remote);
  await onRemote.waitForEditor();
  await expect(remote.getByTestId('read-only-label')).toBeVisible();
  await expect(onRemote.connectionBadge()).toHaveAttribute('data-status', 'online');
  const plenaryPath = new URL(remote.url()).pathname;

  // Even a change written straight into the shared document, around the read-only UI, reaches
  // nobody: the server drops an observer's updates.
  const sneaky = await remote.evaluate(() => {
    type YMap = { set(key: string, value: unknown): void; get(key: string): { id: string } | undefined };
    const ydoc = (window as unknown as { __planoYdoc: { getMap(name: string): YMap } }).__planoYdoc;
    const records = ydoc.getMap('tldraw');
    const template = records.get('page:page');
    records.set('document:sneaky', { ...template, id: 'document:sneaky' });
    return 'document:sneaky';
  });
  const onLaptop = new BoardPage(facilitator);
  await onLaptop.open(plenaryPath);
  const honest = await onLaptop.addRectangle(500, 500, 'honest');
  await onRemote.expectShape(honest, 5000);
  const laptopHas = await facilitator.evaluate(
    (key) => (window as unknown as { __planoYdoc: { getMap(name: string): { has(k: string): boolean } } }).__planoYdoc.getMap('tldraw').has(key),
    sneaky,
  );
  expect(laptopHas).toBe(false);

  await laptopContext.close();
  await remote.context().close();
});
