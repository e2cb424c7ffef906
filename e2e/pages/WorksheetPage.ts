import { expect, type Locator, type Page } from '@playwright/test';

/** What every live worksheet (table, ranking, MCUA) has: its connection, and the agreement panel with the agreed versions. */
export class WorksheetPage {
  /** `sheetTestId`: the test id of the sheet's root, which carries its connection state. */
  constructor(
    readonly page: Page,
    private readonly sheetTestId: string,
  ) {}

  /** The sheet's document name, as its agreement panel carries it. */
  async docName(): Promise<string> {
    const name = await this.page.getByTestId('agreement-panel').getAttribute('data-doc');
    if (!name) throw new Error('the agreement panel names no document');
    return name;
  }

  async waitConnected() {
    await expect(this.page.getByTestId(this.sheetTestId)).toHaveAttribute('data-connection', 'connected');
  }

  /** A name to tick as present at the agreement. */
  attendee(name: string): Locator {
    return this.page.locator(`[data-testid=attendance-chip][data-name="${name}"]`);
  }

  /** Re-reads the names on offer (someone joined after the page opened), keeping what is ticked. */
  async refreshAttendance(expectedName: string) {
    await this.page.getByTestId('attendance-refresh').click();
    await expect(this.attendee(expectedName)).toBeVisible();
  }

  async tickPresent(...names: string[]) {
    for (const name of names) {
      await this.attendee(name).locator('input[type=checkbox]').check();
      await expect(this.attendee(name)).toHaveAttribute('data-on', 'true');
    }
  }

  /** Sepakati, then the confirmation (an agreement is the one step Undo cannot take back). */
  async agree() {
    const before = await this.page.getByTestId('agreed-version').count();
    await this.page.getByTestId('agree-output').click();
    await expect(this.page.getByTestId('agree-confirmation')).toContainText(`versi ${before + 1}?`);
    await this.page.getByTestId('agree-confirm').click();
    await expect(this.page.getByTestId('agreed-version')).toHaveCount(before + 1);
  }

  version(n: number): Locator {
    return this.page.locator(`[data-testid=agreed-version][data-version="${n}"]`);
  }
}
