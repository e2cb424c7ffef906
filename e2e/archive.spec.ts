import { expect, test } from '@playwright/test';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { PeoplePage } from './pages/PeoplePage';

test('the facilitator exports a workshop archive and imports its structure as a new workshop with the same groups', async ({ browser }) => {
  const { page, workshopId, people } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  await people.addGroup('Kelompok Merah');
  await people.addGroup('Kelompok Biru');

  await page.goto(`/w/${workshopId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const archive = await download.path();

  await page.goto('/');
  const form = page.getByTestId('import-workshop');
  await form.locator('input[name=archive]').setInputFiles(archive);
  await form.getByTestId('import-structure-only').check();
  await form.getByTestId('import-submit').click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const importedId = new URL(page.url()).pathname.split('/')[2];
  expect(importedId).not.toBe(workshopId);

  const imported = new PeoplePage(page);
  await imported.open(importedId);
  await expect(page.getByTestId('group-row')).toHaveText([/Kelompok Merah/, /Kelompok Biru/]);
  expect(await imported.joinCode()).not.toBe('');
});
