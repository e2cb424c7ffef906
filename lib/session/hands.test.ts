import { describe, expect, it } from 'vitest';
import { readBoardPeers } from './awarenessState';
import { isLoweredBy, raisedHands, withLowerRequest } from './hands';

const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ user: { id, name, color: '#000' }, presence: {}, ...extra });

describe('raised hands', () => {
  it('lists each raised hand once, longest waiting first', () => {
    const peers = readBoardPeers(
      new Map<number, unknown>([
        [1, person('p:budi', 'Pak Budi', { hand: { raisedAt: 300 } })],
        [2, person('p:sari', 'Ibu Sari', { hand: { raisedAt: 100 } })],
        [3, person('p:sari', 'Ibu Sari', { hand: { raisedAt: 200 } })],
        [4, person('p:rina', 'Bu Rina')],
        [5, person('p:joko', 'Pak Joko', { hand: { raisedAt: 'soon' } })],
      ]),
    );
    expect(raisedHands(peers)).toEqual([
      { userId: 'p:sari', name: 'Ibu Sari', raisedAt: 100 },
      { userId: 'p:budi', name: 'Pak Budi', raisedAt: 300 },
    ]);
  });

  it('hides a hand the facilitator lowered, but not the same person’s hand raised again later', () => {
    const lowered = { user: { id: 'f1', name: 'Fasilitator', color: '#000' }, role: 'facilitator', lowerHands: { 'p:budi': 300 } };
    const before = readBoardPeers(new Map<number, unknown>([[1, person('p:budi', 'Pak Budi', { hand: { raisedAt: 300 } })], [9, lowered]]));
    expect(raisedHands(before)).toEqual([]);
    expect(isLoweredBy(before, 'p:budi', { raisedAt: 300 })).toBe(true);

    const again = readBoardPeers(new Map<number, unknown>([[1, person('p:budi', 'Pak Budi', { hand: { raisedAt: 900 } })], [9, lowered]]));
    expect(raisedHands(again).map((hand) => hand.raisedAt)).toEqual([900]);
    expect(isLoweredBy(again, 'p:budi', { raisedAt: 900 })).toBe(false);
  });

  it('lowers a hand only at the request of a verified facilitator, not of anyone claiming to ask', () => {
    const hand = person('p:budi', 'Pak Budi', { hand: { raisedAt: 300 }, role: 'participant' });
    const forged = { user: { id: 'f1', name: 'Fasilitator', color: '#000' }, role: 'observer', lowerHands: { 'p:budi': 300 } };
    const noRole = { user: { id: 'f1', name: 'Fasilitator', color: '#000' }, lowerHands: { 'p:budi': 300 } };
    const peers = readBoardPeers(new Map<number, unknown>([[1, hand], [8, forged], [9, noRole]]));
    expect(isLoweredBy(peers, 'p:budi', { raisedAt: 300 })).toBe(false);
    expect(raisedHands(peers).map((up) => up.userId)).toEqual(['p:budi']);
  });

  it('keeps a facilitator’s lowering requests bounded, newest kept', () => {
    let requests: Record<string, number> = {};
    for (let i = 0; i < 80; i++) requests = withLowerRequest(requests, `p:${i}`, i);
    expect(Object.keys(requests)).toHaveLength(50);
    expect(requests['p:79']).toBe(79);
    expect(requests['p:0']).toBeUndefined();
  });
});
