import { describe, expect, it } from 'vitest';
import { gatherCards, type GatherSource, type GatheredCardRecord } from './gatherCards';
import { gatheredCardId } from './gatheredFrom';
import { cardShapeProps } from '../shapes/card';

const PAGE = 'page:page';
const plenaryBase = [
  { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
  { id: PAGE, typeName: 'page', name: 'Halaman 1', index: 'a1', meta: {} },
];

function card(id: string, x: number, y: number, text = id, extra: Record<string, unknown> = {}) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'plano-card',
    parentId: PAGE,
    index: 'a5',
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 240, h: 160, text, color: 'pink', authorId: 'p1', authorName: 'Ibu Sari', groupId: 'g', createdAt: 7, ...extra },
  };
}

function area(role: string, x: number, y: number, w: number, h: number) {
  return {
    id: `shape:area-${role}`,
    typeName: 'shape',
    type: 'plano-area',
    parentId: PAGE,
    index: 'a2',
    x,
    y,
    rotation: 0,
    isLocked: true,
    opacity: 1,
    meta: {},
    props: { w, h, role, label: { id: role, en: role }, outline: 'rect', tone: 'plain' },
  };
}

function group(id: string, boardRecords: unknown[]): GatherSource {
  return { groupId: id, groupName: `Kelompok ${id}`, groupColor: id === 'A' ? '#c2410c' : '#15803d', docName: `board${id}`, boardRecords: [...plenaryBase, ...boardRecords] };
}

const cardsOf = (records: readonly unknown[]) => records.filter((r): r is GatheredCardRecord => (r as { type?: string }).type === 'plano-card');
const positions = (records: readonly unknown[]) => Object.fromEntries(cardsOf(records).map((r) => [r.props.text, [r.x, r.y]]));

describe('gathering group cards to the plenary', () => {
  const groupA = group('A', [card('a1', 0, 0), card('a2', 300, 0), card('a3', 0, 200)]);
  const groupB = group('B', [card('b1', 50, 50)]);

  it('lays out one column per group in group order, two cards a row in reading order', () => {
    const { newRecords, added, skipped } = gatherCards(plenaryBase, [groupA, groupB]);
    expect(added).toBe(4);
    expect(skipped).toBe(0);
    // Column width 2 × 240 + 20 = 500, then a 120 gap: group B starts at x = 620.
    expect(positions(newRecords)).toEqual({ a1: [0, 0], a2: [260, 0], a3: [0, 180], b1: [620, 0] });
  });

  it('keeps text, colour and author, stamps the group and remembers the source card', () => {
    const [first] = cardsOf(gatherCards(plenaryBase, [groupA]).newRecords);
    expect(first.id).toBe(gatheredCardId('boardA', 'shape:a1'));
    expect(first.props).toEqual({ w: 240, h: 160, text: 'a1', color: 'pink', authorId: 'p1', authorName: 'Ibu Sari', groupId: 'A', createdAt: 7, flowRole: 'step', changeTag: '' });
    expect(first.meta).toEqual({ gatheredFrom: { docName: 'boardA', shapeId: 'shape:a1', groupId: 'A', areaRole: null }, groupName: 'Kelompok A', groupColor: '#c2410c' });
    for (const [key, validator] of Object.entries(cardShapeProps)) validator.validate(first.props[key as keyof typeof first.props]);
  });

  it('adds nothing when gathering twice', () => {
    const once = gatherCards(plenaryBase, [groupA, groupB]).newRecords;
    const twice = gatherCards([...plenaryBase, ...once], [groupA, groupB]);
    expect(twice.newRecords).toEqual([]);
    expect(twice.skipped).toBe(4);
  });

  it('does not re-add a card that was moved and edited on the plenary', () => {
    const [gathered] = cardsOf(gatherCards(plenaryBase, [groupB]).newRecords);
    const moved = { ...gathered, id: 'shape:copied-elsewhere', x: 5000, y: 5000, props: { ...gathered.props, text: 'diubah di pleno' } };
    expect(gatherCards([...plenaryBase, moved], [groupB]).added).toBe(0);
  });

  it('adds only the new card of a group board on the second gathering, right of what is there', () => {
    const once = gatherCards(plenaryBase, [groupA, groupB]).newRecords;
    const grown = group('B', [card('b1', 50, 50), card('b2', 50, 300)]);
    const again = gatherCards([...plenaryBase, ...once], [groupA, grown]);
    // The first gathering reaches x = 620 + 240 = 860; the new column starts 120 further.
    expect(positions(again.newRecords)).toEqual({ b2: [980, 0] });
    expect(again.skipped).toBe(4);
  });

  it('orders a group’s cards by the template areas they sit in, cards in no area last', () => {
    const board = group('A', [
      area('frame', -100, -200, 1400, 1400),
      area('kenyataan:x', 0, 500, 600, 400),
      area('harapan:x', 0, 0, 600, 400),
      card('k1', 10, 510),
      card('outside', 700, 0),
      card('h1', 10, 10),
      card('h2', 300, 10),
    ]);
    // Sections stack with a 60 gap: harapan (one row), kenyataan at 160 + 60, outside at 440.
    expect(positions(gatherCards(plenaryBase, [board]).newRecords)).toEqual({ h1: [0, 0], h2: [260, 0], k1: [0, 220], outside: [0, 440] });
    const kenyataanFirst = gatherCards(plenaryBase, [board], { roleOrder: ['kenyataan:x', 'harapan:x'] });
    expect(positions(kenyataanFirst.newRecords)).toEqual({ k1: [0, 0], h1: [0, 220], h2: [260, 220], outside: [0, 440] });
    expect(cardsOf(kenyataanFirst.newRecords).find((r) => r.props.text === 'k1')!.meta.gatheredFrom.areaRole).toBe('kenyataan:x');
  });

  it('adds nothing for an empty group board and gives it no column', () => {
    const empty = group('C', []);
    const result = gatherCards(plenaryBase, [empty, groupB]);
    expect(positions(result.newRecords)).toEqual({ b1: [0, 0] });
    expect(gatherCards(plenaryBase, [empty]).newRecords).toEqual([]);
  });

  it('places cards to the right of what the plenary already holds, above its shapes in z-order', () => {
    const drawing = { ...card('drawn', 100, -50), type: 'geo', index: 'a3V', props: { w: 300, h: 100 } };
    const records = cardsOf(gatherCards([...plenaryBase, drawing], [groupB]).newRecords);
    expect(records.map((r) => [r.x, r.y, r.index])).toEqual([[520, -50, 'a4']]);
  });

  it('creates the page of a plenary nobody opened yet', () => {
    const { newRecords } = gatherCards([], [groupB], { firstPageName: 'Halaman 1' });
    expect(newRecords.slice(0, 2).map((r) => r.id)).toEqual(['document:document', PAGE]);
    expect(cardsOf(newRecords)[0].parentId).toBe(PAGE);
  });
});
