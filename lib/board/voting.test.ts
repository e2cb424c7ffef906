import { describe, expect, it } from 'vitest';
import { advanceVote, ballotProblem, dotsOf, readVoteState, remainingDots, startVote, tallyVotes, toggleDot, voteEntryKey, voteEntryOwner, type VoteState } from './voting';

const cards = new Set(['shape:a', 'shape:b', 'shape:c']);
const open: VoteState = startVote('v1', 2, 1000);

describe('toggleDot', () => {
  it('places a dot on a card while the person has dots left', () => {
    expect(toggleDot(open, [], 'shape:a', cards)).toEqual({ ok: true, dots: ['shape:a'] });
    expect(toggleDot(open, ['shape:a'], 'shape:b', cards)).toEqual({ ok: true, dots: ['shape:a', 'shape:b'] });
  });

  it('takes the dot back when the same card is tapped again', () => {
    expect(toggleDot(open, ['shape:a', 'shape:b'], 'shape:a', cards)).toEqual({ ok: true, dots: ['shape:b'] });
  });

  it('refuses a third dot when the vote gives two', () => {
    expect(toggleDot(open, ['shape:a', 'shape:b'], 'shape:c', cards)).toEqual({ ok: false, reason: 'no-dots-left' });
  });

  it('refuses a dot on a card that is not on the board', () => {
    expect(toggleDot(open, [], 'shape:gone', cards)).toEqual({ ok: false, reason: 'unknown-card' });
  });

  it('refuses any change once the tally is revealed or the vote closed', () => {
    expect(toggleDot(advanceVote(open, 'revealed'), [], 'shape:a', cards)).toEqual({ ok: false, reason: 'vote-not-open' });
    expect(toggleDot(advanceVote(open, 'closed'), ['shape:a'], 'shape:a', cards)).toEqual({ ok: false, reason: 'vote-not-open' });
  });
});

describe('remainingDots and dotsOf', () => {
  it('counts what is left of the allowance from the dots that count', () => {
    const votes = { [voteEntryKey('v1', 'sari')]: ['shape:a', 'shape:gone'] };
    const mine = dotsOf(votes, open, 'sari', cards);
    expect(mine).toEqual(['shape:a']);
    expect(remainingDots(open, mine)).toBe(1);
    expect(dotsOf(votes, open, 'budi', cards)).toEqual([]);
  });
});

describe('tallyVotes', () => {
  it('adds up everyone’s dots per card, with zero for cards nobody chose', () => {
    const votes = { 'v1:sari': ['shape:a', 'shape:b'], 'v1:budi': ['shape:a'] };
    expect(tallyVotes(votes, open, cards)).toEqual({ perCard: { 'shape:a': 2, 'shape:b': 1, 'shape:c': 0 }, voters: 2 });
  });

  it('counts only the first dots allowed, once per card, and ignores other votes and malformed entries', () => {
    const votes = {
      'v1:wulan': ['shape:c', 'shape:c', 'shape:b', 'shape:a'],
      'v0:sari': ['shape:a'],
      'v1:darto': { 0: 'shape:a' },
      'v1:': ['shape:a'],
    };
    expect(tallyVotes(votes, open, cards)).toEqual({ perCard: { 'shape:a': 0, 'shape:b': 1, 'shape:c': 1 }, voters: 1 });
  });
});

describe('readVoteState and advanceVote', () => {
  it('reads back a vote written into meta and rejects malformed ones', () => {
    expect(readVoteState(JSON.parse(JSON.stringify(open)))).toEqual(open);
    expect(readVoteState({ ...open, dotsPerPerson: 0 })).toBeNull();
    expect(readVoteState({ ...open, dotsPerPerson: 2.5 })).toBeNull();
    expect(readVoteState({ ...open, phase: 'paused' })).toBeNull();
    expect(readVoteState({ ...open, id: 'a:b' })).toBeNull();
    expect(readVoteState(null)).toBeNull();
  });

  it('moves forward only: a revealed tally cannot be hidden again', () => {
    const revealed = advanceVote(open, 'revealed');
    expect(revealed.phase).toBe('revealed');
    expect(advanceVote(advanceVote(revealed, 'closed'), 'revealed').phase).toBe('closed');
  });

  it('refuses to start a vote with no dots or too many', () => {
    expect(() => startVote('v2', 0, 0)).toThrow(RangeError);
    expect(() => startVote('v2', 11, 0)).toThrow(RangeError);
  });
});

describe('whose entry a votes key is', () => {
  it('is the user id after the vote id, also when that id itself holds a colon', () => {
    expect(voteEntryOwner(voteEntryKey('v1', 'sari'))).toBe('sari');
    expect(voteEntryOwner(voteEntryKey('v1', 'participant:42'))).toBe('participant:42');
  });

  it('is nobody for a key without a vote id or a user id', () => {
    expect(voteEntryOwner('sari')).toBeNull();
    expect(voteEntryOwner(':sari')).toBeNull();
    expect(voteEntryOwner('v1:')).toBeNull();
  });
});

describe('ballotProblem', () => {
  it('accepts a ballot of a few card ids under a vote id', () => {
    expect(ballotProblem('v1', ['shape:a', 'shape:b'])).toBeNull();
    expect(ballotProblem('v1', [])).toBeNull();
  });

  it('refuses a ballot under a key that is no vote id, or of anything but a short list of card ids', () => {
    expect(ballotProblem('v1:budi', ['shape:a'])).toMatch(/not a vote id/);
    expect(ballotProblem('v1', Array.from({ length: 11 }, (_, i) => `shape:${i}`))).toMatch(/at most 10/);
    expect(ballotProblem('v1', [{ id: 'shape:a' }])).toMatch(/other than cards/);
    expect(ballotProblem('v1', 'shape:a')).not.toBeNull();
  });
});
