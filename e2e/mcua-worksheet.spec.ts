import { expect, test } from '@playwright/test';
import { laptop, tablet } from './pages/devices';
import { firstFacilitator } from './pages/firstFacilitator';
import { McuaWorksheetPage } from './pages/McuaWorksheetPage';
import { SignInPage } from './pages/SignInPage';
import { demoWorkshopLink } from './pages/demoWorkshop';

test('two facilitators fill one MCUA worksheet at once, agree it, amend it, and 5.1 reads it', async ({ browser }) => {
  const account = firstFacilitator();
  const lead = await (await browser.newContext(laptop)).newPage();
  await new SignInPage(lead).signIn(account.email, account.password);
  await demoWorkshopLink(lead).click();
  await expect(lead).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  const workshopId = new URL(lead.url()).pathname.split('/')[2];

  // The lead opens the sheet first (this creates it); the partner signs in on a tablet.
  const sheet = new McuaWorksheetPage(lead);
  await sheet.openFromTopic(workshopId);
  const partnerPage = await (await browser.newContext(tablet)).newPage();
  await new SignInPage(partnerPage).signIn(account.email, account.password, McuaWorksheetPage.path(workshopId));
  const partner = new McuaWorksheetPage(partnerPage);
  await partner.waitConnected();

  // The lead types the criteria and actions while the partner scores as rows appear.
  await sheet.addCriterion('Dampak', 40);
  await sheet.addCriterion('Biaya', 35);
  await sheet.addCriterion('Waktu', 25);
  await sheet.addAction('Ganti meter', 'technical');
  await sheet.addAction('Penyesuaian tarif', 'financial');
  await sheet.addAction('SOP pengaduan', 'management');
  const scores: [string, number, number, number][] = [
    ['Ganti meter', 4, 3, 5],
    ['Penyesuaian tarif', 3, 4, 3],
    ['SOP pengaduan', 3, 5, 5],
  ];
  for (const [action, dampak, biaya, waktu] of scores) {
    await partner.score(action, 'Dampak', dampak);
    await partner.score(action, 'Biaya', biaya);
    await partner.score(action, 'Waktu', waktu);
  }

  // By hand: SOP (120+175+125)/100 = 4.20, meter (160+105+125)/100 = 3.90, tarif (120+140+75)/100 = 3.35.
  for (const page of [sheet, partner]) {
    await expect(page.overallRanking()).toHaveText(['1. SOP pengaduan · 4.20', '2. Ganti meter · 3.90', '3. Penyesuaian tarif · 3.35']);
    // Weights as shares of the whole; how far one may move, in percentage points of that share.
    await expect(page.page.getByTestId('weight-share')).toHaveText(['= 40 % dari seluruh bobot', '= 35 % dari seluruh bobot', '= 25 % dari seluruh bobot']);
    await expect(page.page.getByTestId('ranking-overall').getByTestId('sensitivity')).toContainText(
      'Jika bobot Biaya turun dari 35 % ke bawah 23,5 % dari seluruh bobot (lebih dari 11,5 poin persentase; bobot 35 → 20), Ganti meter menyalip.',
    );
    await expect(page.page.getByTestId('ranking-overall').getByTestId('sensitivity')).toContainText(
      'Jika bobot Dampak naik dari 40 % ke atas 53,8 % dari seluruh bobot (lebih dari 13,8 poin persentase; bobot 40 → 70), Ganti meter menyalip.',
    );
  }
  await expect(lead.getByTestId('ranking-overall').getByTestId('ranking-tie')).toHaveCount(0);

  await lead.getByTestId('agreement-present').fill('Ir. Andi, Drs. Hasan');
  await sheet.agree();
  await expect(sheet.version(1)).toContainText('Versi 1');
  await expect(sheet.version(1)).toContainText('Hadir: Ir. Andi, Drs. Hasan');

  // Topic 5.1 takes 4.7's priorities as its input.
  const topic51 = await (await browser.newContext(laptop)).newPage();
  await new SignInPage(topic51).signIn(account.email, account.password, `/w/${workshopId}/topics/5.1`);
  const priorities = topic51.locator('[data-testid=agreed-input][data-output="4.7/priorities"]');
  await expect(priorities).toContainText('Versi 1');
  await expect(priorities.getByTestId('agreed-input-item').first()).toHaveText('1. SOP pengaduan');

  // Amendment: the partner re-scores the meter, (120+175+125)/100 = 4.20, level with SOP at the top.
  await partner.score('Ganti meter', 'Dampak', 3);
  await partner.score('Ganti meter', 'Biaya', 5);
  for (const page of [sheet, partner]) {
    await expect(page.page.getByTestId('ranking-overall').getByTestId('ranking-tie')).toContainText('Nilai tertinggi masih sama: Ganti meter, SOP pengaduan (masing-masing 4.20)');
    await expect(page.page.getByTestId('agree-blocked')).toContainText('nilai tertinggi masih sama');
  }
  await expect(lead.getByTestId('agree-output')).toBeDisabled();
  // A further round for the two only, on the same criteria and weights.
  await lead.getByTestId('start-further-round').click();
  await expect(partner.roundRows(2)).toHaveText([/Ganti meter/, /SOP pengaduan/]);
  // By hand: meter (40·5 + 35·4 + 25·4)/100 = 4.40, SOP (40·3 + 35·5 + 25·4)/100 = 3.95.
  await Promise.all([partner.roundScores(2, 'Ganti meter', [5, 4, 4]), sheet.roundScores(2, 'SOP pengaduan', [3, 5, 4])]);
  for (const page of [sheet, partner]) {
    await expect(page.overallRanking()).toHaveText(['1. Ganti meter · 4.20 · putaran 2: 4.40', '2. SOP pengaduan · 4.20 · putaran 2: 3.95', '3. Penyesuaian tarif · 3.35']);
    await expect(page.page.getByTestId('agree-blocked')).toHaveCount(0);
  }
  await sheet.agree();
  await expect(sheet.version(2)).toContainText('Versi 2');
  await expect(sheet.version(2).getByTestId('version-diff')).toContainText('Ganti meter: peringkat 2 → 1');
  // Version 1 stays readable as it was agreed.
  await sheet.version(1).locator('summary').click();
  await expect(sheet.version(1).getByTestId('version-ranking').locator('li').first()).toHaveText('1. SOP pengaduan · 4.20');

  await topic51.reload();
  await expect(priorities).toContainText('Versi 2');
  await expect(priorities.getByTestId('agreed-input-item').first()).toHaveText('1. Ganti meter');
});
