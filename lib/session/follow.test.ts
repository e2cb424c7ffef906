import { describe, expect, it } from 'vitest';
import { boxesDiffer, leaderViewport, pickLeader, type LeaderPresence } from './follow';

const presence = (userId: string, lastActivityTimestamp: number, camera: LeaderPresence['camera'] = { x: -100, y: -50, z: 2 }, leads = userId.startsWith('f')): LeaderPresence => ({
  userId,
  leads,
  currentPageId: 'page:1',
  lastActivityTimestamp,
  camera,
  screenBounds: { x: 0, y: 0, w: 800, h: 600 },
});

describe('following a facilitator', () => {
  it('computes the page area a presence sees from its camera and screen', () => {
    expect(leaderViewport(presence('f', 1))).toEqual({ x: 100, y: 50, w: 400, h: 300 });
    expect(leaderViewport({ camera: { x: 0, y: 0, z: 0 }, screenBounds: { x: 0, y: 0, w: 10, h: 10 } })).toBeNull();
    expect(leaderViewport({ camera: null, screenBounds: null })).toBeNull();
  });

  it('follows the most recently active facilitator, never a participant', () => {
    const leaders = new Set(['f1', 'f2']);
    const picked = pickLeader([presence('f1', 10), presence('p', 99), presence('f2', 20)], leaders);
    expect(picked?.userId).toBe('f2');
    expect(pickLeader([presence('p', 99)], leaders)).toBeNull();
    expect(pickLeader([presence('f1', 99, null)], leaders)).toBeNull();
  });

  it('never follows a presence the server did not verify as leading, even under the leader’s id', () => {
    const leaders = new Set(['f1']);
    const forged = presence('f1', 99, { x: -90000, y: -90000, z: 1 }, false);
    expect(pickLeader([forged], leaders)).toBeNull();
    expect(pickLeader([forged, presence('f1', 10)], leaders)?.camera).toEqual({ x: -100, y: -50, z: 2 });
  });

  it('ignores sub-pixel differences', () => {
    expect(boxesDiffer({ x: 0, y: 0, w: 10, h: 10 }, { x: 0.2, y: 0, w: 10, h: 10 })).toBe(false);
    expect(boxesDiffer({ x: 0, y: 0, w: 10, h: 10 }, { x: 3, y: 0, w: 10, h: 10 })).toBe(true);
  });
});
