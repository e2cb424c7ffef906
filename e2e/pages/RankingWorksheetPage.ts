import { expect, type Locator, type Page } from '@playwright/test';
import { WorksheetPage } from './WorksheetPage';

/** The Matriks Pemeringkatan of topic 2.1 (its live worksheet), in Indonesian. */
export class RankingWorksheetPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, 'ranking-worksheet');
  }

  static path(workshopId: string): string {
    return `/w/${workshopId}/topics/2.1/worksheets/main-issue`;
  }

  /** From topic 2.1's page, through its worksheet link, as a facilitator finds it (this creates the sheet). */
  async openFromTopic(workshopId: string) {
    await this.page.goto(`/w/${workshopId}/topics/2.1`);
    await this.page.getByTestId('worksheet-link').first().click();
    await this.waitConnected();
  }

  async open(workshopId: string) {
    await this.page.goto(RankingWorksheetPage.path(workshopId));
    await this.waitConnected();
  }

  /** The facilitator's switch that lets participants write on the sheet. */
  async openForParticipants() {
    const toggle = this.page.getByTestId('open-board');
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-on', 'true');
  }

  async addSuggestedCriterion(label: string) {
    await this.page.getByTestId('criterion-suggestion').filter({ hasText: label }).click();
    await expect(this.round(1).getByLabel(`Nama ${label}`, { exact: true })).toHaveValue(label);
  }

  async addIssue(label: string) {
    const form = this.page.getByTestId('issue-form');
    await form.locator('input[name=label]').fill(label);
    await form.getByRole('button').click();
    await expect(this.issueRow(1, label)).toBeVisible();
  }

  round(n: number): Locator {
    return this.page.locator(`[data-testid=ranking-round][data-round="${n}"]`);
  }

  issueRow(round: number, issue: string): Locator {
    return this.round(round).locator(`[data-testid=issue-row][data-issue="${issue}"]`);
  }

  scoreCell(round: number, issue: string, criterion: string): Locator {
    return this.page.getByLabel(`Nilai ${issue} pada ${criterion}, putaran ${round}`, { exact: true });
  }

  /** What a score cell says about what was typed into it (a word, a score off the scale). */
  cellProblem(cell: Locator): Locator {
    return cell.locator('xpath=ancestor::*[@data-testid="cell-frame"][1]').getByTestId('cell-problem');
  }

  async score(round: number, issue: string, criterion: string, value: number) {
    await this.scoreCell(round, issue, criterion).fill(String(value));
  }

  /** Scores one issue on the two criteria of this journey. */
  async scoreIssue(round: number, issue: string, urgensi: number, cakupan: number) {
    await this.score(round, issue, 'Tingkat urgensi', urgensi);
    await this.score(round, issue, 'Cakupan manfaat', cakupan);
  }

  finalOrder(): Locator {
    return this.page.getByTestId('final-order').getByTestId('ranked-issue');
  }
}
