import { expect, test, type Locator, type Page } from '@playwright/test';
import { laptop, tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { firstFacilitator } from './pages/firstFacilitator';
import { RankingWorksheetPage } from './pages/RankingWorksheetPage';
import { SignInPage } from './pages/SignInPage';
import { TableWorksheetPage } from './pages/TableWorksheetPage';

const LONG_ISSUE = 'Pasokan air tidak 24 jam di zona selatan dan timur kota';

/** Every sideways scroller on the page is as wide as its table: nothing hides past its edge. */
async function expectNoHiddenScrolling(page: Page) {
  for (const scroller of await page.getByTestId('table-scroller').all()) {
    const [scrollWidth, clientWidth] = await scroller.evaluate((frame) => [frame.scrollWidth, frame.clientWidth]);
    expect(scrollWidth, 'a table wider than its frame').toBeLessThanOrEqual(clientWidth + 1);
  }
  const [pageWidth, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(pageWidth).toBeLessThanOrEqual(viewport);
  await expect(page.getByTestId('table-scroll-hint')).toHaveCount(0);
}

/** The element lies wholly inside the window, left to right. */
async function expectInView(page: Page, element: Locator) {
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test('the 2.1, 2.3 and 3.1 worksheets fit a laptop and a tablet: no hidden columns, names not cut', async ({ browser }) => {
  const { page, workshopId } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Tata Letak', pdam: 'PDAM Tirta Uji' });
  // 2.1 with four criteria and a long issue, as the report had them.
  const ranking = new RankingWorksheetPage(page);
  await ranking.open(workshopId);
  await ranking.addSuggestedCriterion('Tingkat urgensi');
  await ranking.addSuggestedCriterion('Cakupan manfaat');
  for (const label of ['Dampak pada pelanggan', 'Kemudahan pelaksanaan']) {
    await page.getByTestId('criterion-form').locator('input[name=label]').fill(label);
    await page.getByTestId('criterion-form').getByRole('button', { name: 'Tambah kriteria' }).click();
  }
  for (const issue of [LONG_ISSUE, 'Tagihan salah', 'Kebocoran pipa distribusi utama']) await ranking.addIssue(issue);
  // 2.3 with two rows, 3.1's checklist with a note.
  const gaps = new TableWorksheetPage(page);
  await gaps.open(workshopId, '2.3', 'gap-table');
  for (const [indicator, target, actual] of [['Pasokan air 24 jam', '24', '18'], ['Kehilangan air (non-revenue water)', '25', '38,5']]) {
    const row = await gaps.addRow();
    await gaps.fillGapRow(row, { indicator, unit: 'jam/hari', target, actual, higherIsBetter: true });
  }
  const checklist = new TableWorksheetPage(page);
  await checklist.open(workshopId, '3.1', 'governance-checklist');
  await checklist.cell('target-groups', 'notes').fill('Data pelanggan miskin belum lengkap');

  const account = firstFacilitator();
  for (const device of [laptop, tablet]) {
    const screen = await (await browser.newContext(device)).newPage();
    await new SignInPage(screen).signIn(account.email, account.password);

    const sheet21 = new RankingWorksheetPage(screen);
    await sheet21.open(workshopId);
    await expectNoHiddenScrolling(screen);
    await expectInView(screen, screen.getByRole('columnheader', { name: 'Peringkat' }));
    for (const rank of await screen.getByTestId('issue-rank').all()) await expectInView(screen, rank);
    // The long issue reads whole: its field wraps and grows instead of cutting it off.
    const name = screen.getByLabel(`Nama ${LONG_ISSUE}`, { exact: true });
    await expect(name).toHaveValue(LONG_ISSUE);
    const [scrollHeight, clientHeight, scrollWidth, clientWidth] = await name.evaluate((field) => [field.scrollHeight, field.clientHeight, field.scrollWidth, field.clientWidth]);
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 2);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

    const sheet23 = new TableWorksheetPage(screen);
    await sheet23.open(workshopId, '2.3', 'gap-table');
    await expectNoHiddenScrolling(screen);
    for (const control of await screen.getByTestId('remove-row').all()) await expectInView(screen, control);
    for (const gap of await screen.getByTestId('computed-cell').all()) await expectInView(screen, gap);

    const sheet31 = new TableWorksheetPage(screen);
    await sheet31.open(workshopId, '3.1', 'governance-checklist');
    await expectNoHiddenScrolling(screen);
    for (const met of await screen.getByTestId('computed-cell').all()) await expectInView(screen, met);
    await screen.context().close();
  }

  // A matrix that cannot fit (nine criteria on a tablet) says so above it, and scrolls with a visible bar.
  await ranking.open(workshopId);
  for (const label of ['Biaya', 'Waktu', 'Risiko', 'Dukungan DPRD', 'Kesiapan SDM']) {
    await page.getByTestId('criterion-form').locator('input[name=label]').fill(label);
    await page.getByTestId('criterion-form').getByRole('button', { name: 'Tambah kriteria' }).click();
    await expect(page.getByTestId('criterion-column')).not.toHaveCount(0);
  }
  const crowded = await (await browser.newContext(tablet)).newPage();
  await new SignInPage(crowded).signIn(account.email, account.password);
  await new RankingWorksheetPage(crowded).open(workshopId);
  await expect(crowded.getByTestId('criterion-column')).toHaveCount(9);
  await expect(crowded.getByTestId('table-scroll-hint')).toHaveText('Tabel ini lebih lebar dari layar: geser ke samping untuk kolom lainnya →');
  await expect(crowded.getByTestId('table-scroller')).toHaveAttribute('data-overflows', 'true');
});
