import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { facilitatorOnNewWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';

test('breakout groups are formed per session: a new session starts with new groups, the earlier ones stay with their session', async ({ browser }) => {
  const { page: facilitator, workshopId, people } = await facilitatorOnNewWorkshop(browser, { title: 'Lokakarya Sesi', pdam: 'PDAM Sesi' });

  // Session 1 of topic 2.1 starts; its groups are formed.
  await facilitator.goto(`/w/${workshopId}/topics/2.1`);
  await facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('start-session').click();
  await expect(facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('session-running')).toBeVisible();
  await people.open(workshopId);
  await expect(facilitator.getByTestId('current-session')).toContainText('2.1 Isu Utama Pelayanan PDAM');
  await people.addGroup('Kelompok Isu A');
  const code = await people.joinCode();

  const participant = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(participant).joinWithCode(code, 'Pak Darto');
  await participant.getByTestId('pick-group').filter({ hasText: 'Kelompok Isu A' }).tap();
  await expect(participant).toHaveURL(/\/board\//);
  await participant.goto('/me');
  await expect(participant.getByTestId('my-group')).toContainText('Kelompok Isu A');

  // Topic 3.1 starts: nobody is in a group yet, and 2.1's groups are not this session's.
  await facilitator.goto(`/w/${workshopId}/topics/3.1`);
  await facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('start-session').click();
  await expect(facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('session-running')).toBeVisible();
  await people.open(workshopId);
  await expect(facilitator.getByTestId('current-session')).toContainText('3.1');
  await expect(facilitator.getByTestId('group-row')).toHaveCount(0);
  await people.addGroup('Kelompok Harapan');
  await participant.reload();
  await expect(participant.getByTestId('my-group')).toHaveCount(0);
  await expect(participant.getByTestId('pick-group')).toHaveText(['Masuk Kelompok Harapan']);

  // Back to 2.1: its groups and Pak Darto's place in them are still there.
  await facilitator.goto(`/w/${workshopId}/topics/2.1`);
  await facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('start-session').click();
  await expect(facilitator.locator('[data-testid=agenda-session][data-session="1"]').getByTestId('session-running')).toBeVisible();
  await participant.reload();
  await expect(participant.getByTestId('my-group')).toContainText('Kelompok Isu A');
});
