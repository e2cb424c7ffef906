import { expect, type Page } from '@playwright/test';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string, callbackUrl = '/') {
    await this.page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    const form = this.page.getByTestId('signin-form');
    await form.locator('input[name=email]').fill(email);
    await form.locator('input[name=password]').fill(password);
    await form.getByRole('button').click();
    await expect(this.page).not.toHaveURL(/\/signin/);
  }
}
