import { expect, test } from '@playwright/test';
import { extractVotes } from '../lib/board/extract/votes';
import { groupBoardWithTablets } from './pages/groupBoardWithTablets';
import type { VotingBoardPage } from './pages/VotingBoardPage';

const totalsOf = async (board: VotingBoardPage) => {
  const doc = await board.voteDoc();
  return Object.fromEntries((extractVotes(doc.records, doc.votes, doc.vote)?.ranking ?? []).map((r) => [r.card.text, r.dots]));
};

test('the facilitator runs a two-dot vote: each tablet sees only its own dots until the facilitator reveals the same totals to all', async ({ browser }) => {
  const { facilitator, sari, budi, close } = await groupBoardWithTablets(browser, 'Kelompok Pemungutan Suara');

  // Only the facilitator is offered the vote and private-mode controls.
  await expect(facilitator.page.getByTestId('vote-start')).toBeVisible();
  for (const tablet of [sari, budi]) {
    await expect(tablet.page.getByTestId('vote-start')).toHaveCount(0);
    await expect(tablet.page.getByTestId('private-toggle')).toHaveCount(0);
  }

  // Sari writes three ideas; everyone has them.
  const ideas = ['Air mengalir 24 jam', 'Pengaduan lewat SMS', 'Ganti meter rusak'];
  for (const [i, idea] of ideas.entries()) await sari.addCardAt(220 + i * 300, 760, idea);
  for (const board of [budi, facilitator]) for (const idea of ideas) await board.expectCardInDocument(idea);
  const [air, sms, meter] = await Promise.all(ideas.map((idea) => sari.cardId(idea)));
  for (const board of [sari, budi, facilitator]) await board.showAllShapes();

  // Two dots per person.
  await facilitator.page.getByTestId('vote-dots-per-person').selectOption('2');
  await facilitator.page.getByTestId('vote-start').click();
  for (const tablet of [sari, budi]) await expect(tablet.dotsLeft()).toHaveAttribute('data-left', '2');

  // The whole card is the tap target, well over 44 px.
  const target = await sari.voteTarget(air).boundingBox();
  expect(target?.width).toBeGreaterThanOrEqual(44);
  expect(target?.height).toBeGreaterThanOrEqual(44);

  // Sari: two dots, a third tap does nothing, a second tap on a card takes its dot back.
  await sari.voteTarget(air).tap();
  await sari.voteTarget(sms).tap();
  await expect(sari.dotsLeft()).toHaveAttribute('data-left', '0');
  // The card says it takes no more dots (aria-disabled); a tap on it anyway changes nothing.
  await expect(sari.voteTarget(meter)).toHaveAttribute('aria-disabled', 'true');
  await sari.voteTarget(meter).tap({ force: true });
  await expect(sari.voteBadge(meter)).toHaveAttribute('data-mine', '0');
  await expect(sari.dotsLeft()).toHaveAttribute('data-left', '0');
  await sari.voteTarget(sms).tap();
  await expect(sari.dotsLeft()).toHaveAttribute('data-left', '1');
  await sari.voteTarget(meter).tap();
  await expect(sari.dotsLeft()).toHaveAttribute('data-left', '0');

  // Budi: air and SMS.
  await budi.voteTarget(air).tap();
  await budi.voteTarget(sms).tap();
  await expect(budi.dotsLeft()).toHaveAttribute('data-left', '0');

  // Before the reveal each tablet shows only its own dots, and no totals anywhere.
  const mine = async (board: VotingBoardPage, expected: Record<string, string>) => {
    for (const [id, value] of Object.entries(expected)) await expect(board.voteBadge(id)).toHaveAttribute('data-mine', value);
  };
  await mine(sari, { [air]: '1', [sms]: '0', [meter]: '1' });
  await mine(budi, { [air]: '1', [sms]: '1', [meter]: '0' });
  await mine(facilitator, { [air]: '0', [sms]: '0', [meter]: '0' });
  for (const board of [sari, budi, facilitator]) await expect(board.page.locator('[data-testid=vote-badge][data-total]')).toHaveCount(0);
  // Each ballot is in its owner's private space: no device holds anyone's dots on the board yet.
  for (const board of [sari, budi, facilitator]) expect((await board.voteDoc()).votes).toEqual({});

  // The reveal: everyone sees the same totals, and the extractor reads them from each copy of the doc.
  await facilitator.page.getByTestId('vote-reveal').click();
  const expected = { [air]: '2', [sms]: '1', [meter]: '1' };
  for (const board of [sari, budi, facilitator]) {
    for (const [id, total] of Object.entries(expected)) await expect(board.voteBadge(id)).toHaveAttribute('data-total', total);
    await expect(board.page.locator('[data-testid=vote-target]')).toHaveCount(0);
    expect(await totalsOf(board)).toEqual({ 'Air mengalir 24 jam': 2, 'Pengaduan lewat SMS': 1, 'Ganti meter rusak': 1 });
  }

  // The vote lives in the document: a reloaded board, back online, shows the same totals.
  await facilitator.page.reload();
  await facilitator.waitForEditor();
  await expect(facilitator.connectionBadge()).toHaveAttribute('data-status', 'online');
  await expect(facilitator.voteBadge(air)).toHaveAttribute('data-total', '2');

  // Ending the vote takes the badges away everywhere.
  await facilitator.page.getByTestId('vote-end').click();
  for (const board of [sari, budi, facilitator]) await expect(board.page.locator('[data-testid=vote-badge]')).toHaveCount(0);
  await expect(facilitator.page.getByTestId('vote-start')).toBeVisible();

  await close();
});
