import { expect, test } from '@playwright/test';
import { laptop } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { PeoplePage } from './pages/PeoplePage';
import { SignInPage } from './pages/SignInPage';
import { demoWorkshopLink } from './pages/demoWorkshop';

test('a facilitator invites a co-facilitator, who makes an account and runs the same workshop', async ({ browser }) => {
  const account = firstFacilitator();
  const lead = await (await browser.newContext(laptop)).newPage();
  await new SignInPage(lead).signIn(account.email, account.password);
  await demoWorkshopLink(lead).click();
  await expect(lead).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopPath = new URL(lead.url()).pathname;
  const people = new PeoplePage(lead);
  await people.open(workshopPath.split('/')[2]);
  await lead.getByTestId('invite-facilitator').click();
  const link = await lead.getByTestId('invite-link').inputValue();
  expect(link).toContain('/cofacilitate?invite=');

  const partner = await (await browser.newContext(laptop)).newPage();
  await partner.goto(link);
  const form = partner.getByTestId('cofacilitate-form');
  await form.locator('input[name=name]').fill('Ibu Rina');
  await form.locator('input[name=email]').fill('rina@pdam.example');
  await form.locator('input[name=password]').fill('kata-sandi-rina');
  await form.getByRole('button').click();
  await expect(partner).toHaveURL(new RegExp(`${workshopPath}$`));
  await partner.getByTestId('open-people').click();
  await expect(partner.getByTestId('join-code')).toBeVisible();

  // The co-facilitator records the working group's chair on the roster.
  const roster = partner.getByTestId('add-roster-entry');
  await roster.locator('input[name=name]').fill('Drs. Hasan');
  await roster.locator('input[name=organisation]').fill('Bappeda');
  await roster.locator('input[name=position]').fill('Kepala Bidang Infrastruktur');
  await roster.locator('select[name=role]').selectOption('pokja-chair');
  await roster.getByRole('button').click();
  await expect(partner.getByTestId('roster-entry').filter({ hasText: 'Drs. Hasan' })).toContainText('Ketua Pokja');

  // The link is no pass into other workshops: a forged one is refused.
  await partner.goto('/cofacilitate?invite=not-a-real-invite');
  await expect(partner.locator('p[role=alert]')).toContainText('tidak berlaku');
});
