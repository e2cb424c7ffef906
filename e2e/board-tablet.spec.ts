import { expect, test, type Page } from '@playwright/test';
import { groupBoardWithTablets } from './pages/groupBoardWithTablets';

const legendMeaning = (page: Page, color: string) => page.locator(`[data-testid=color-legend-item][data-color=${color}] [data-testid=color-legend-meaning]`);

test('the facilitator says what the card colours mean, and a participant’s tablet shows it in the legend', async ({ browser }) => {
  const { facilitator, sari, close } = await groupBoardWithTablets(browser, 'Kelompok Warna');

  // Before: the product's meanings, and only the facilitator may change them.
  await expect(legendMeaning(sari.page, 'pink')).toHaveText('Masalah');
  await expect(legendMeaning(sari.page, 'green')).toHaveText('Solusi');
  await expect(sari.page.getByTestId('edit-color-meanings')).toHaveCount(0);

  // The facilitator opens the dialog from the card panel: one field per colour, pink ("Merah muda") among them.
  await facilitator.page.getByTestId('edit-color-meanings').click();
  const dialog = facilitator.page.getByTestId('color-meanings-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Arti warna Merah muda' })).toBeVisible();
  const field = (color: string) => dialog.locator(`[data-testid=color-meaning-input][data-color=${color}]`);

  // A meaning too long for a swatch is refused at its field, and nothing is stored.
  await field('blue').fill('Harapan warga pelanggan di seluruh wilayah kota');
  await facilitator.page.getByTestId('color-meanings-save').click();
  await expect(dialog.getByRole('alert')).toHaveText('Paling banyak 40 karakter');
  await expect(dialog).toBeVisible();

  await field('blue').fill('');
  await field('pink').fill('masalah');
  await field('green').fill('usulan perbaikan');
  await facilitator.page.getByTestId('color-meanings-save').click();
  await expect(dialog).toHaveCount(0);

  // Sari's tablet: the legend and the colour swatches say it at once; untouched colours keep theirs.
  await expect(legendMeaning(sari.page, 'pink')).toHaveText('masalah');
  await expect(legendMeaning(sari.page, 'green')).toHaveText('usulan perbaikan');
  await expect(legendMeaning(sari.page, 'blue')).toHaveText('Harapan');
  await expect(sari.page.locator('[data-testid=card-color][data-color=pink]')).toHaveText('masalah');

  // The server kept it: after a reload the tablet still shows the facilitator's meanings.
  await sari.page.reload();
  await sari.waitForEditor();
  await expect(legendMeaning(sari.page, 'pink')).toHaveText('masalah');

  // Opening the dialog again starts from what is stored.
  await facilitator.page.getByTestId('edit-color-meanings').click();
  await expect(field('pink')).toHaveValue('masalah');
  await facilitator.page.getByTestId('color-meanings-cancel').click();
  await expect(dialog).toHaveCount(0);
  await close();
});

/**
 * What this proves: while a card is being typed, when the visible part of the screen gets shorter
 * (here the whole window, as older Android browsers do for the keyboard), the board pans so the
 * card ends above the new bottom edge, and typing goes on in the same card.
 * What it cannot: a real on-screen keyboard, which on iOS Safari and current Chrome shrinks only
 * `window.visualViewport` (Chromium cannot emulate that) and may scroll it; those geometries are
 * covered by the unit tests of lib/board/keyboardPan.ts, not here.
 */
test('on a tablet, the card being typed stays visible when the screen above the keyboard gets short', async ({ browser }) => {
  const { sari, close } = await groupBoardWithTablets(browser, 'Kelompok Papan Ketik');
  const page = sari.page;
  const full = page.viewportSize();
  if (!full) throw new Error('the tablet has no viewport size');

  // Sari places a card near the bottom of the screen and starts typing.
  await sari.setCamera({ x: 0, y: 0, z: 1 });
  await page.getByTestId('add-card').tap();
  await page.touchscreen.tap(full.width / 2, full.height - 180);
  const input = page.getByTestId('card-text-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('Meter air');
  await page.waitForTimeout(600); // the card's own move into view on edit start has ended

  const card = page.locator('[data-testid=plano-card]', { has: input });
  const before = await card.boundingBox();
  if (!before) throw new Error('the card being typed is not on screen');
  // The keyboard arrives: the visible part ends across the middle of the card.
  const visibleBottom = Math.round(Math.max(before.y + before.height / 2, before.height + 80));
  expect(before.y + before.height).toBeGreaterThan(visibleBottom);
  await page.setViewportSize({ width: full.width, height: visibleBottom });

  await expect
    .poll(async () => {
      const box = await card.boundingBox();
      return box ? box.y >= 0 && box.y + box.height <= visibleBottom : false;
    })
    .toBe(true);
  await expect(input).toBeFocused();
  await page.keyboard.type(' rusak');
  await expect(input).toHaveValue('Meter air rusak');
  await page.keyboard.press('Escape');

  // Zoomed far out, cards are drawn as cheap sketches; back at 100 % in full.
  await page.setViewportSize(full);
  await sari.setCamera({ x: 0, y: 0, z: 0.25 });
  await expect(page.locator('[data-testid=plano-card]', { hasText: 'Meter air rusak' })).toHaveAttribute('data-detail', 'sketch');
  await sari.setCamera({ x: 0, y: 0, z: 1 });
  await expect(page.locator('[data-testid=plano-card]', { hasText: 'Meter air rusak' })).toHaveAttribute('data-detail', 'full');
  await close();
});
