import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { laptop, tablet } from './pages/devices';
import { E2E_BASE_URL } from './pages/e2eServer';
import { facilitatorOnNewWorkshop, facilitatorWithGroups, pickGroup } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

// The suite reaches the server on 127.0.0.2, not localhost, as tablets reach a venue laptop by its
// LAN address: the links must be built on that address and must work there.

test('a facilitator invites an observer and a participant; each link opens on a device of its own and the roles hold', async ({ browser }) => {
  const { context: laptopContext, workshopId, people } = await facilitatorWithGroups(browser, { title: 'Lokakarya Undangan', pdam: 'PDAM Tirta Undangan' }, ['Kelompok Jaringan']);
  const participantLink = await people.inviteLink('participant');
  const observerLink = await people.inviteLink('observer');
  for (const link of [participantLink, observerLink]) expect(link.startsWith(`${E2E_BASE_URL}/join?invite=`)).toBe(true);

  // The participant joins from a tablet of their own, picks a group and writes on its board.
  const participant = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(participant).joinWithLink(participantLink, 'Ibu Dewi');
  await expect(participant.getByTestId('observer-note')).toHaveCount(0);
  await pickGroup(participant, 'Kelompok Jaringan');
  await expect(participant).toHaveURL(/\/board\//);
  const groupBoardPath = new URL(participant.url()).pathname;
  const onTablet = new BoardPage(participant);
  await onTablet.waitForEditor();
  await expect(participant.getByTestId('read-only-label')).toHaveCount(0);
  const card = await onTablet.addRectangle(120, 120, 'dewi');

  // The observer joins from a laptop elsewhere: sees that card live, may write nowhere, picks no group.
  const observer = await (await browser.newContext(laptop)).newPage();
  await new JoinPage(observer).joinWithLink(observerLink, 'Bapak dari Bappeda');
  await expect(observer.getByTestId('observer-note')).toBeVisible();
  await expect(observer.getByTestId('pick-group')).toHaveCount(0);
  const watching = new BoardPage(observer);
  await watching.open(groupBoardPath);
  await watching.expectShape(card, 5000);
  await expect(observer.getByTestId('read-only-label')).toBeVisible();

  // The facilitator sees each with the role their link fixed.
  await people.waitForParticipant('Bapak dari Bappeda');
  await expect(people.participant('Ibu Dewi').getByTestId('participant-role')).toHaveValue('participant');
  await expect(people.participant('Bapak dari Bappeda').getByTestId('participant-role')).toHaveValue('observer');
  expect(new URL(people.page.url()).pathname).toBe(`/w/${workshopId}/people`);

  await laptopContext.close();
  await participant.context().close();
  await observer.context().close();
});

test('a board link shared from the workshop page is built on the address in use and opens the board for its role', async ({ browser }) => {
  const { context: laptopContext, page: facilitator } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Bagikan', pdam: 'PDAM Tirta Bagikan' });
  const plenary = facilitator.locator('li', { has: facilitator.locator('[data-testid=board-link][data-kind=plenary]') });
  await plenary.getByTestId('share-board').click();
  await plenary.getByTestId('share-name').fill('Tablet Bappeda');
  await plenary.getByTestId('share-observer').click();
  const link = await plenary.getByTestId('share-link').inputValue();
  expect(link.startsWith(`${E2E_BASE_URL}/board/`)).toBe(true);

  const tabletPage = await (await browser.newContext(tablet)).newPage();
  const board = new BoardPage(tabletPage);
  await board.open(link);
  await expect(tabletPage.getByTestId('read-only-label')).toBeVisible();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');

  await laptopContext.close();
  await tabletPage.context().close();
});
