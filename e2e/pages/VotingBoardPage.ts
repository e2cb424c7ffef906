import { expect, type Page } from '@playwright/test';
import { BoardPage } from './BoardPage';

/** What the votes extractor reads: the records, the `votes` map and `meta.vote`, as JSON. */
export interface VoteDoc {
  records: unknown[];
  votes: Record<string, unknown>;
  vote: unknown;
}

/** A board with dot voting and private mode, driven by touch on tablets and clicks on the laptop. */
export class VotingBoardPage extends BoardPage {
  constructor(page: Page) {
    super(page);
  }

  /** "+ Kartu", a tap on the board at this screen point, typing, then done (Escape). */
  async addCardAt(x: number, y: number, text: string) {
    // Typing on a touch screen pans the card above the keyboard; start each card from one camera.
    await this.setCamera({ x: 0, y: 0, z: 1 });
    await this.page.getByTestId('add-card').tap();
    await expect(this.page.getByTestId('add-card')).toHaveAttribute('aria-pressed', 'true');
    await this.page.touchscreen.tap(x, y);
    const input = this.page.getByTestId('card-text-input');
    await expect(input).toBeFocused();
    await this.page.keyboard.type(text);
    await expect(input).toHaveValue(text);
    await this.page.keyboard.press('Escape');
    await expect(input).toHaveCount(0);
  }

  async setCamera(camera: { x: number; y: number; z: number }) {
    await this.page.evaluate((camera) => {
      type Editor = { setCamera(camera: { x: number; y: number; z: number }): void };
      (window as unknown as { __planoEditor: Editor }).__planoEditor.setCamera(camera);
    }, camera);
  }

  /** Zooms so every shape is on screen (shapes off screen are culled, so cannot be tapped). */
  async showAllShapes() {
    await this.page.evaluate(() => {
      type Editor = { zoomToFit(): void };
      (window as unknown as { __planoEditor: Editor }).__planoEditor.zoomToFit();
    });
  }

  card(text: string) {
    return this.page.locator('[data-testid=plano-card]', { hasText: text });
  }

  /** The card's shape id, from the board's document or this person's private space. */
  async cardId(text: string, where: 'board' | 'private' | 'either' = 'either'): Promise<string> {
    const id = await this.page.evaluate(
      ({ text, where }) => {
        type Doc = { getMap(name: string): { toJSON(): Record<string, { type?: string; props?: { text?: string } }> } };
        const docs = window as unknown as { __planoYdoc: Doc; __planoPrivateDoc?: Doc };
        const sources = where === 'board' ? [docs.__planoYdoc] : where === 'private' ? [docs.__planoPrivateDoc] : [docs.__planoYdoc, docs.__planoPrivateDoc];
        for (const doc of sources) {
          const records = doc ? Object.values(doc.getMap('tldraw').toJSON()) : [];
          const found = records.find((r) => r.type === 'plano-card' && r.props?.text === text) as { id: string } | undefined;
          if (found) return found;
        }
        return undefined;
      },
      { text, where },
    );
    if (!id) throw new Error(`no card "${text}" in the ${where === 'either' ? 'board or private space' : where} document`);
    return id.id;
  }

  /** Whether this device holds the card at all (board document or private space). */
  async holdsCard(text: string): Promise<boolean> {
    return this.cardId(text).then(
      () => true,
      () => false,
    );
  }

  /** Waits until the card is kept in this person's private space (written there, not on the board). */
  async expectCardInPrivateSpace(text: string) {
    await expect.poll(() => this.cardId(text, 'private').then(() => true, () => false), { timeout: 5000 }).toBe(true);
  }

  async expectCardInDocument(text: string) {
    await expect.poll(() => this.cardId(text).then(() => true, () => false), { timeout: 5000 }).toBe(true);
  }

  voteTarget(cardId: string) {
    return this.page.locator(`[data-testid=vote-target][data-card-id="${cardId}"]`);
  }

  voteBadge(cardId: string) {
    return this.page.locator(`[data-testid=vote-badge][data-card-id="${cardId}"]`);
  }

  dotsLeft() {
    return this.page.getByTestId('vote-dots-left');
  }

  async voteDoc(): Promise<VoteDoc> {
    return this.page.evaluate(() => {
      type Doc = { getMap(name: string): { toJSON(): Record<string, unknown>; get(key: string): unknown } };
      const doc = (window as unknown as { __planoYdoc: Doc }).__planoYdoc;
      return { records: Object.values(doc.getMap('tldraw').toJSON()), votes: doc.getMap('votes').toJSON(), vote: doc.getMap('meta').get('vote') };
    });
  }
}
