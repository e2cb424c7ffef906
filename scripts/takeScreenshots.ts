/**
 * Regenerates the README's screenshots from a running Plano (npm start on a fresh DATA_DIR):
 *   PLANO_URL=http://localhost:3000 DATA_DIR=.data npx tsx scripts/takeScreenshots.ts
 * Uses Debian's chromium when present, else Playwright's own browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const baseUrl = process.env.PLANO_URL ?? 'http://localhost:3000';
const dataDir = process.env.DATA_DIR ?? '.data';
const out = path.join('docs', 'screenshots');

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
    await page.screenshot({ path: path.join(out, '1-signin.png') });
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await page.getByTestId('workshop-link').first().click();
    await page.getByTestId('share-board').first().click();
    await page.getByTestId('share-name').fill('Tablet Kelompok 1');
    await page.getByTestId('share-participant').click();
    await page.getByTestId('share-link').waitFor();
    await page.screenshot({ path: path.join(out, '2-workshop.png') });
    const tabletLink = await page.request.post(`/api/boards/${(await page.locator('[data-kind=plenary]').getAttribute('href'))!.split('/').pop()}/links`, {
      data: { role: 'facilitator', name: 'Tablet Kelompok 1' },
    });
    const { url } = (await tabletLink.json()) as { url: string };
    await page.locator('[data-kind=plenary]').click();
    await page.waitForFunction(() => Boolean((window as unknown as { __planoEditor?: unknown }).__planoEditor));

    const tablet = await browser.newContext({ viewport: { width: 1024, height: 1366 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const tabletPage = await tablet.newPage();
    await tabletPage.goto(url);
    await tabletPage.waitForFunction(() => Boolean((window as unknown as { __planoEditor?: unknown }).__planoEditor));
    await page.evaluate(() => {
      type Editor = { createShape(shape: object): void };
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      const notes = ['Air keruh saat hujan', 'Antrian loket panjang', 'Tekanan air rendah sore hari'];
      notes.forEach((text, i) =>
        editor.createShape({ type: 'note', x: 120 + i * 240, y: 140, props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } } }),
      );
    });
    await page.mouse.move(500, 420, { steps: 4 });
    await tabletPage.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, '3-board-laptop.png') });
    await tablet.setOffline(true);
    await tabletPage.waitForTimeout(1500);
    await tabletPage.evaluate(() => {
      type Editor = { createShape(shape: object): void };
      const editor = (window as unknown as { __planoEditor: Editor }).__planoEditor;
      editor.createShape({ type: 'note', x: 200, y: 420, props: { color: 'light-green', richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ditulis saat luring' }] }] } } });
    });
    await tabletPage.waitForTimeout(500);
    await tabletPage.screenshot({ path: path.join(out, '4-tablet-offline.png') });
    await tablet.setOffline(false);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
