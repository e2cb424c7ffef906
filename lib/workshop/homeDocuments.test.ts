import { describe, expect, it } from 'vitest';
import type { DocAccessInfo, Principal } from '../auth/capabilities';
import { homeDocuments } from './homeDocuments';

const doc = (name: string, kind: DocAccessInfo['kind'], access: Partial<DocAccessInfo> = {}) => ({ name, kind, workshopId: 'w', groupId: null, openForParticipants: false, locked: false, ...access });
const docs = [
  doc('own-board', 'board', { groupId: 'g1' }),
  doc('plenary', 'plenary'),
  doc('gap-sheet', 'worksheet', { openForParticipants: true }),
  doc('ranking-sheet', 'worksheet'),
  doc('locked-sheet', 'worksheet', { openForParticipants: true, locked: true }),
  doc('other-group', 'board', { groupId: 'g2' }),
];

describe('the documents on a participant’s home screen', () => {
  it('lists a worksheet opened for participants as one to fill, not under view only', () => {
    const participant: Principal = { userId: 'p:1', workshopId: 'w', role: 'participant', groupId: 'g1' };
    const { writable, readOnly } = homeDocuments(participant, docs, 'own-board');
    expect(writable.map((d) => d.name)).toEqual(['gap-sheet']);
    expect(readOnly.map((d) => d.name)).toEqual(['plenary', 'ranking-sheet', 'locked-sheet', 'other-group']);
  });

  it('lists everything as view only for an observer', () => {
    const observer: Principal = { userId: 'p:2', workshopId: 'w', role: 'observer', groupId: null };
    expect(homeDocuments(observer, docs, null).writable).toEqual([]);
  });
});
