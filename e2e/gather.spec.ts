import { expect, test } from '@playwright/test';
import { CardBoardPage, gatherToPlenary } from './pages/CardBoardPage';
import { facilitatorWithGroups, pickGroup, tabletJoinedByCode } from './pages/facilitatorSetup';

test('the facilitator gathers the group boards onto the plenary, once per card', async ({ browser }) => {
  const { context: laptopContext, page: facilitator, workshopId, code } = await facilitatorWithGroups(browser, { title: 'Lokakarya Pleno Uji', pdam: 'PDAM Tirta Pleno' }, [
    'Kelompok Air Bersih',
    'Kelompok Pelayanan',
  ]);

  // Two tablets join by code, each picks a group and writes on its group board.
  const tabletA = await tabletJoinedByCode(browser, code, 'Ibu Sari');
  const tabletB = await tabletJoinedByCode(browser, code, 'Pak Budi');
  // Picking a group lands each tablet on its group's board.
  await pickGroup(tabletA, 'Kelompok Air Bersih');
  await pickGroup(tabletB, 'Kelompok Pelayanan');
  await expect(tabletA).toHaveURL(/\/board\//);
  await expect(tabletB).toHaveURL(/\/board\//);

  const boardA = new CardBoardPage(tabletA);
  await boardA.waitForEditor();
  await boardA.addCard('Pipa sering bocor', 100, 100);
  await boardA.addCard('Tekanan air rendah', 100, 400);
  const boardB = new CardBoardPage(tabletB);
  await boardB.waitForEditor();
  await boardB.addCard('Antrean pengaduan panjang', 100, 100);

  // One tap brings every card to the plenary, each once, with its group.
  expect(await gatherToPlenary(facilitator, workshopId)).toEqual({ added: 3, skipped: 0 });
  await facilitator.locator('[data-testid=board-link][data-kind=plenary]').click();
  const plenary = new CardBoardPage(facilitator);
  await plenary.waitForEditor();
  const expected = [
    { text: 'Antrean pengaduan panjang', groupName: 'Kelompok Pelayanan' },
    { text: 'Pipa sering bocor', groupName: 'Kelompok Air Bersih' },
    { text: 'Tekanan air rendah', groupName: 'Kelompok Air Bersih' },
  ];
  const gathered = async () => (await plenary.cards()).map(({ text, groupName }) => ({ text, groupName })).sort((a, b) => a.text.localeCompare(b.text));
  await expect.poll(gathered).toEqual(expected);

  // Gathering again brings only what is new.
  await boardA.addCard('Meter air rusak', 100, 700);
  expect(await gatherToPlenary(facilitator, workshopId)).toEqual({ added: 1, skipped: 3 });
  await facilitator.locator('[data-testid=board-link][data-kind=plenary]').click();
  await plenary.waitForEditor();
  await expect.poll(gathered).toEqual([...expected, { text: 'Meter air rusak', groupName: 'Kelompok Air Bersih' }].sort((a, b) => a.text.localeCompare(b.text)));

  await laptopContext.close();
  await tabletA.context().close();
  await tabletB.context().close();
});
