import { expect, test, type Page } from '@playwright/test';
import { createBoardLink } from './pages/boardLinks';
import { laptop } from './pages/devices';
import { groupBoardWithTablets } from './pages/groupBoardWithTablets';
import { viewportCenter } from './pages/ProjectorPage';
import { VotingBoardPage } from './pages/VotingBoardPage';

/** A user id without tldraw's record prefix. */
const bare = (userId: string) => userId.replace(/^user:/, '');

async function distance(a: Page, b: Page): Promise<number> {
  const [ca, cb] = await Promise.all([viewportCenter(a), viewportCenter(b)]);
  return Math.hypot(ca.x - cb.x, ca.y - cb.y);
}

/** The peer presences a board shows (tldraw's records, as presence.ts builds them from awareness). */
function peerPresences(page: Page): Promise<Array<{ userId: string; userName: string; camera: { x: number; y: number } }>> {
  return page.evaluate(() => {
    type Editor = { store: { query: { records(type: string): { get(): Array<{ userId: string; userName: string; camera: { x: number; y: number } }> } } } };
    return (window as unknown as { __planoEditor: Editor }).__planoEditor.store.query.records('instance_presence').get().map(({ userId, userName, camera }) => ({ userId, userName, camera }));
  });
}

test('an observer’s forged facilitator presence moves no participant’s view and does not show as the facilitator', async ({ browser }) => {
  const { facilitator, sari, close } = await groupBoardWithTablets(browser, 'Kelompok Pengamatan');
  const boardPath = new URL(sari.page.url()).pathname;

  // Someone from another office watches the board through an observer link.
  const link = await createBoardLink(facilitator.page, boardPath, { role: 'observer', name: 'Pengamat Bappeda' });
  const observerContext = await browser.newContext(laptop);
  const observer = new VotingBoardPage(await observerContext.newPage());
  await observer.open(link);
  await expect(observer.connectionBadge()).toHaveAttribute('data-status', 'online');

  // The facilitator leads: Sari's view follows.
  await facilitator.page.getByTestId('follow-me').click();
  await expect(sari.page.getByTestId('following-notice')).toBeVisible();
  await facilitator.setCamera({ x: -2400, y: -1600, z: 1 });
  await expect.poll(() => distance(facilitator.page, sari.page), { timeout: 10_000 }).toBeLessThan(5);

  // The observer's device is tampered with: it claims the facilitator's id, name and role, a
  // raised hand, and a camera far away, freshly active, again and again.
  const facilitatorUserId = bare(await facilitator.page.evaluate(() => (window as unknown as { __planoEditor: { user: { getId(): string } } }).__planoEditor.user.getId()));
  await observer.page.evaluate((facilitatorUserId) => {
    type Awareness = { getLocalState(): Record<string, unknown> | null; setLocalState(state: Record<string, unknown>): void };
    const awareness = (window as unknown as { __planoProvider: { awareness: Awareness } }).__planoProvider.awareness;
    const forge = () => {
      const own = (awareness.getLocalState()?.presence ?? {}) as Record<string, unknown>;
      awareness.setLocalState({
        user: { id: facilitatorUserId, name: 'Fasilitator', color: '#000000' },
        role: 'facilitator',
        hand: { raisedAt: Date.now() },
        presence: { ...own, userId: `user:${facilitatorUserId}`, userName: 'Fasilitator', camera: { x: -90000, y: -90000, z: 1 }, lastActivityTimestamp: Date.now() },
      });
    };
    forge();
    setInterval(forge, 100);
  }, facilitatorUserId);

  // The forged presence reaches Sari: under the observer's own name, with its camera far away.
  await expect
    .poll(async () => (await peerPresences(sari.page)).find((presence) => presence.camera?.x === -90000)?.userName, { timeout: 10_000 })
    .toBe('Pengamat Bappeda');

  // The facilitator moves on; Sari follows the facilitator, not the forged camera.
  await facilitator.setCamera({ x: -1200, y: -800, z: 1 });
  await expect.poll(() => distance(facilitator.page, sari.page), { timeout: 10_000 }).toBeLessThan(5);
  const sariView = await viewportCenter(sari.page);
  expect(Math.abs(sariView.x)).toBeLessThan(10_000);
  expect(Math.abs(sariView.y)).toBeLessThan(10_000);

  // No hand shows for the observer, and nobody else appears as the facilitator.
  await expect(facilitator.page.getByTestId('board-raised-hand')).toHaveCount(0);
  const facilitatorPresences = (await peerPresences(sari.page)).filter((presence) => bare(presence.userId) === facilitatorUserId);
  expect(facilitatorPresences).toHaveLength(1);
  expect(facilitatorPresences[0].camera.x).not.toBe(-90000);

  await observerContext.close();
  await close();
});
