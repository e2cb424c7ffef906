import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { coFacilitatorOn } from './pages/coFacilitator';
import { laptop, tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

test('a board link listed on the people screen is revoked with Cabut: the tablet on it is cut within 5 s and the link opens nothing after', async ({ browser }) => {
  const { context: laptopContext, page: facilitator, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Cabut', pdam: 'PDAM Cabut' });
  const plenary = facilitator.locator('li', { has: facilitator.locator('[data-testid=board-link][data-kind=plenary]') });
  await plenary.getByTestId('share-board').click();
  await plenary.getByTestId('share-name').fill('Tablet Bappeda');
  await plenary.getByTestId('share-observer').click();
  const link = await plenary.getByTestId('share-link').inputValue();

  const tabletPage = await (await browser.newContext(tablet)).newPage();
  const board = new BoardPage(tabletPage);
  await board.open(link);
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');

  await people.open(workshopId);
  const listed = facilitator.getByTestId('active-link').filter({ hasText: 'Tablet Bappeda' });
  await expect(listed).toContainText('Tautan papan');
  await expect(listed).toContainText('Pengamat');
  facilitator.once('dialog', (dialog) => void dialog.accept());
  const revokedAt = Date.now();
  await listed.getByTestId('revoke-link').click();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'denied', { timeout: 5000 });
  expect(Date.now() - revokedAt).toBeLessThan(5000);
  await expect(listed).toHaveCount(0);

  await tabletPage.goto(link);
  await expect(tabletPage.locator('main p[role=alert]')).toContainText('Anda tidak punya akses ke papan ini');
  await laptopContext.close();
  await tabletPage.context().close();
});

test('revoking an invitation stops it working and removes whoever joined by it', async ({ browser }) => {
  const { context: laptopContext, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Undangan Dicabut', pdam: 'PDAM Cabut' });
  await people.open(workshopId);
  const invite = await people.inviteLink('observer');
  const remote = await (await browser.newContext(laptop)).newPage();
  await new JoinPage(remote).joinWithLink(invite, 'Tamu dari Jauh');
  await remote.locator('[data-testid=readable-board][data-kind=plenary]').click();
  const board = new BoardPage(remote);
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');

  await people.waitForParticipant('Tamu dari Jauh');
  people.page.once('dialog', (dialog) => void dialog.accept());
  await people.page.getByTestId('active-link').filter({ hasText: 'Undangan' }).getByTestId('revoke-link').click();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'denied', { timeout: 5000 });
  await expect(people.participant('Tamu dari Jauh')).toHaveCount(0);

  // The link no longer lets anyone in.
  const late = await (await browser.newContext(laptop)).newPage();
  await late.goto(invite);
  await late.locator('input[name=name]').fill('Terlambat');
  await late.getByTestId('join-form').getByRole('button').click();
  await expect(late.getByTestId('join-form').getByRole('alert')).toContainText('tidak berlaku lagi');
  await laptopContext.close();
  await remote.context().close();
  await late.context().close();
});

test('a co-facilitator invitation works once; a removed co-facilitator is cut off from the workshop’s boards and pages', async ({ browser }) => {
  const { context: leadContext, page: lead, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Pendamping', pdam: 'PDAM Pendamping' });
  await people.open(workshopId);
  await lead.getByTestId('invite-facilitator').click();
  const invite = await lead.getByTestId('invite-link').inputValue();
  await expect(lead.getByTestId('active-link').filter({ hasText: 'sekali pakai' })).toHaveCount(1);

  const partner = await (await browser.newContext(laptop)).newPage();
  await partner.goto(invite);
  const form = partner.getByTestId('cofacilitate-form');
  await form.locator('input[name=name]').fill('Ibu Rina');
  await form.locator('input[name=email]').fill('rina.sekali@pdam.example');
  await form.locator('input[name=password]').fill('kata-sandi-rina');
  await form.getByRole('button').click();
  await expect(partner).toHaveURL(new RegExp(`/w/${workshopId}$`));

  // The same link a second time: refused, and no second account joins.
  const second = await (await browser.newContext(laptop)).newPage();
  await second.goto(invite);
  await expect(second.locator('p[role=alert]')).toContainText('tidak berlaku');
  await people.open(workshopId);
  await expect(lead.getByTestId('facilitator-row')).toHaveCount(2);
  await expect(lead.getByTestId('active-link').filter({ hasText: 'sekali pakai' })).toHaveCount(0);

  // The partner has the plenary open; the lead removes her.
  await partner.locator('[data-testid=board-link][data-kind=plenary]').click();
  const board = new BoardPage(partner);
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  lead.once('dialog', (dialog) => void dialog.accept());
  await lead.locator('[data-testid=facilitator-row][data-email="rina.sekali@pdam.example"]').getByTestId('remove-facilitator').click();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'denied', { timeout: 5000 });
  await expect(lead.getByTestId('facilitator-row')).toHaveCount(1);
  await partner.goto(`/w/${workshopId}`);
  await expect(partner.getByTestId('open-people')).toHaveCount(0);

  await leadContext.close();
  await partner.context().close();
  await second.context().close();
});

test('the workshop’s creator and oneself cannot be removed, not even by calling the route', async ({ browser }) => {
  const { context: leadContext, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Pembuat', pdam: 'PDAM Pembuat' });
  const partner = await coFacilitatorOn(browser, people, workshopId, { name: 'Pak Dedi', email: 'dedi@pdam.example', password: 'kata-sandi-dedi' });
  await people.open(workshopId);
  const rows = people.page.getByTestId('facilitator-row');
  await expect(rows.filter({ hasText: 'dedi@pdam.example' }).getByTestId('remove-facilitator')).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'dedi@pdam.example' }).getByTestId('remove-facilitator')).toHaveCount(0);

  // The co-facilitator sees no button to remove the creator or himself, and the route refuses both.
  await partner.goto(`/w/${workshopId}/people`);
  await expect(partner.getByTestId('remove-facilitator')).toHaveCount(0);
  const ids = await partner.getByTestId('facilitator-row').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-user-id')));
  for (const userId of ids) {
    const status = await partner.evaluate(async (url) => (await fetch(url, { method: 'DELETE', headers: { 'content-type': 'application/json' } })).status, `/api/workshops/${workshopId}/members/${userId}`);
    expect(status).toBe(403);
  }
  await partner.reload();
  await expect(partner.getByTestId('facilitator-row')).toHaveCount(2);
  await leadContext.close();
  await partner.context().close();
});
