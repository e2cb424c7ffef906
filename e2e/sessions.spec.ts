import { expect, test } from '@playwright/test';
import { laptop } from './pages/devices';
import { coFacilitatorOn } from './pages/coFacilitator';
import { facilitatorOnFirstWorkshop, facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { SignInPage } from './pages/SignInPage';

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

test('changing the password ends every session of the account, copies of this device’s cookie included, and keeps this device signed in', async ({ browser }) => {
  const { context: leadContext, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Ganti Sandi', pdam: 'PDAM Sandi' });
  const laptopPage = await coFacilitatorOn(browser, people, workshopId, { name: 'Pak Gani', email: 'gani@pdam.example', password: 'sandi-lama-gani' });
  const exportUrl = `/api/workshops/${workshopId}/export?format=json`;
  // His tablet is signed in too, and someone has copied the laptop's cookie.
  const tablet = await (await browser.newContext(laptop)).newPage();
  await new SignInPage(tablet).signIn('gani@pdam.example', 'sandi-lama-gani');
  const thief = await browser.newContext(laptop);
  await thief.addCookies(await laptopPage.context().cookies());
  for (const request of [tablet.request, thief.request]) expect((await request.get(exportUrl)).status()).toBe(200);

  await laptopPage.goto('/');
  await laptopPage.getByTestId('open-account').click();
  const form = laptopPage.getByTestId('change-password');
  await form.locator('input[name=currentPassword]').fill('sandi-lama-gani');
  await form.locator('input[name=newPassword]').fill('sandi-baru-gani');
  await form.locator('input[name=repeatPassword]').fill('sandi-baru-gani');
  await form.getByRole('button').click();
  await expect(form.getByRole('status')).toContainText('Kata sandi sudah diganti');

  for (const request of [tablet.request, thief.request]) expect((await request.get(exportUrl)).status()).toBe(401);
  expect((await laptopPage.request.get(exportUrl)).status()).toBe(200);
  // The old password no longer signs in; the new one does.
  await tablet.goto('/signin');
  const signIn = tablet.getByTestId('signin-form');
  await signIn.locator('input[name=email]').fill('gani@pdam.example');
  await signIn.locator('input[name=password]').fill('sandi-lama-gani');
  await signIn.getByRole('button').click();
  await expect(signIn.getByRole('alert')).toContainText('Email atau kata sandi salah');
  await new SignInPage(tablet).signIn('gani@pdam.example', 'sandi-baru-gani');

  await thief.close();
  await tablet.context().close();
  await laptopPage.context().close();
  await leadContext.close();
});
