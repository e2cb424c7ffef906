import { expect, test } from '@playwright/test';
import { laptop } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { SignInPage } from './pages/SignInPage';
import { demoWorkshopLink } from './pages/demoWorkshop';

test('a session closes with the next meeting in the workshop’s time zone and follow-ups with owners', async ({ browser }) => {
  const account = firstFacilitator();
  const page = await (await browser.newContext(laptop)).newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  await demoWorkshopLink(page).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);

  // The workshop is in Makassar: WITA.
  await page.getByTestId('open-details').click();
  const details = page.getByTestId('details-form');
  await details.locator('input[name=region]').fill('Kota Makassar');
  await details.locator('input[name=startsOn]').fill('2026-12-01');
  await details.locator('input[name=endsOn]').fill('2026-12-03');
  await details.locator('select[name=timeZone]').selectOption('WITA');
  await details.getByRole('button').click();
  await page.getByRole('link', { name: /Kembali/ }).click();

  await page.getByTestId('open-calendar').click();
  const meeting = page.getByTestId('add-meeting');
  await meeting.locator('input[name=date]').fill('2026-12-08');
  await meeting.locator('input[name=time]').fill('09:00');
  await meeting.locator('select[name=topicId]').selectOption('2.1');
  await meeting.locator('input[name=agenda]').fill('Menetapkan isu utama pelayanan');
  await meeting.locator('input[name=invitees]').fill('Pokja, Bappeda, Forum Pelanggan');
  await meeting.getByRole('button').click();
  const listed = page.getByTestId('meeting').filter({ hasText: 'Menetapkan isu utama pelayanan' });
  await expect(listed).toContainText('Selasa, 8 Desember 2026 09.00 WITA');
  await expect(listed).toContainText('2.1 Isu Utama Pelayanan PDAM');

  const followUp = page.getByTestId('add-follow-up');
  await followUp.locator('input[name=description]').fill('Siapkan draf SK Kelompok Kerja');
  await followUp.locator('input[name=owner]').fill('Bagian Hukum Pemda');
  await followUp.locator('input[name=dueOn]').fill('2026-12-05');
  await followUp.locator('select[name=topicId]').selectOption('1.1');
  await followUp.getByRole('button').click();
  const item = page.getByTestId('follow-up').filter({ hasText: 'Siapkan draf SK Kelompok Kerja' });
  await expect(item).toContainText('Bagian Hukum Pemda');
  await expect(item).toContainText('Sabtu, 5 Desember 2026');
  await item.getByTestId('follow-up-status').selectOption('done');
  await expect(item).toHaveAttribute('data-status', 'done');

  // The same screen in English.
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'Work calendar and follow-ups' })).toBeVisible();
  await expect(page.getByTestId('meeting').first()).toContainText('WITA');
});
