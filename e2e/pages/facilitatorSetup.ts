import { expect, type Browser, type BrowserContextOptions } from '@playwright/test';
import { laptop } from './devices';
import { firstFacilitator } from './firstFacilitator';
import { PeoplePage } from './PeoplePage';
import { SignInPage } from './SignInPage';

/** The first facilitator signed in on a device of its own, on the home page. */
async function signedInFacilitator(browser: Browser, device: BrowserContextOptions) {
  const account = firstFacilitator();
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  return { context, page };
}

/** A facilitator who has just created a workshop; the people page is one call away. */
export async function facilitatorOnNewWorkshop(browser: Browser, workshop: { title: string; pdam: string }, device: BrowserContextOptions = laptop) {
  const { context, page } = await signedInFacilitator(browser, device);
  await page.goto('/');
  const form = page.getByTestId('create-workshop');
  await form.locator('input[name=title]').fill(workshop.title);
  await form.locator('input[name=pdam]').fill(workshop.pdam);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopPath = new URL(page.url()).pathname;
  return { context, page, workshopPath, workshopId: workshopPath.split('/')[2], people: new PeoplePage(page) };
}

/** A facilitator on the first workshop of the home page (the demo workshop of a fresh server). */
export async function facilitatorOnFirstWorkshop(browser: Browser, device: BrowserContextOptions = laptop) {
  const { context, page } = await signedInFacilitator(browser, device);
  await page.getByTestId('workshop-link').first().click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopPath = new URL(page.url()).pathname;
  return { context, page, workshopPath, workshopId: workshopPath.split('/')[2], people: new PeoplePage(page) };
}
