import { describe, expect, it } from 'vitest';
import { colorForUser } from '../board/userColor';
import { MAX_PRESENCE_JSON, readBoardPeer, verifiedAwarenessState } from './awarenessState';

const facilitator = { userId: 'f-1', name: 'Bu Fasilitator', role: 'facilitator' as const };
const observer = { userId: 'o-1', name: 'Pengamat Bappeda', role: 'observer' as const };
const participant = { userId: 'p:sari', name: 'Ibu Sari', role: 'participant' as const };

describe('the presence the server relays', () => {
  it('names, colours and ranks a person by their sign-in, whatever their device claims', () => {
    const claimed = {
      user: { id: 'f-1', name: 'Fasilitator', color: '#000000' },
      role: 'facilitator',
      presence: { userId: 'f-1', userName: 'Fasilitator', color: '#000', camera: { x: 90000, y: 90000, z: 1 } },
    };
    const relayed = verifiedAwarenessState(claimed, observer);
    expect(relayed.user).toEqual({ id: 'o-1', name: 'Pengamat Bappeda', color: colorForUser('o-1') });
    expect(relayed.role).toBe('observer');
    expect(relayed.presence).toMatchObject({ userId: 'user:o-1', userName: 'Pengamat Bappeda', color: colorForUser('o-1'), camera: { x: 90000, y: 90000, z: 1 } });
    expect(readBoardPeer(1, relayed)).toMatchObject({ userId: 'o-1', role: 'observer', leads: false });
  });

  it('carries no hand and no request from an observer, a hand but no request from a participant, both from a facilitator', () => {
    const asking = { hand: { raisedAt: 5 }, lowerHands: { 'p:budi': 3 }, followMe: { leaderId: 'f-1' }, spotlight: 'x' };
    expect(verifiedAwarenessState(asking, observer)).toEqual({ user: expect.any(Object), role: 'observer' });
    expect(verifiedAwarenessState(asking, participant)).toEqual({ user: expect.any(Object), role: 'participant', hand: { raisedAt: 5 } });
    expect(verifiedAwarenessState(asking, facilitator)).toEqual({ user: expect.any(Object), role: 'facilitator', hand: { raisedAt: 5 }, lowerHands: { 'p:budi': 3 } });
  });

  it('drops a presence too large to relay, keeping the person on the board list', () => {
    const huge = { presence: { selectedShapeIds: Array.from({ length: MAX_PRESENCE_JSON }, (_, i) => `shape:${i}`) } };
    const relayed = verifiedAwarenessState(huge, participant);
    expect(relayed.presence).toBeUndefined();
    expect(readBoardPeer(1, relayed)?.name).toBe('Ibu Sari');
  });

  it('relays the worksheet cell a writer is typing in (so others see the name there), not an observer\'s, and not an oversized key', () => {
    expect(verifiedAwarenessState({ sheetCell: 'row-1:target' }, participant).sheetCell).toBe('row-1:target');
    expect(verifiedAwarenessState({ sheetCell: 'row-1:target' }, observer).sheetCell).toBeUndefined();
    expect(verifiedAwarenessState({ sheetCell: 'x'.repeat(201) }, facilitator).sheetCell).toBeUndefined();
    expect(verifiedAwarenessState({ sheetCell: { row: 1 } }, facilitator).sheetCell).toBeUndefined();
  });
});
