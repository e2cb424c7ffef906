import { expect, type Page } from '@playwright/test';

/** A person joining from a tablet: code (unless invited) and name, then their home screen. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async joinWithCode(code: string, name: string, organisation?: string) {
    await this.page.goto('/join');
    await this.page.locator('input[name=code]').fill(code.toLowerCase());
    await this.fillAndSubmit(name, organisation);
  }

  async joinWithLink(url: string, name: string) {
    await this.page.goto(url);
    await expect(this.page.locator('input[name=code]')).toHaveCount(0);
    await this.fillAndSubmit(name);
  }

  private async fillAndSubmit(name: string, organisation?: string) {
    await this.page.locator('input[name=name]').fill(name);
    if (organisation) await this.page.locator('input[name=organisation]').fill(organisation);
    await this.page.getByTestId('join-form').getByRole('button').click();
    await expect(this.page).toHaveURL(/\/me$/);
  }
}
