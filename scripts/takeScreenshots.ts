/**
 * Regenerates the README's screenshots from a running Plano (npm start on a fresh DATA_DIR):
 *   PLANO_URL=http://localhost:3000 DATA_DIR=.data npx tsx scripts/takeScreenshots.ts
 * Uses Debian's chromium when present, else Playwright's own browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

const baseUrl = process.env.PLANO_URL ?? 'http://localhost:3000';
const dataDir = process.env.DATA_DIR ?? '.data';
const out = path.join('docs', 'screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(out, name) });

type Editor = { createShape(shape: object): void };

async function waitForEditor(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { __planoEditor?: unknown }).__planoEditor));
}

type GapRow = { indicator: string; unit: string; target: string; actual: string; higherIsBetter: boolean };

/** 2.3's gap table with a few indicators typed in by the facilitator, so the gap column is worked out. */
async function shootGapTable(page: Page, workshopPath: string) {
  await page.goto(`${workshopPath}/topics/2.3/worksheets/gap-table`);
  await page.locator('[data-testid=table-worksheet][data-connection=connected]').waitFor();
  const rows: GapRow[] = [
    { indicator: 'Cakupan pelayanan', unit: '%', target: '80', actual: '62,5', higherIsBetter: true },
    { indicator: 'Kehilangan air (NRW)', unit: '%', target: '20', actual: '32', higherIsBetter: false },
    { indicator: 'Jam layanan per hari', unit: 'jam', target: '24', actual: '18', higherIsBetter: true },
  ];
  let rowId: string | null | undefined;
  for (const row of rows) {
    await page.getByTestId('add-row').click();
    // A new row puts the caret in its first cell; the row's id names its other cells.
    const focused = page.locator('[data-testid=table-row] [data-testid=table-cell]:focus');
    await focused.waitFor();
    rowId = await focused.evaluate((element) => element.closest('[data-row]')?.getAttribute('data-row'));
    const cell = (column: string) => page.locator(`[data-testid=table-row][data-row="${rowId}"] [data-testid=table-cell][data-column=${column}]`);
    await cell('indicator').fill(row.indicator);
    await cell('unit').fill(row.unit);
    await cell('target').fill(row.target);
    await cell('actual').fill(row.actual);
    // An undecided box: ticking means "higher is better", unticking it again "lower is better".
    await cell('higherIsBetter').check();
    if (!row.higherIsBetter) await cell('higherIsBetter').uncheck();
  }
  const lastGap = page.locator(`[data-testid=table-row][data-row="${rowId}"] [data-testid=computed-cell][data-column=gap]`);
  await lastGap.filter({ hasText: /\d/ }).waitFor();
  // No caret or focus ring in the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The table is a little wider than the page: scroll it sideways just enough for the computed gap to show.
  await lastGap.evaluate((element) => element.scrollIntoView({ inline: 'end', block: 'nearest' }));
  await page.waitForTimeout(300);
  await shot(page, '10-worksheet.png');
}

/** The console during session 1 of 3.1, with two groups that have written a few cards each. */
async function shootConsole(page: Page, workshopPath: string) {
  await page.goto(`${workshopPath}/topics/3.1`);
  await page.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('start-session').click();
  await page.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('session-running').waitFor();
  await page.goto(`${workshopPath}/people`);
  const groups = [
    { name: 'Kelompok Harapan', cards: ['Air 24 jam', 'Tagihan tepat', 'Air jernih', 'Cepat tanggap', 'Meter akurat'], color: 'green' },
    { name: 'Kelompok Kenyataan', cards: ['Air keruh', 'Tekanan rendah', 'Antre lama', 'Pipa bocor'], color: 'pink' },
  ];
  for (const [index, group] of groups.entries()) {
    await page.getByTestId('new-group-name').fill(group.name);
    await page.getByTestId('add-group').click();
    await page.getByTestId('group-row').nth(index).waitFor();
  }
  await page.goto(`${workshopPath}/console`);
  await page.getByTestId('facilitator-console').waitFor();
  for (const group of groups) {
    const docName = await page.locator(`[data-testid=console-board][data-name="${group.name}"]`).getAttribute('data-doc');
    const board = await page.context().newPage();
    await board.goto(`/board/${docName}`);
    await waitForEditor(board);
    await board.evaluate((group) => {
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      // One card per cell of the sheet's 600 x 420 grid, spread so the thumbnail reads as a board in use.
      group.cards.forEach((text, i) => editor.createShape({ type: 'plano-card', x: ((i * 2) % 5) * 600 + 180, y: Math.floor((i * 2) / 5) * 420 + 130, props: { text, color: group.color } }));
    }, group);
    await page.locator(`[data-testid=console-board][data-name="${group.name}"] [data-testid=console-thumbnail][data-cards="${group.cards.length}"]`).waitFor();
    await board.close();
  }
  // Taller than the laptop, so the timer and the group boards are in one picture.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.waitForTimeout(500);
  await shot(page, '11-console.png');
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function main() {
  const credentials = readFileSync(path.join(dataDir, 'first-facilitator.txt'), 'utf8');
  const email = /email: (.+)/.exec(credentials)![1].trim();
  const password = /password: (.+)/.exec(credentials)![1].trim();
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl });
    const page = await laptop.newPage();
    await page.goto('/signin');
    await shot(page, '1-signin.png');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await page.getByTestId('workshop-link').first().click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const workshopPath = new URL(page.url()).pathname;

    await page.goto(`${workshopPath}/kerangka`);
    await shot(page, '5-kerangka.png');
    await page.goto(`${workshopPath}/topics/2.1`);
    await page.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('start-session').click();
    await page.getByTestId('session-running').first().waitFor();
    await shot(page, '6-topic.png');

    await page.goto(`${workshopPath}/people`);
    await page.getByTestId('new-group-name').fill('Kelompok Air Bersih');
    await page.getByTestId('add-group').click();
    await page.getByTestId('group-row').first().waitFor();
    await page.getByTestId('new-group-name').fill('Kelompok Pelayanan');
    await page.getByTestId('add-group').click();
    await page.getByTestId('group-row').nth(1).waitFor();
    const code = (await page.getByTestId('join-code').innerText()).trim();
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 1366 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, baseURL: baseUrl });
    const tabletPage = await tablet.newPage();
    await tabletPage.goto(`/join?code=${code}`);
    await shot(tabletPage, '7-join.png');
    await tabletPage.locator('input[name=name]').fill('Ibu Sari');
    await tabletPage.locator('input[name=organisation]').fill('Bappeda');
    await tabletPage.getByTestId('join-form').getByRole('button').click();
    await tabletPage.waitForURL(/\/me$/);
    await tabletPage.getByTestId('pick-group').first().tap();
    await tabletPage.waitForURL(/\/board\//);
    await page.reload();
    await shot(page, '8-people.png');

    await page.goto(workshopPath);
    await page.getByTestId('share-board').first().click();
    await page.getByTestId('share-name').fill('Tablet Kelompok 1');
    await page.getByTestId('share-participant').click();
    await page.getByTestId('share-link').waitFor();
    await shot(page, '2-workshop.png');

    await page.locator('[data-kind=board][data-topic="3.1"]').click();
    await waitForEditor(page);
    await page.evaluate(() => {
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      const cards = [
        { x: 240, y: 380, text: 'Air mengalir 24 jam', color: 'green' },
        { x: 240, y: 900, text: 'Air hanya mengalir pagi hari', color: 'pink' },
      ];
      for (const card of cards) editor.createShape({ type: 'plano-card', x: card.x, y: card.y, props: { text: card.text, color: card.color } });
    });
    await page.mouse.move(640, 420, { steps: 4 });
    await page.waitForTimeout(800);
    await shot(page, '3-board-laptop.png');

    await tabletPage.goto('/me');
    await tabletPage.getByTestId('open-group-board').tap();
    await waitForEditor(tabletPage);
    await tablet.setOffline(true);
    await tabletPage.waitForTimeout(1500);
    await tabletPage.evaluate(() => {
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      editor.createShape({ type: 'plano-card', x: 200, y: 300, props: { text: 'Ditulis saat luring', color: 'yellow' } });
    });
    await tabletPage.waitForTimeout(500);
    await shot(tabletPage, '4-tablet-offline.png');
    await tablet.setOffline(false);

    await page.goto(`${workshopPath}/calendar`);
    await shot(page, '9-calendar.png');

    await shootGapTable(page, workshopPath);
    await shootConsole(page, workshopPath);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
