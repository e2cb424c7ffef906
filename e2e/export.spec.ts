import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { laptop } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { SignInPage } from './pages/SignInPage';

test('the facilitator downloads the draft STPP as a Word document and the workshop as JSON', async ({ browser }) => {
  const account = firstFacilitator();
  const page = await (await browser.newContext({ ...laptop, acceptDownloads: true })).newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  await page.getByTestId('workshop-link').first().click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  expect(docx.suggestedFilename()).toMatch(/^Draft-STPP-.*\.docx$/);
  const zip = await JSZip.loadAsync(await readFile(await docx.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('PDAM Tirta Contoh');
  expect(xml).toContain('Kalender Kerja');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const data = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string; workshop: { pdam: string } };
  expect(data.format).toBe('plano-workshop');
  expect(data.workshop.pdam).toBe('PDAM Tirta Contoh');
});
