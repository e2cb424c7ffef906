import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { pdfPages } from '../server/export/pdfText';
import { readWorkbook } from '../server/export/xlsxRead';
import { CardBoardPage } from './pages/CardBoardPage';
import { laptop } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { SignInPage } from './pages/SignInPage';
import { demoWorkshopLink } from './pages/demoWorkshop';

test('the facilitator downloads the draft STPP as Word and PDF, the worksheets as XLSX and the workshop as JSON', async ({ browser }) => {
  const account = firstFacilitator();
  const page = await (await browser.newContext({ ...laptop, acceptDownloads: true })).newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  await demoWorkshopLink(page).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  expect(docx.suggestedFilename()).toMatch(/^Draft-STPP-.*\.docx$/);
  const zip = await JSZip.loadAsync(await readFile(await docx.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('PDAM Tirta Contoh');
  expect(xml).toContain('Kalender Kerja');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
  expect(pdf.suggestedFilename()).toMatch(/^Draft-STPP-.*\.pdf$/);
  const pages = await pdfPages(await readFile(await pdf.path()));
  expect(pages[0].text).toContain('Draf Dokumen STPP');
  expect(pages[0].text).toContain('PDAM Tirta Contoh');
  expect(pages.some((p) => p.text.startsWith('Kalender Kerja'))).toBe(true);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = await readWorkbook(await readFile(await xlsx.path()));
  expect(workbook.worksheets[0].name).toBe('Ringkasan');
  expect(workbook.worksheets[0].getCell('A1').value).toBe('PDAM Tirta Contoh');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const data = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string; workshop: { pdam: string } };
  expect(data.format).toBe('plano-workshop');
  expect(data.workshop.pdam).toBe('PDAM Tirta Contoh');
});

test('the facilitator downloads the board as an SVG and a PNG image showing its cards', async ({ browser }) => {
  const account = firstFacilitator();
  const page = await (await browser.newContext({ ...laptop, acceptDownloads: true })).newPage();
  await new SignInPage(page).signIn(account.email, account.password);
  await demoWorkshopLink(page).click();
  await page.locator('[data-testid=board-link][data-kind=plenary]').click();
  const board = new CardBoardPage(page);
  await board.waitForEditor();
  await board.addCard('Kebocoran pipa di zona utara', 200, 200);

  await page.getByTestId('board-image-toggle').click();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('board-export-svg').click()]);
  expect(svg.suggestedFilename()).toMatch(/^[A-Za-z0-9-]+\.svg$/);
  const svgText = await readFile(await svg.path(), 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('Kebocoran pipa di zona utara');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('board-export-png').click()]);
  expect(png.suggestedFilename()).toBe(svg.suggestedFilename().replace(/\.svg$/, '.png'));
  const pngBytes = await readFile(await png.path());
  expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(pngBytes.length).toBeGreaterThan(1000);
});
