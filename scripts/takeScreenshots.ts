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
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
