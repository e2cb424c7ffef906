import { expect, test } from '@playwright/test';
import { groupBoardWithTablets } from './pages/groupBoardWithTablets';

test('in private mode a card written on one tablet never reaches the other until the facilitator reveals all', async ({ browser }) => {
  const { facilitator, sari, budi, close } = await groupBoardWithTablets(browser, 'Kelompok Tulis Sendiri');

  // A card from before private mode stays visible to everyone.
  await budi.addCardAt(300, 760, 'Sudah ada sebelumnya');
  await expect(sari.card('Sudah ada sebelumnya')).toBeVisible();

  await facilitator.page.getByTestId('private-toggle').click();
  await expect(facilitator.page.getByTestId('private-toggle')).toHaveAttribute('aria-pressed', 'true');
  for (const tablet of [sari, budi]) await expect(tablet.page.getByTestId('private-active')).toBeVisible();

  // Each writes alone: the card is kept in the writer's private space, which only their devices
  // open; the other tablet and the facilitator's laptop do not receive it at all.
  await sari.addCardAt(300, 1000, 'Ide Ibu Sari');
  await budi.addCardAt(700, 1000, 'Ide Pak Budi');
  await expect(sari.card('Ide Ibu Sari')).toBeVisible();
  await expect(budi.card('Ide Pak Budi')).toBeVisible();
  await sari.expectCardInPrivateSpace('Ide Ibu Sari');
  await budi.expectCardInPrivateSpace('Ide Pak Budi');
  for (const [board, other] of [[budi, 'Ide Ibu Sari'], [sari, 'Ide Pak Budi'], [facilitator, 'Ide Ibu Sari'], [facilitator, 'Ide Pak Budi']] as const) {
    expect(await board.holdsCard(other)).toBe(false);
    await expect(board.card(other)).toHaveCount(0);
  }
  await expect(sari.card('Sudah ada sebelumnya')).toBeVisible();

  // The facilitator reveals all at once.
  await facilitator.page.getByTestId('private-toggle').click();
  await expect(facilitator.page.getByTestId('private-toggle')).toHaveAttribute('aria-pressed', 'false');
  for (const tablet of [sari, budi]) {
    await expect(tablet.card('Ide Ibu Sari')).toBeVisible();
    await expect(tablet.card('Ide Pak Budi')).toBeVisible();
    await expect(tablet.page.getByTestId('private-active')).toHaveCount(0);
  }

  await close();
});
