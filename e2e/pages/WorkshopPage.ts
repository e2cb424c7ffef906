import { expect, type Page } from '@playwright/test';
import { demoWorkshopLink } from './demoWorkshop';

export class WorkshopPage {
  constructor(private readonly page: Page) {}

  /** From the home page: the demo workshop, then its plenary board. Returns the board path. */
  async openPlenaryFromHome(): Promise<string> {
    await this.page.goto('/');
    await demoWorkshopLink(this.page).click();
    const plenary = this.page.locator('[data-testid=board-link][data-kind=plenary]');
    await expect(plenary).toBeVisible();
    await plenary.click();
    await expect(this.page).toHaveURL(/\/board\//);
    return new URL(this.page.url()).pathname;
  }
}
