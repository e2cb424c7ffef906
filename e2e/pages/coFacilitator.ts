import { expect, type Browser, type Page } from '@playwright/test';
import { laptop } from './devices';
import type { PeoplePage } from './PeoplePage';

/**
 * A colleague invited as co-facilitator of the workshop, with an account of their own, signed in
 * on a laptop of theirs (journeys that change or guess passwords use such an account, so the first
 * facilitator's, which every journey signs in with, stays as it is).
 */
export async function coFacilitatorOn(browser: Browser, people: PeoplePage, workshopId: string, account: { name: string; email: string; password: string }): Promise<Page> {
  await people.open(workshopId);
  await people.page.getByTestId('invite-facilitator').click();
  const invite = await people.page.getByTestId('invite-link').inputValue();
  const page = await (await browser.newContext(laptop)).newPage();
  await page.goto(invite);
  const form = page.getByTestId('cofacilitate-form');
  await form.locator('input[name=name]').fill(account.name);
  await form.locator('input[name=email]').fill(account.email);
  await form.locator('input[name=password]').fill(account.password);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`/w/${workshopId}$`));
  return page;
}
