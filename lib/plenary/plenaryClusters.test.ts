import { describe, expect, it } from 'vitest';
import { gatherCards, type GatherSource, type GatheredCardRecord } from './gatherCards';
import { plenaryClusters } from './plenaryClusters';
import { cardRecord } from '../testing/cardRecord';

const PAGE = 'page:page';
const base = [
  { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
  { id: PAGE, typeName: 'page', name: 'Halaman 1', index: 'a1', meta: {} },
];

function card(id: string, x: number, y: number, text: string) {
  return cardRecord(`shape:${id}`, { text, authorId: 'p', authorName: 'Peserta', groupId: 'g', createdAt: 1 }, { x, y, parentId: PAGE, index: 'a5' });
}

function group(id: string, color: string, cards: unknown[]): GatherSource {
  return { groupId: id, groupName: `Kelompok ${id}`, groupColor: color, docName: `board${id}`, boardRecords: [...base, ...cards] };
}

describe('clusters on the plenary', () => {
  const groupA = group('A', '#c2410c', [card('a1', 0, 0, 'Pipa bocor'), card('a2', 0, 400, 'Tekanan rendah')]);
  const groupB = group('B', '#15803d', [card('b1', 0, 0, 'Pipa sering bocor')]);
  const gathered = [...base, ...gatherCards(base, [groupA, groupB]).newRecords];
  const cardOf = (text: string) => gathered.find((r): r is GatheredCardRecord => (r as GatheredCardRecord).props?.text === text)!;

  it('keeps both groups’ sources when a duplicate is dragged onto the other card', () => {
    const target = cardOf('Pipa bocor');
    // The facilitator drags group B's card onto group A's, slightly offset, as on paper.
    const dragged = { ...cardOf('Pipa sering bocor'), x: target.x, y: target.y + 40 };
    const plenary = gathered.map((r) => ((r as { id?: string }).id === dragged.id ? dragged : r));
    const merged = plenaryClusters(plenary).find((cluster) => cluster.cards.length === 2);
    expect(merged?.cards.map((c) => c.text).sort()).toEqual(['Pipa bocor', 'Pipa sering bocor']);
    expect(merged?.sources.map((s) => [s.groupName, s.docName, s.shapeId]).sort()).toEqual([
      ['Kelompok A', 'boardA', 'shape:a1'],
      ['Kelompok B', 'boardB', 'shape:b1'],
    ]);
    expect(merged?.writtenOnPlenary).toBe(0);
    // And gathering again does not bring the merged card back.
    expect(gatherCards(plenary, [groupA, groupB]).added).toBe(0);
  });

  it('leaves cards apart in their own clusters, and counts cards written on the plenary itself', () => {
    const own = { ...card('own', 0, 0, 'Catatan fasilitator'), x: cardOf('Tekanan rendah').x + 20, y: cardOf('Tekanan rendah').y + 20 };
    const clusters = plenaryClusters([...gathered, own]);
    expect(clusters.map((c) => c.cards.length).sort()).toEqual([1, 1, 2]);
    const mixed = clusters.find((c) => c.cards.length === 2)!;
    expect(mixed.sources.map((s) => s.shapeId)).toEqual(['shape:a2']);
    expect(mixed.writtenOnPlenary).toBe(1);
  });
});
