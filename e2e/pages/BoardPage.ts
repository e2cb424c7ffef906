import { expect, type Page } from '@playwright/test';

/** A board page driven through the editor hooks the canvas exposes for tests. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
    await this.waitForEditor();
  }

  async waitForEditor() {
    await this.page.waitForFunction(() => Boolean((window as unknown as { __planoEditor?: unknown }).__planoEditor), null, { timeout: 30_000 });
  }

  /** Creates a geo shape through the editor, as a tap-and-drag would, and returns its id. */
  async addRectangle(x: number, y: number, label: string): Promise<string> {
    return this.page.evaluate(
      ({ x, y, label }) => {
        type Editor = { createShape(shape: object): void; getCurrentPageShapes(): { id: string }[] };
        const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
        const id = `shape:${label.replace(/[^a-zA-Z0-9]/g, '')}${Math.random().toString(36).slice(2, 8)}`;
        editor.createShape({ id, type: 'geo', x, y, props: { w: 160, h: 100, geo: 'rectangle' } });
        return id;
      },
      { x, y, label },
    );
  }

  async shapeIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      type Editor = { getCurrentPageShapes(): { id: string }[] };
      return (window as unknown as { __planoEditor: Editor }).__planoEditor.getCurrentPageShapes().map((shape) => shape.id);
    });
  }

  async expectShape(id: string, timeout = 1000) {
    await expect.poll(() => this.shapeIds(), { timeout, intervals: [25] }).toContain(id);
  }

  connectionBadge() {
    return this.page.getByTestId('connection-badge');
  }
}
