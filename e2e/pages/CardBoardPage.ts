import { expect, type Page } from '@playwright/test';
import { BoardPage } from './BoardPage';

export interface CardOnBoard {
  text: string;
  groupId: string;
  groupName: string | null;
}

/** Writing cards on a group board through the editor hooks, and reading the cards a board shows. */
export class CardBoardPage extends BoardPage {
  constructor(page: Page) {
    super(page);
  }

  /** A card as the card tool makes one; resolves once the server has it (nothing left unsent). */
  async addCard(text: string, x: number, y: number) {
    await this.page.evaluate(
      ({ text, x, y }) => {
        type Editor = { createShape(shape: object): void };
        const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
        editor.createShape({ type: 'plano-card', x, y, props: { text, color: 'yellow', authorName: 'e2e', createdAt: Date.now() } });
      },
      { text, x, y },
    );
    await expect(this.connectionBadge()).toHaveAttribute('data-unsent', '0');
  }

  async cards(): Promise<CardOnBoard[]> {
    return this.page.evaluate(() => {
      type Shape = { type: string; props: { text: string; groupId: string }; meta: { groupName?: string } };
      const editor = (window as unknown as { __planoEditor: { getCurrentPageShapes(): Shape[] } }).__planoEditor;
      return editor
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'plano-card')
        .map((shape) => ({ text: shape.props.text, groupId: shape.props.groupId, groupName: shape.meta.groupName ?? null }));
    });
  }
}

/** The facilitator's "gather to plenary" on the workshop page; resolves with how many cards came. */
export async function gatherToPlenary(page: Page, workshopId: string): Promise<{ added: number; skipped: number }> {
  await page.goto(`/w/${workshopId}`);
  await page.getByTestId('gather-to-plenary').click();
  const result = page.getByTestId('gather-result');
  await expect(result).toBeVisible();
  return { added: Number(await result.getAttribute('data-added')), skipped: Number(await result.getAttribute('data-skipped')) };
}
