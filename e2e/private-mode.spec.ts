import { expect, test } from '@playwright/test';
import { groupBoardWithTablets } from './pages/groupBoardWithTablets';

test('in private mode a card written on one tablet stays off the other until the facilitator reveals all', async ({ browser }) => {
  const { facilitator, sari, budi, close } = await groupBoardWithTablets(browser, 'Kelompok Tulis Sendiri');

  // A card from before private mode stays visible to everyone.
  await budi.addCardAt(300, 760, 'Sudah ada sebelumnya');
  await expect(sari.card('Sudah ada sebelumnya')).toBeVisible();

  await facilitator.page.getByTestId('private-toggle').click();
  await expect(facilitator.page.getByTestId('private-toggle')).toHaveAttribute('aria-pressed', 'true');
  for (const tablet of [sari, budi]) await expect(tablet.page.getByTestId('private-active')).toBeVisible();

  // Each writes alone: the card reaches the other device's document but is not shown or selectable there.
  await sari.addCardAt(300, 1000, 'Ide Ibu Sari');
  await budi.addCardAt(700, 1000, 'Ide Pak Budi');
  await expect(sari.card('Ide Ibu Sari')).toBeVisible();
  await expect(budi.card('Ide Pak Budi')).toBeVisible();
  await budi.expectCardInDocument('Ide Ibu Sari');
  await sari.expectCardInDocument('Ide Pak Budi');
  await expect(budi.card('Ide Ibu Sari')).toHaveCount(0);
  await expect(sari.card('Ide Pak Budi')).toHaveCount(0);
  expect(await budi.isHidden(await budi.cardId('Ide Ibu Sari'))).toBe(true);
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
