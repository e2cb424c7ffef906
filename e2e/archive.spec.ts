import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SAME_ORIGIN } from './pages/sameOrigin';
import type { Archive } from '@/server/archive/archiveSchema';
import { archiveContent } from '@/server/testing/archiveContent';
import { REAL_SIZE, realSizeArchive } from '@/server/testing/realSizeArchive';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { PeoplePage } from './pages/PeoplePage';

/** Imports an archive file through the form on the home page; returns the new workshop's id. */
async function importThroughForm(page: Page, file: string, structureOnly = false): Promise<string> {
  await page.goto('/');
  const form = page.getByTestId('import-workshop');
  await form.locator('input[name=archive]').setInputFiles(file);
  if (structureOnly) await form.getByTestId('import-structure-only').check();
  await form.getByTestId('import-submit').click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
  return new URL(page.url()).pathname.split('/')[2];
}

/** Downloads the workshop's archive with its export button; returns the file's path. */
async function exportThroughButton(page: Page, workshopId: string): Promise<string> {
  await page.goto(`/w/${workshopId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return download.path();
}

test('the facilitator exports a workshop archive and imports its structure as a new workshop with the same groups', async ({ browser }) => {
  const { page, workshopId, people } = await facilitatorOnFirstWorkshop(browser);
  await people.open(workshopId);
  await people.addGroup('Kelompok Merah');
  await people.addGroup('Kelompok Biru');

  const archive = await exportThroughButton(page, workshopId);
  const importedId = await importThroughForm(page, archive, true);
  expect(importedId).not.toBe(workshopId);

  const imported = new PeoplePage(page);
  await imported.open(importedId);
  await expect(page.getByTestId('group-row')).toHaveText([/Kelompok Merah/, /Kelompok Biru/]);
  expect(await imported.joinCode()).not.toBe('');
});

test('a workshop at real size (2,000 plenary cards, 20 worksheets) is exported and imported again through the screens with equal content', async ({ browser }) => {
  test.setTimeout(240_000);
  const generated = realSizeArchive();
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'plano-e2e-archive-')), 'Plano-PDAM-Tirta-Uji.json');
  await writeFile(file, JSON.stringify(generated, null, 2) + '\n');
  const { page } = await facilitatorOnFirstWorkshop(browser);

  // Brought in from elsewhere, then carried to a new workshop by its own download.
  const first = await importThroughForm(page, file);
  const firstExport = JSON.parse(await readFile(await exportThroughButton(page, first), 'utf8')) as Archive;
  const second = await importThroughForm(page, await exportThroughButton(page, first));
  expect(second).not.toBe(first);
  const secondExport = JSON.parse(await readFile(await exportThroughButton(page, second), 'utf8')) as Archive;

  const [original, exported, reimported] = [generated, firstExport, secondExport].map(archiveContent);
  expect(reimported).toEqual(exported);
  expect(exported.docs).toEqual(original.docs);
  expect(exported.agreedOutputs).toEqual(original.agreedOutputs);
  expect(Object.keys(exported.docs[0].state.tldraw as object).filter((id) => id.startsWith('shape:card'))).toHaveLength(REAL_SIZE.plenaryCards);
});

test('an archive whose agreed data nests too deeply is refused with a clear answer, not a server error', async ({ browser }) => {
  const { page } = await facilitatorOnFirstWorkshop(browser);
  const archive = JSON.stringify({ ...realSizeArchive({ plenaryCards: 0 }), docs: [], agreedOutputs: [] });
  const deep = archive.replace('"agreedOutputs":[]', `"agreedOutputs":[{"outputId":"2.1/main-issue","version":1,"agreedAt":"2026-12-01T03:00:00.000Z","agreedBy":"x","present":[],"note":null,"sourceDocs":[],"data":${'['.repeat(50_000)}${']'.repeat(50_000)}}]`);
  const response = await page.request.post('/api/workshops/import', { data: deep, headers: { ...SAME_ORIGIN, 'content-type': 'application/json' } });
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: string }).error).toMatch(/agreedOutputs\.0\.data: must not nest deeper than 32 levels/);
});
