import { expect, test } from '@playwright/test';
import { SAME_ORIGIN } from './pages/sameOrigin';
import { laptop, tablet } from './pages/devices';
import { facilitatorOnFirstWorkshop } from './pages/facilitatorSetup';
import { JoinPage } from './pages/JoinPage';
import { RankingWorksheetPage } from './pages/RankingWorksheetPage';

test('the facilitator and a participant’s tablet fill the ranking matrix, break a tie at the top in a further round, agree the main issue, and 2.2 reads it', async ({ browser }) => {
  const { page: lead, workshopId, people } = await facilitatorOnFirstWorkshop(browser, laptop);
  await people.open(workshopId);
  const code = await people.joinCode();

  // The facilitator opens the sheet first (this creates it) and opens it for participants' writing.
  const sheet = new RankingWorksheetPage(lead);
  await sheet.openFromTopic(workshopId);
  await sheet.openForParticipants();

  const memberPage = await (await browser.newContext(tablet)).newPage();
  await new JoinPage(memberPage).joinWithCode(code, 'Ibu Nur', 'Bagian Hubungan Langganan');
  const member = new RankingWorksheetPage(memberPage);
  await member.open(workshopId);
  await expect(memberPage.getByTestId('issue-form')).toBeVisible();

  // Criteria from the guide's examples, issues from both devices.
  await sheet.addSuggestedCriterion('Tingkat urgensi');
  await sheet.addSuggestedCriterion('Cakupan manfaat');
  await sheet.addIssue('Kebocoran pipa');
  await member.addIssue('Tagihan salah');
  await member.addIssue('Jam layanan loket');
  await expect(sheet.issueRow(1, 'Jam layanan loket')).toBeVisible();

  // Both score at once. By hand: pipa 5+4 = 9, tagihan 4+5 = 9, loket 3+3 = 6: the top is shared.
  await Promise.all([sheet.scoreIssue(1, 'Kebocoran pipa', 5, 4), member.scoreIssue(1, 'Tagihan salah', 4, 5).then(() => member.scoreIssue(1, 'Jam layanan loket', 3, 3))]);
  for (const page of [sheet, member]) {
    await expect(page.finalOrder()).toHaveText(['1. Kebocoran pipa · 9', '1. Tagihan salah · 9', '3. Jam layanan loket · 6']);
    await expect(page.page.getByTestId('ranking-tie')).toHaveText('Nilai tertinggi masih sama: Kebocoran pipa, Tagihan salah (masing-masing 9). Isu utama belum dapat ditetapkan.');
    await expect(page.issueRow(1, 'Tagihan salah')).toHaveAttribute('data-tied', 'true');
  }
  // A score off the criterion's 1–5 scale, or a word, is refused on the screen; the tablet never sees it.
  const loketUrgensi = sheet.scoreCell(1, 'Jam layanan loket', 'Tingkat urgensi');
  await expect(sheet.page.getByTestId('criterion-scale').first()).toHaveValue('1-5');
  await expect(member.page.getByTestId('criterion-scale').first()).toHaveText('skala 1–5');
  await loketUrgensi.fill('7');
  await expect(sheet.cellProblem(loketUrgensi)).toHaveText('Di luar skala 1–5: 7');
  await loketUrgensi.fill('x');
  await expect(sheet.cellProblem(loketUrgensi)).toHaveText('Bukan angka: x');
  await expect(member.scoreCell(1, 'Jam layanan loket', 'Tingkat urgensi')).toHaveValue('3');
  await loketUrgensi.blur();
  await expect(loketUrgensi).toHaveValue('3');

  // Removing a criterion takes its scores along; one Undo brings both back, on every device.
  await lead.getByLabel('Hapus Cakupan manfaat', { exact: true }).click();
  await expect(member.finalOrder()).toHaveText(['1. Kebocoran pipa · 5', '2. Tagihan salah · 4', '3. Jam layanan loket · 3']);
  await lead.getByTestId('undo').click();
  for (const page of [sheet, member]) await expect(page.finalOrder()).toHaveText(['1. Kebocoran pipa · 9', '1. Tagihan salah · 9', '3. Jam layanan loket · 6']);
  await expect(member.scoreCell(1, 'Tagihan salah', 'Cakupan manfaat')).toHaveValue('5');

  // A tied matrix cannot be agreed: Sepakati is disabled, and every device says why.
  await expect(lead.getByTestId('agree-output')).toBeDisabled();
  for (const page of [sheet, member]) {
    await expect(page.page.getByTestId('agree-blocked')).toHaveText('Belum dapat disepakati: nilai tertinggi masih sama; mulai putaran berikutnya untuk yang sama kuat.');
  }
  // Asked anyway (a stale screen, a script), the server refuses with the same reason.
  const refused = await lead.request.post(`/api/workshops/${workshopId}/outputs`, { data: { outputId: '2.1/main-issue', docName: await sheet.docName() }, headers: SAME_ORIGIN });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ error: 'Invalid worksheet: tied' });
  await expect(lead.getByTestId('agreed-version')).toHaveCount(0);
  // Only the facilitator starts the further round.
  await expect(memberPage.getByTestId('start-further-round')).toHaveCount(0);
  await lead.getByTestId('start-further-round').click();

  // Round 2 holds only the tied issues. By hand: pipa 5+5 = 10, tagihan 4+4 = 8.
  for (const page of [sheet, member]) await expect(page.round(2).getByTestId('issue-row')).toHaveCount(2);
  await expect(member.issueRow(2, 'Jam layanan loket')).toHaveCount(0);
  await Promise.all([member.scoreIssue(2, 'Kebocoran pipa', 5, 5), sheet.scoreIssue(2, 'Tagihan salah', 4, 4)]);
  for (const page of [sheet, member]) {
    await expect(page.page.getByTestId('main-issue')).toHaveText('Isu utama: Kebocoran pipa (ditetapkan pada putaran 2)');
    await expect(page.issueRow(2, 'Kebocoran pipa')).toHaveAttribute('data-main', 'true');
    await expect(page.finalOrder()).toHaveText(['1. Kebocoran pipa · 9 · putaran 2: 10', '2. Tagihan salah · 9 · putaran 2: 8', '3. Jam layanan loket · 6']);
    await expect(page.page.getByTestId('ranking-tie')).toHaveCount(0);
  }

  for (const page of [sheet, member]) await expect(page.page.getByTestId('agree-blocked')).toHaveCount(0);
  await lead.getByTestId('agreement-present').fill('Ir. Andi, Ibu Nur');
  await sheet.agree();
  await expect(sheet.version(1)).toContainText('Versi 1');
  await expect(sheet.version(1).getByTestId('version-main-issue')).toHaveText('Isu utama: Kebocoran pipa');
  // The tablet has the new version within 2 s, without a reload, spotlighted as just agreed.
  await expect(member.version(1).getByTestId('new-version')).toHaveText('Versi 1 baru saja disepakati.', { timeout: 2000 });
  await expect(member.version(1).getByTestId('version-main-issue')).toHaveText('Isu utama: Kebocoran pipa');

  // An amendment: the tablet re-scores one cell; version 2 says what changed from version 1, on both devices.
  await member.score(1, 'Jam layanan loket', 'Cakupan manfaat', 4);
  await expect(sheet.finalOrder().last()).toHaveText('3. Jam layanan loket · 7');
  await sheet.agree();
  for (const page of [sheet, member]) {
    await expect(page.version(2).getByTestId('version-diff')).toHaveText('1 skor diubah', { timeout: 2000 });
  }
  // 2.3's gap table works from the main issue: it is shown above the table, not typed into it.
  await lead.goto(`/w/${workshopId}/topics/2.3/worksheets/gap-table`);
  await expect(lead.locator('[data-testid=agreed-input][data-output="2.1/main-issue"]').getByTestId('agreed-input-item').first()).toHaveText('1. Kebocoran pipa');
  await expect(lead.getByTestId('table-row')).toHaveCount(0);

  // Topic 2.2 starts from the agreed main issue.
  await lead.goto(`/w/${workshopId}/topics/2.2`);
  const mainIssue = lead.locator('[data-testid=agreed-input][data-output="2.1/main-issue"]');
  await expect(mainIssue).toContainText('Versi 2');
  await expect(mainIssue.getByTestId('agreed-input-item').first()).toHaveText('1. Kebocoran pipa');
});
