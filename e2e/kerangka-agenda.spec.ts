import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';

test('the facilitator reviews the Kerangka, runs a topic from its page and edits its agenda, on a tablet', async ({ browser }) => {
  // A workshop of its own, in the default zone (WIB): other journeys change the demo's details.
  const { page } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Kerangka', pdam: 'PDAM Tirta Kerangka' }, tablet);
  await page.getByTestId('open-kerangka').tap();

  await expect(page.getByTestId('kerangka-stage')).toHaveCount(7);
  await expect(page.getByTestId('kerangka-topic')).toHaveCount(22);
  const mainIssue = page.locator('[data-testid=kerangka-topic][data-topic="2.1"]');
  await expect(mainIssue).toHaveAttribute('data-status', 'not-started');
  await expect(page.locator('[data-testid=kerangka-topic][data-topic="4.7"]')).toContainText('Memakai hasil');

  await mainIssue.tap();
  await expect(page.getByTestId('topic-page')).toHaveAttribute('data-topic', '2.1');
  await expect(page.getByTestId('topic-objective')).not.toBeEmpty();
  await page.getByTestId('topic-status').selectOption('in-session');

  // The guide's agenda is a starting point: the first session runs two hours on 8 December.
  const before = await page.getByTestId('agenda-total').innerText();
  const first = page.locator('[data-testid=session-editor][data-session="1"]');
  await first.locator('input[name=minutes]').fill('120');
  await first.locator('input[name=date]').fill('2026-12-08');
  await first.locator('input[name=time]').fill('09:00');
  await first.getByRole('button', { name: 'Simpan' }).tap();
  await expect(page.locator('[data-testid=agenda-session][data-session="1"] h3')).toContainText('120 menit');
  await expect(page.locator('[data-testid=agenda-session][data-session="1"] h3')).toContainText('8 Desember 2026 09.00 WIB');
  await expect(page.getByTestId('agenda-total')).not.toHaveText(before);

  const sessionsBefore = await page.getByTestId('agenda-session').count();
  await page.getByTestId('add-session').tap();
  await expect(page.getByTestId('agenda-session')).toHaveCount(sessionsBefore + 1);
  await expect(page.getByTestId('agenda-session').last()).toContainText('Sesi tambahan');

  await page.getByRole('link', { name: /Kerangka STPP/ }).tap();
  await expect(page.locator('[data-testid=kerangka-topic][data-topic="2.1"]')).toHaveAttribute('data-status', 'in-session');
  await page.getByTestId('language-switch').tap();
  await expect(page.getByRole('heading', { name: /STPP drafting framework/ })).toBeVisible();
});
