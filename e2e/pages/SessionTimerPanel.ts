import { expect, type Page } from '@playwright/test';

/** The session timer on a board (the facilitator's controls or everyone's countdown). */
export class SessionTimerPanel {
  constructor(readonly page: Page) {}

  remaining() {
    return this.page.getByTestId('timer-remaining');
  }

  async start(minutes: number) {
    await this.page.getByTestId('timer-minutes').fill(String(minutes));
    await this.page.getByTestId('timer-start').click();
    await expect(this.page.getByTestId('session-timer')).toHaveAttribute('data-running', 'true');
  }

  async pause() {
    await this.page.getByTestId('timer-pause').click();
    await expect(this.page.getByTestId('session-timer')).toHaveAttribute('data-running', 'false');
  }

  async text(): Promise<string> {
    return (await this.remaining().textContent()) ?? '';
  }
}
