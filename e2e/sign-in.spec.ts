import { expect, test } from '@playwright/test';
import { firstFacilitator } from './pages/firstFacilitator';

test('a wrong password is refused in place, in Indonesian, and the right one signs in', async ({ page }) => {
  const account = firstFacilitator();
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.locator('input[name=email]').fill(account.email);
  await form.locator('input[name=password]').fill('bukan-kata-sandi');
  await form.getByRole('button').click();
  await expect(form.getByRole('alert')).toContainText('Email atau kata sandi salah');
  await expect(page).toHaveURL(/\/signin/);

  await form.locator('input[name=password]').fill(account.password);
  await form.getByRole('button').click();
  await expect(page.getByTestId('workshop-link').first()).toBeVisible();
});
