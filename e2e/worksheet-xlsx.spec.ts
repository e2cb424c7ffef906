import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readWorkbook } from '../server/export/xlsxRead';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { TableWorksheetPage } from './pages/TableWorksheetPage';

test('the facilitator downloads the gap table as it stands, before agreeing it, as an XLSX with the gap formula', async ({ browser }) => {
  const { page, workshopId } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Unduh', pdam: 'PDAM Tirta Unduh' });
  const sheet = new TableWorksheetPage(page);
  await sheet.open(workshopId, '2.3', 'gap-table');
  const losses = await sheet.addRow();
  await sheet.fillGapRow(losses, { indicator: 'Kehilangan air', unit: '%', target: '25', actual: '38,5', higherIsBetter: false });
  await expect(sheet.computed(losses, 'gap')).toHaveText('kesenjangan 13,5 (di atas batas target)');

  const button = page.getByTestId('worksheet-xlsx');
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('2-3-gap-table-Tabel-Analisis-Kesenjangan-Kuantitatif.xlsx');
  const workbook = await readWorkbook(await readFile(await download.path()));
  const cells = workbook.worksheets[0];
  expect(cells.getCell('A5').value).toBe('Kehilangan air');
  expect(cells.getCell('D5').value).toBe(38.5);
  expect(cells.getCell('H5').value).toMatchObject({ result: 13.5 });
});
