import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SAME_ORIGIN } from './pages/sameOrigin';
import JSZip from 'jszip';
import { docxText } from '../server/export/docxText';
import { CardBoardPage } from './pages/CardBoardPage';
import { laptop, tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { McuaWorksheetPage } from './pages/McuaWorksheetPage';
import { SignInPage } from './pages/SignInPage';
import { firstFacilitator } from './pages/firstFacilitator';

test('a member reads the draft STPP on a tablet: the agreed MCUA ranking, a wide table that scrolls, the board annex, the same texts as the DOCX', async ({ browser }) => {
  // A workshop of its own: the MCUA it agrees must be version 1 whatever other journeys agreed.
  const { page: lead, workshopId } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Pratinjau', pdam: 'PDAM Tirta Pratinjau' }, laptop);

  // Agreed data: an MCUA worksheet. By hand: SOP 5 × 100 % = 5,00, meter 4 × 100 % = 4,00.
  const sheet = new McuaWorksheetPage(lead);
  await sheet.openFromTopic(workshopId);
  await sheet.addCriterion('Dampak', 100);
  await sheet.addAction('Ganti meter', 'technical');
  await sheet.addAction('SOP pengaduan', 'management');
  await sheet.score('Ganti meter', 'Dampak', 4);
  await sheet.score('SOP pengaduan', 'Dampak', 5);
  await expect(sheet.overallRanking()).toHaveText(['1. SOP pengaduan · 5.00', '2. Ganti meter · 4.00']);
  await sheet.agree();

  // A meeting makes the wide Kalender Kerja table; a card on the plenary makes the annex.
  const meeting = await lead.request.post(`/api/workshops/${workshopId}/meetings`, {
    data: { date: '2026-12-08', time: '09:00', place: 'Ruang rapat PDAM', agenda: 'Rapat Pokja pertama membahas tarif', invitees: 'Pokja dan Bappeda', topicId: '4.7' },
    headers: SAME_ORIGIN,
  });
  expect(meeting.ok()).toBe(true);
  await lead.goto(`/w/${workshopId}`);
  await lead.locator('[data-testid=board-link][data-kind=plenary]').click();
  const board = new CardBoardPage(lead);
  await board.waitForEditor();
  await board.addCard('Kebocoran pipa di zona utara', 200, 200);

  // A member on a portrait tablet finds the preview beside the downloads.
  const account = firstFacilitator();
  const page = await (await browser.newContext({ ...tablet, viewport: { width: 768, height: 1024 }, acceptDownloads: true })).newPage();
  await new SignInPage(page).signIn(account.email, account.password, `/w/${workshopId}`);
  await page.getByTestId('open-document-preview').click();
  await expect(page).toHaveURL(new RegExp(`/w/${workshopId}/document$`));
  const view = page.getByTestId('document-view');
  await expect(view.getByTestId('document-cover')).toContainText('PDAM Tirta Pratinjau');

  const priorities = view.locator('[data-testid=document-table][data-table="mcua-4.7/priorities"]');
  await expect(priorities.getByTestId('table-row')).toHaveText(['1SOP pengaduanManajemen (P3O)5,00', '2Ganti meterTeknis4,00']);
  await expect(priorities.getByTestId('table-source')).toContainText('Sumber: keluaran 4.7/priorities');
  await expect(priorities.getByTestId('table-source')).toContainText('versi 1');

  // The wide calendar table scrolls inside its frame; the page itself does not scroll sideways.
  const calendar = view.locator('[data-testid=document-table][data-table=meetings]');
  await expect(calendar).toContainText('Rapat Pokja pertama membahas tarif');
  const frame = calendar.getByTestId('table-scroll');
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The annex shows the plenary board as a drawing with its caption and source.
  const annex = view.locator('[data-testid=document-section][data-section=annex]');
  const figure = annex.getByTestId('document-image');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('figcaption')).toHaveText('Gambar 1: Papan Pleno');
  await expect(figure.getByTestId('image-source')).toContainText('(1 kartu)');
  await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const svg = decodeURIComponent((await figure.locator('img').getAttribute('src'))!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
  expect(svg).toMatch(/Kebocoran[\s\S]*pipa[\s\S]*zona[\s\S]*utara/);

  // The DOCX downloaded from the preview carries the same texts and the drawing.
  const shown = (await view.locator('[data-testid=document-table] td, [data-testid=table-source], figcaption, [data-testid=image-source]').allTextContents()).filter((text) =>
    /SOP pengaduan|Ganti meter|4\.7\/priorities|Rapat Pokja pertama|Gambar 1|Papan Pleno/.test(text),
  );
  expect(shown).toEqual(expect.arrayContaining(['SOP pengaduan', 'Ganti meter', 'Rapat Pokja pertama membahas tarif', 'Gambar 1: Papan Pleno']));
  expect(shown.filter((text) => text.startsWith('Sumber: keluaran 4.7/priorities') || text.startsWith('Sumber: papan “Papan Pleno” (1 kartu)'))).toHaveLength(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  const docx = await readFile(await download.path());
  const { text } = await docxText(docx);
  // Both are built from one model; only the "generated on" instants can differ, and they share a date.
  for (const line of shown) expect(text).toContain(line);
  const media = Object.keys((await JSZip.loadAsync(docx)).files).filter((name) => name.startsWith('word/media/'));
  expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1);
  expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(1);

  // In English, the same document in the other language.
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(new RegExp(`/w/${workshopId}/document$`));
  await expect(view.locator('[data-testid=document-section][data-section=priorities] h2')).toHaveText('Action priorities (MCUA)');
  await expect(annex.getByTestId('document-image').locator('figcaption')).toHaveText('Figure 1: Plenary board');
  await expect(priorities.getByTestId('table-row').first()).toHaveText('1SOP pengaduanManagement (P3O)5.00');
});
