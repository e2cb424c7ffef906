import { describe, expect, it } from 'vitest';
import { readBoardPeers } from './awarenessState';
import { attendance, countCards, minutesSince, newestCardAt, peopleOnline } from './boardActivity';

const card = (id: string, createdAt: number) => ({ id, typeName: 'shape', type: 'plano-card', parentId: 'page:page', x: 0, y: 0, props: { text: id, createdAt, w: 240, h: 160 } });
const area = { id: 'shape:frame', typeName: 'shape', type: 'plano-area', parentId: 'page:page', x: 0, y: 0, props: { w: 100, h: 100 } };
const page = { id: 'page:page', typeName: 'page', index: 'a1', name: 'Halaman 1' };

const onBoard = (id: string, name: string) => ({ user: { id, name, color: '#d1495b' }, presence: { camera: { x: 0, y: 0, z: 1 } } });

describe('a board’s activity on the facilitator’s console', () => {
  it('counts only the metaplan cards, not the sheet’s areas or pages', () => {
    expect(countCards([page, area, card('shape:a', 1), card('shape:b', 2)])).toBe(2);
    expect(countCards([page, area])).toBe(0);
  });

  it('takes the newest card’s time as the last change, and none for an empty board', () => {
    expect(newestCardAt([card('shape:a', 1000), card('shape:b', 5000), area])).toBe(5000);
    expect(newestCardAt([page, area])).toBeNull();
    expect(newestCardAt([card('shape:broken', Number.NaN)])).toBeNull();
  });

  it('counts a person once however many tablets they have open, and leaves out a console watching the board', () => {
    const peers = readBoardPeers(
      new Map<number, unknown>([
        [1, onBoard('p:sari', 'Ibu Sari')],
        [2, onBoard('p:sari', 'Ibu Sari')],
        [3, onBoard('p:budi', 'Pak Budi')],
        [4, { user: { id: 'f1', name: 'Fasilitator', color: '#000' } }],
        [5, {}],
        [6, { user: { id: 42 }, presence: {} }],
      ]),
    );
    expect(peopleOnline(peers).map((person) => person.name)).toEqual(['Ibu Sari', 'Pak Budi']);
  });

  it('says how many whole minutes ago something changed', () => {
    expect(minutesSince(null, 10_000)).toBeNull();
    expect(minutesSince(0, 59_999)).toBe(0);
    expect(minutesSince(0, 150_000)).toBe(2);
    // A tablet's clock ahead of the laptop's is not "in the future".
    expect(minutesSince(200_000, 100_000)).toBe(0);
  });

  it('splits the roster into connected (with their boards) and not connected', () => {
    const roster = [
      { userId: 'p:sari', name: 'Ibu Sari' },
      { userId: 'p:budi', name: 'Pak Budi' },
      { userId: 'p:rina', name: 'Bu Rina' },
    ];
    const online = new Map([
      ['board-a', [{ userId: 'p:sari', name: 'Ibu Sari', color: '' }]],
      ['plenary', [{ userId: 'p:sari', name: 'Ibu Sari', color: '' }, { userId: 'p:rina', name: 'Bu Rina', color: '' }]],
    ]);
    const result = attendance(roster, online);
    expect(result.connected).toEqual([
      { userId: 'p:sari', name: 'Ibu Sari', boards: ['board-a', 'plenary'] },
      { userId: 'p:rina', name: 'Bu Rina', boards: ['plenary'] },
    ]);
    expect(result.notConnected).toEqual([{ userId: 'p:budi', name: 'Pak Budi' }]);
  });
});
