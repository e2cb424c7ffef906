import { expect, type Browser, type Page } from '@playwright/test';
import { BoardPage } from './BoardPage';
import { createBoardLink } from './boardLinks';
import { tablet } from './devices';

type Box = { x: number; y: number; w: number; h: number };

/** A template board driven by touch: the card panel, areas located by their role. */
export class MetaplanBoardPage extends BoardPage {
  constructor(page: Page) {
    super(page);
  }

  async expectArea(role: string) {
    await expect(this.page.locator(`[data-testid=plano-area][data-role="${role}"]`)).toHaveCount(1);
  }

  /** Where the centre of the area with this role is on the screen now. */
  async areaCentreOnScreen(role: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate((role) => {
      type Shape = { id: string; type: string; props: { role?: string } };
      type Editor = {
        getCurrentPageShapes(): Shape[];
        getShapePageBounds(shape: Shape): { center: { x: number; y: number } } | undefined;
        pageToScreen(point: { x: number; y: number }): { x: number; y: number };
      };
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      const area = editor.getCurrentPageShapes().find((s) => s.type === 'plano-area' && s.props.role === role);
      const bounds = area && editor.getShapePageBounds(area);
      if (!bounds) throw new Error(`no area with role ${role}`);
      return editor.pageToScreen(bounds.center);
    }, role);
  }

  /** "+ Kartu", a tap in the area, then typing straight away, then done (Escape). */
  async addCardInArea(role: string, text: string) {
    const target = await this.areaCentreOnScreen(role);
    await this.page.getByTestId('add-card').tap();
    await expect(this.page.getByTestId('add-card')).toHaveAttribute('aria-pressed', 'true');
    await this.page.touchscreen.tap(target.x, target.y);
    const input = this.page.getByTestId('card-text-input');
    await expect(input).toBeFocused();
    await this.page.keyboard.type(text);
    await expect(input).toHaveValue(text);
    await this.page.keyboard.press('Escape');
    await expect(input).toHaveCount(0);
  }

  /** The board's records as the server stores them: the Y.Map `tldraw`. */
  async records(): Promise<unknown[]> {
    return this.page.evaluate(() => {
      type Doc = { getMap(name: string): { toJSON(): Record<string, unknown> } };
      return Object.values((window as unknown as { __planoYdoc: Doc }).__planoYdoc.getMap('tldraw').toJSON());
    });
  }

  async cardBox(text: string): Promise<Box | null> {
    return this.page.evaluate((text) => {
      type Shape = { type: string; x: number; y: number; props: { text?: string; w: number; h: number } };
      const editor = (window as unknown as { __planoEditor: { getCurrentPageShapes(): Shape[] } }).__planoEditor;
      const card = editor.getCurrentPageShapes().find((s) => s.type === 'plano-card' && s.props.text === text);
      return card ? { x: card.x, y: card.y, w: card.props.w, h: card.props.h } : null;
    }, text);
  }
}

/** A tablet on the board through a link the signed-in `facilitator` made for `name`, connected. */
export async function metaplanBoardOnTablet(browser: Browser, facilitator: Page, boardPath: string, name: string) {
  const context = await browser.newContext(tablet);
  const board = new MetaplanBoardPage(await context.newPage());
  await board.page.goto(await createBoardLink(facilitator, boardPath, { role: 'facilitator', name }));
  await board.waitForEditor();
  await expect(board.connectionBadge()).toHaveAttribute('data-status', 'online');
  return { board, context };
}
