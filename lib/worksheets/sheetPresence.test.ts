import { describe, expect, it } from 'vitest';
import { nameOfClient, otherSheetPeers, peersInCell, SHEET_CELL_FIELD } from './sheetPresence';

const state = (id: string, name: string, cell?: unknown) => ({ user: { id, name, color: '#d1495b' }, ...(cell === undefined ? {} : { [SHEET_CELL_FIELD]: cell }) });

describe('who is in which cell of a worksheet', () => {
  it('lists the others with the cell they edit, not this device, and skips states without a user', () => {
    const states = new Map<number, unknown>([
      [1, state('me', 'Saya', 'r1:indicator')],
      [2, state('p:sari', 'Ibu Sari', 'r1:indicator')],
      [3, state('u:andi', 'Ir. Andi', 'r2:target')],
      [4, { cursor: 'no user' }],
      [5, state('p:budi', 'Budi', 42)],
    ]);
    const peers = otherSheetPeers(states, 1);
    expect(peers.map((p) => [p.name, p.cell])).toEqual([
      ['Ibu Sari', 'r1:indicator'],
      ['Ir. Andi', 'r2:target'],
      ['Budi', null],
    ]);
    expect(peersInCell(peers, 'r1:indicator').map((p) => p.name)).toEqual(['Ibu Sari']);
    expect(nameOfClient(peers, 3)).toBe('Ir. Andi');
    expect(nameOfClient(peers, 99)).toBeNull();
  });

  it('shows one person on two devices in a cell once', () => {
    const states = new Map<number, unknown>([
      [2, state('p:sari', 'Ibu Sari', 'c')],
      [3, state('p:sari', 'Ibu Sari', 'c')],
    ]);
    expect(peersInCell(otherSheetPeers(states, 1), 'c')).toHaveLength(1);
  });
});
