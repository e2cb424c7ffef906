import { expect, type Locator, type Page } from '@playwright/test';
import { WorksheetPage } from './WorksheetPage';

/** A table worksheet (e.g. 2.3's gap table) as people fill it in, by row and column. */
export class TableWorksheetPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, 'table-worksheet');
  }

  static path(workshopId: string, topicId: string, slug: string): string {
    return `/w/${workshopId}/topics/${topicId}/worksheets/${slug}`;
  }

  async open(workshopId: string, topicId: string, slug: string) {
    await this.page.goto(TableWorksheetPage.path(workshopId, topicId, slug));
    await this.waitConnected();
  }

  /** Adds a row at the end; the caret lands in its first cell. Returns the row's id. */
  async addRow(): Promise<string> {
    await this.page.getByTestId('add-row').click();
    const focused = this.page.locator('[data-testid=table-row] [data-testid=table-cell]:focus');
    await expect(focused).toHaveCount(1);
    const id = await focused.evaluate((element) => element.closest('[data-row]')?.getAttribute('data-row'));
    if (!id) throw new Error('the new row has no id');
    return id;
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid=table-row][data-row="${id}"]`);
  }

  cell(rowId: string, column: string): Locator {
    return this.row(rowId).locator(`[data-testid=table-cell][data-column=${column}]`);
  }

  /** The frame around a cell: who else is in it, and what changed while this person was in it. */
  cellFrame(rowId: string, column: string): Locator {
    return this.cell(rowId, column).locator('xpath=ancestor::*[@data-testid="cell-frame"][1]');
  }

  /** Puts the caret at the start or the end of a text cell (a tablet has no Home and End keys). */
  async caretAt(rowId: string, column: string, where: 'start' | 'end') {
    await this.cell(rowId, column).evaluate((field: HTMLTextAreaElement, end) => {
      const at = end ? field.value.length : 0;
      field.setSelectionRange(at, at);
    }, where === 'end');
  }

  computed(rowId: string, column: string): Locator {
    return this.row(rowId).locator(`[data-testid=computed-cell][data-column=${column}]`);
  }

  /** Types a gap-table row: the caret is in its first cell after addRow, the rest by column. */
  async fillGapRow(rowId: string, row: { indicator: string; unit: string; target: string; actual: string; higherIsBetter: boolean }) {
    await this.cell(rowId, 'indicator').fill(row.indicator);
    await this.cell(rowId, 'unit').fill(row.unit);
    await this.cell(rowId, 'target').fill(row.target);
    await this.cell(rowId, 'actual').fill(row.actual);
    const direction = this.cell(rowId, 'higherIsBetter');
    // An undecided box: ticking sets "higher is better"; unticking it again sets "lower is better".
    await direction.check();
    if (!row.higherIsBetter) await direction.uncheck();
  }
}
