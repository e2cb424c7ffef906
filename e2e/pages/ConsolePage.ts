import { expect, type Locator, type Page } from '@playwright/test';

/** The facilitator's console: live group boards, spotlight, raised hands, who is connected. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** From the workshop page, by its link, as a facilitator would. */
  async openFromWorkshop(workshopId: string) {
    await this.page.goto(`/w/${workshopId}`);
    await this.page.getByTestId('open-console').click();
    await expect(this.page.getByTestId('facilitator-console')).toBeVisible();
  }

  board(name: string): Locator {
    return this.page.locator(`[data-testid=console-board][data-name="${name}"]`);
  }

  cardCount(name: string): Locator {
    return this.board(name).getByTestId('console-card-count');
  }

  onlineCount(name: string): Locator {
    return this.board(name).getByTestId('console-online-count');
  }

  onlinePeople(name: string): Locator {
    return this.board(name).getByTestId('console-online-people');
  }

  thumbnail(name: string): Locator {
    return this.board(name).getByTestId('console-thumbnail');
  }

  async docNameOf(name: string): Promise<string> {
    return (await this.board(name).getAttribute('data-doc')) ?? '';
  }

  async spotlight(name: string) {
    await this.board(name).getByTestId('console-spotlight').click();
    await expect(this.board(name).getByTestId('console-spotlight')).toHaveAttribute('aria-pressed', 'true');
  }

  async releaseSpotlight() {
    await this.page.getByTestId('console-release-spotlight').click();
    await expect(this.page.getByTestId('console-release-spotlight')).toHaveCount(0);
  }

  raisedHand(personName: string): Locator {
    return this.page.getByTestId('console-raised-hand').filter({ hasText: personName });
  }

  connected(): Locator {
    return this.page.getByTestId('console-connected').getByTestId('console-person');
  }

  notConnected(): Locator {
    return this.page.getByTestId('console-not-connected').getByTestId('console-person');
  }
}
