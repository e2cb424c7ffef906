import { expect, test } from '@playwright/test';
import { tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { JoinPage } from './pages/JoinPage';
import { PeoplePage } from './pages/PeoplePage';
import { SignInPage } from './pages/SignInPage';
import { touchDrag } from './pages/touchDrag';
import { demoWorkshopLink } from './pages/demoWorkshop';

test('on a tablet, the facilitator drags a participant into a group with a finger', async ({ browser }) => {
  const account = firstFacilitator();
  const facilitator = await (await browser.newContext(tablet)).newPage();
  await new SignInPage(facilitator).signIn(account.email, account.password);
  await demoWorkshopLink(facilitator).tap();
  await expect(facilitator).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopId = new URL(facilitator.url()).pathname.split('/')[2];
  const people = new PeoplePage(facilitator);
  await people.open(workshopId);
  await people.addGroup('Kelompok Keuangan');
  const code = await people.joinCode();

  const participant = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(participant).joinWithCode(code, 'Ibu Wulan');

  await expect(async () => {
    await facilitator.reload();
    await expect(facilitator.locator('[data-testid=person-chip][data-name="Ibu Wulan"]')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const chip = facilitator.locator('[data-testid=person-chip][data-name="Ibu Wulan"]');
  const column = facilitator.locator('[data-testid=group-column][data-group-name="Kelompok Keuangan"]');
  await touchDrag(facilitator, chip, column);
  await expect(column.locator('[data-testid=person-chip][data-name="Ibu Wulan"]')).toBeVisible();

  await participant.reload();
  await expect(participant.getByTestId('my-group')).toContainText('Kelompok Keuangan');
});
