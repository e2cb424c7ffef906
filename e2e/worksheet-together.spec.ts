import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';
import { TableWorksheetPage } from './pages/TableWorksheetPage';

test('a laptop and a tablet type into the same cell at once: both texts survive, merged, and each sees who else is in the cell', async ({ browser }) => {
  const { page: lead, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Bersama', pdam: 'PDAM Tirta Uji' });
  await people.open(workshopId);
  const code = await people.joinCode();
  const laptop = new TableWorksheetPage(lead);
  await laptop.open(workshopId, '5.1', 'smart-logframe');
  await lead.getByTestId('open-board').click();
  await expect(lead.getByTestId('open-board')).toHaveAttribute('data-on', 'true');
  await laptop.waitConnected();

  const tabletPage = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(tabletPage).joinWithCode(code, 'Ibu Sari');
  const partner = new TableWorksheetPage(tabletPage);
  await partner.open(workshopId, '5.1', 'smart-logframe');

  // The logframe's narrative summary: a long-text cell, the first of a new row.
  const row = await laptop.addRow();
  const column = 'summary';
  await laptop.cell(row, column).pressSequentially('Air mengalir');
  await expect(partner.cell(row, column)).toHaveValue('Air mengalir');

  // Both put the caret in the cell; each sees the other's name on it.
  await laptop.cell(row, column).click();
  await laptop.caretAt(row, column, 'end');
  await partner.cell(row, column).tap();
  await partner.caretAt(row, column, 'start');
  await expect(laptop.cellFrame(row, column).getByTestId('cell-peer')).toHaveText('Ibu Sari sedang di sel ini');
  await expect(partner.cellFrame(row, column).getByTestId('cell-peer')).toHaveText('Fasilitator sedang di sel ini');

  // They type at the same time, one at the end, the other at the start.
  await Promise.all([lead.keyboard.type(' 24 jam setiap hari', { delay: 40 }), tabletPage.keyboard.type('Target: ', { delay: 40 })]);
  const merged = 'Target: Air mengalir 24 jam setiap hari';
  await expect(laptop.cell(row, column)).toHaveValue(merged);
  await expect(partner.cell(row, column)).toHaveValue(merged);

  // A choice has one value, the last one chosen; who changed it while the tablet was in it is said there.
  await partner.cell(row, 'level').focus();
  await laptop.cell(row, 'level').selectOption('goal');
  await expect(partner.cellFrame(row, 'level').getByTestId('cell-changed-by')).toHaveText('Fasilitator mengubah sel ini menjadi Tujuan akhir saat Anda mengisinya.');
  await expect(partner.cell(row, 'level')).toHaveValue('goal');

  // The merge is what the server keeps: a reload shows it.
  await tabletPage.reload();
  await partner.waitConnected();
  await expect(partner.cell(row, column)).toHaveValue(merged);
});
