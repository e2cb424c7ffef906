import type { Page } from '@playwright/test';
import { BoardPage } from './BoardPage';

export interface ViewportCenter {
  x: number;
  y: number;
}

/** The projector page of a workshop, and the page area a board's editor shows. */
export class ProjectorPage extends BoardPage {
  constructor(page: Page) {
    super(page);
  }

  async openFor(workshopId: string) {
    await this.open(`/w/${workshopId}/projector`);
  }

  joinOverlay() {
    return this.page.getByTestId('join-overlay');
  }

  toggleJoinOverlay() {
    return this.page.getByTestId('toggle-join-overlay');
  }
}

/** The centre of what a board's editor shows, in page coordinates. */
export function viewportCenter(page: Page): Promise<ViewportCenter> {
  return page.evaluate(() => {
    type Editor = { getViewportPageBounds(): { center: { x: number; y: number } } };
    const { center } = (window as unknown as { __planoEditor: Editor }).__planoEditor.getViewportPageBounds();
    return { x: center.x, y: center.y };
  });
}
