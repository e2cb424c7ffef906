import { describe, expect, it } from 'vitest';
import fixture from './fixtures/votes.json';
import { extractVotes } from './votes';

const short = (id: string) => id.replace('shape:', '');

describe('extractVotes', () => {
  const reading = extractVotes(fixture.records, fixture.votes, fixture.vote);

  it('ranks every card by its dots in the current vote, ties in reading order', () => {
    expect(reading?.ranking.map((r) => [short(r.card.id), r.dots])).toEqual([
      ['air-24-jam', 2],
      ['loket-sms', 2],
      ['meter-baru', 1],
      ['tarif', 0],
    ]);
  });

  it('counts each person once, ignoring dots from an earlier vote, on deleted cards, repeated or past the allowance', () => {
    expect(reading?.voters).toBe(3);
    expect(reading?.vote).toMatchObject({ id: 'v2', phase: 'revealed', dotsPerPerson: 2 });
  });

  it('reads nothing when the board has no well-formed vote', () => {
    expect(extractVotes(fixture.records, fixture.votes, undefined)).toBeNull();
    expect(extractVotes(fixture.records, fixture.votes, { id: 'v2', phase: 'counting', dotsPerPerson: 2 })).toBeNull();
  });
});
