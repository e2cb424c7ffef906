import { expect, type Locator, type Page } from '@playwright/test';
import { WorksheetPage } from './WorksheetPage';

/** The MCUA worksheet of topic 4.7 and the topic pages around it. */
export class McuaWorksheetPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, 'mcua-worksheet');
  }

  static path(workshopId: string): string {
    return `/w/${workshopId}/topics/4.7/worksheets/assessment-matrix`;
  }

  /** From topic 4.7's page, through its worksheet link, as a facilitator finds it. */
  async openFromTopic(workshopId: string) {
    await this.page.goto(`/w/${workshopId}/topics/4.7`);
    await this.page.locator('[data-testid=worksheet-link][href$="/worksheets/assessment-matrix"]').click();
    await this.waitConnected();
  }

  async open(workshopId: string) {
    await this.page.goto(McuaWorksheetPage.path(workshopId));
    await this.waitConnected();
  }

  async addCriterion(label: string, weight: number) {
    const form = this.page.getByTestId('criterion-form');
    await form.locator('input[name=label]').fill(label);
    await form.locator('input[name=weight]').fill(String(weight));
    await form.getByRole('button').click();
    await expect(this.page.getByTestId('criterion-column').filter({ hasText: label })).toBeVisible();
  }

  async addAction(label: string, aspect: 'technical' | 'financial' | 'management') {
    const form = this.page.getByTestId('action-form');
    await form.locator('input[name=label]').fill(label);
    await form.locator('select[name=aspect]').selectOption(aspect);
    await form.getByRole('button').click();
    await expect(this.page.getByTestId('action-row').filter({ hasText: label })).toBeVisible();
  }

  scoreCell(action: string, criterion: string): Locator {
    return this.page.getByLabel(`Skor ${action} pada ${criterion}`, { exact: true });
  }

  async score(action: string, criterion: string, value: number) {
    await this.scoreCell(action, criterion).fill(String(value));
  }

  /** The rows of a further round (the actions tied at the top before it). */
  roundRows(round: number): Locator {
    return this.page.locator(`[data-testid=mcua-round][data-round="${round}"] [data-testid=round-action-row]`);
  }

  /** Scores one action in a further round on the three criteria of this journey (Dampak, Biaya, Waktu). */
  async roundScores(round: number, action: string, scores: [number, number, number]) {
    for (const [criterion, score] of [['Dampak', scores[0]], ['Biaya', scores[1]], ['Waktu', scores[2]]] as const) {
      await this.page.getByLabel(`Skor ${action} pada ${criterion}, putaran ${round}`, { exact: true }).fill(String(score));
    }
  }

  /** The overall ranking as "rank. label · total" lines. */
  overallRanking(): Locator {
    return this.page.getByTestId('ranking-overall').getByTestId('ranked-action');
  }
}
