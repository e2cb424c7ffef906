import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';
import { TableWorksheetPage } from './pages/TableWorksheetPage';

test('a facilitator and a participant on a tablet fill 2.3’s gap table together, agree it, and amend it', async ({ browser }) => {
  const { page: lead, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Kesenjangan', pdam: 'PDAM Tirta Uji' });
  await people.open(workshopId);
  const code = await people.joinCode();
  // The Pokja's chair is on the roster, to be ticked as present at the agreement.
  const roster = lead.getByTestId('add-roster-entry');
  await roster.locator('input[name=name]').fill('Drs. Hasan');
  await roster.locator('select[name=role]').selectOption('pokja-chair');
  await roster.getByRole('button').click();
  await expect(lead.getByTestId('roster-entry').filter({ hasText: 'Drs. Hasan' })).toBeVisible();

  // The facilitator opens the sheet from topic 2.3 (this creates it) and opens it for participants.
  await lead.goto(`/w/${workshopId}/topics/2.3`);
  await lead.getByTestId('worksheet-link').filter({ hasText: 'Kesenjangan' }).click();
  const sheet = new TableWorksheetPage(lead);
  await sheet.waitConnected();
  await expect(lead.getByTestId('table-purpose')).toContainText('Tandai indikator strategis');
  await lead.getByTestId('open-board').click();
  await expect(lead.getByTestId('open-board')).toHaveAttribute('data-on', 'true');
  await sheet.waitConnected();

  const tabletPage = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(tabletPage).joinWithCode(code, 'Ibu Sari');
  // Her home screen lists the open sheet as one to fill, not under "view only".
  await expect(tabletPage.getByTestId('writable-doc').filter({ hasText: 'Kesenjangan' })).toHaveAttribute('data-kind', 'worksheet');
  await expect(tabletPage.getByTestId('read-only-docs').getByText('Kesenjangan')).toHaveCount(0);
  const partner = new TableWorksheetPage(tabletPage);
  await partner.open(workshopId, '2.3', 'gap-table');
  await expect(tabletPage.getByTestId('add-row')).toBeVisible();

  // Both type rows at the same time; each sees the other's cells and the gap computed live.
  const losses = await sheet.addRow();
  // The tablet's row goes below the laptop's once it has arrived there.
  await expect(partner.row(losses)).toBeVisible();
  const hours = await partner.addRow();
  await Promise.all([
    sheet.fillGapRow(losses, { indicator: 'Kehilangan air', unit: '%', target: '25', actual: '38,5', higherIsBetter: false }),
    partner.fillGapRow(hours, { indicator: 'Jam layanan', unit: 'jam/hari', target: '24', actual: '18', higherIsBetter: true }),
  ]);
  await partner.cell(losses, 'strategic').check();
  for (const page of [sheet, partner]) {
    // Lower is better for losses: 38,5 − 25 = 13,5 over the limit. Higher is better for hours: 24 − 18 = 6 short.
    await expect(page.computed(losses, 'gap')).toHaveText('kesenjangan 13,5 (di atas batas target)');
    await expect(page.computed(hours, 'gap')).toHaveText('kesenjangan 6 (di bawah target)');
    await expect(page.cell(hours, 'indicator')).toHaveValue('Jam layanan');
    await expect(page.cell(losses, 'actual')).toHaveValue('38,5');
    await expect(page.cell(losses, 'strategic')).toBeChecked();
  }
  // Tablet first: every control is at least 44 px for a finger (the whole table fits the
  // tablet's width: worksheet-layout.spec).
  for (const control of [partner.cell(hours, 'target'), partner.cell(hours, 'higherIsBetter').locator('..'), partner.row(hours).getByTestId('remove-row'), tabletPage.getByTestId('add-row')]) {
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }

  // A word in a number column is not written: the tablet says so and the laptop never sees it.
  await partner.cell(hours, 'target').fill('dua puluh');
  await expect(tabletPage.getByTestId('cell-problem')).toContainText('Bukan angka');
  await expect(sheet.cell(hours, 'target')).toHaveValue('24');
  await partner.cell(hours, 'target').fill('24');
  await expect(partner.page.getByTestId('cell-problem')).toHaveCount(0);

  // Kesepakatan: the facilitator taps who is present. Ibu Sari joined after the sheet was opened,
  // so the list is re-read first; nobody is ticked until the facilitator says so.
  await sheet.refreshAttendance('Ibu Sari');
  await sheet.waitConnected();
  await expect(sheet.attendee('Drs. Hasan').locator('..').locator('..')).toHaveAttribute('data-section', 'pokja');
  await expect(sheet.attendee('Ibu Sari').locator('..').locator('..')).toHaveAttribute('data-section', 'ungrouped');
  await expect(lead.locator('[data-testid=attendance-chip][data-on=true]')).toHaveCount(0);
  await sheet.tickPresent('Ibu Sari', 'Drs. Hasan');
  await expect(lead.getByTestId('attendance-count')).toHaveText('2 orang dipilih');
  expect((await sheet.attendee('Ibu Sari').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await sheet.agree();
  await expect(sheet.version(1)).toContainText('Versi 1');
  await expect(sheet.version(1).getByTestId('version-agreed-by')).toContainText('disepakati oleh Fasilitator, ');
  // In the order offered (Pokja first), not the order tapped.
  await expect(sheet.version(1).getByTestId('version-present')).toHaveText('Hadir: Drs. Hasan, Ibu Sari');
  await expect(sheet.version(1).getByTestId('version-row')).toHaveCount(2);
  await expect(sheet.version(1).getByTestId('version-table')).toContainText('13,5');

  // Topic 4.1 takes the gap table and the strategic indicators (the ticked rows) as its inputs.
  const topic41 = await lead.context().newPage();
  await topic41.goto(`/w/${workshopId}/topics/4.1`);
  const gapInput = topic41.locator('[data-testid=agreed-input][data-output="2.3/gap-table"]');
  const strategicInput = topic41.locator('[data-testid=agreed-input][data-output="2.3/strategic-indicators"]');
  await expect(gapInput).toContainText('Versi 1');
  await expect(gapInput.getByTestId('agreed-input-item')).toHaveText(['Kehilangan air', 'Jam layanan']);
  await expect(strategicInput.getByTestId('agreed-input-item')).toHaveText(['Kehilangan air']);

  // Amendment: service hours were re-measured on the tablet; version 2 shows what changed.
  await partner.cell(hours, 'actual').fill('20');
  await expect(sheet.computed(hours, 'gap')).toHaveText('kesenjangan 4 (di bawah target)');
  // Measured above the target, the gap says so in words rather than as a negative number.
  await partner.cell(hours, 'actual').fill('26');
  await expect(sheet.computed(hours, 'gap')).toHaveText('tidak ada kesenjangan, melampaui target 2');
  await partner.cell(hours, 'actual').fill('20');
  await expect(sheet.computed(hours, 'gap')).toHaveText('kesenjangan 4 (di bawah target)');
  // The same people are still ticked; a guest typed in the free field is recorded even without "Tambah".
  await lead.getByTestId('agreement-present').fill('Pak Camat');
  await sheet.agree();
  await expect(sheet.version(2)).toContainText('Versi 2');
  await expect(sheet.version(2).getByTestId('version-present')).toHaveText('Hadir: Drs. Hasan, Ibu Sari, Pak Camat');
  await expect(sheet.attendee('Pak Camat')).toHaveAttribute('data-on', 'true');
  await expect(sheet.version(2).getByTestId('version-diff')).toContainText('Jam layanan, Capaian: 18 → 20');
  // Version 1 stays readable as it was agreed.
  await sheet.version(1).locator('summary').click();
  await expect(sheet.version(1).locator('[data-testid=version-row] td[data-column=actual]')).toHaveText(['38,5', '18']);

  await topic41.reload();
  await expect(gapInput).toContainText('Versi 2');
});
