import { expect, test } from '@playwright/test';
import { laptop } from './pages/devices';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';

test('signing out ends the session on the server: a copy of the cookie taken before is refused', async ({ browser }) => {
  const { context, page, workshopId } = await facilitatorOnFirstWorkshop(browser);
  const exportUrl = `/api/workshops/${workshopId}/export?format=json`;
  // Someone copies the session cookie off the laptop while it is signed in.
  const copied = await context.cookies();
  const thief = await browser.newContext(laptop);
  await thief.addCookies(copied);
  expect((await thief.request.get(exportUrl)).status()).toBe(200);

  await page.goto('/');
  const signedOut = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/signout');
  await page.getByRole('button', { name: 'Keluar' }).click();
  expect((await signedOut).ok()).toBe(true);
  await expect(page.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();

  const refused = await thief.request.get(exportUrl);
  expect(refused.status()).toBe(401);
  const home = await thief.newPage();
  await home.goto(`/w/${workshopId}`);
  await expect(home).toHaveURL(/\/signin/);
  await thief.close();
  await context.close();
});
