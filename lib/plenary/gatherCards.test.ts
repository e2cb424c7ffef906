import { describe, expect, it } from 'vitest';
import { placeCards } from '../board/extract/placeCards';
import { gatherCards, GROUP_BLOCK_ROLE, type GatherSource, type GatheredBlockRecord, type GatheredCardRecord } from './gatherCards';
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

function area(role: string, x: number, y: number, w: number, h: number, tone = 'plain') {
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
    props: { w, h, role, label: { id: role, en: role }, outline: 'rect', tone },
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
    // A block: 20 of padding, a 90 heading band, cards 240 wide with a 60 gap (more than the cluster gap,
    // so each card starts as its own cluster); it is 2 × 240 + 60 + 2 × 20 = 580 wide, then a 120 gap:
    // group B's block starts at x = 700.
    expect(positions(newRecords)).toEqual({ a1: [20, 90], a2: [320, 90], a3: [20, 310], b1: [720, 90] });
  });

  it('keeps text, colour and author, stamps the group and remembers the source card', () => {
    const [first] = cardsOf(gatherCards(plenaryBase, [groupA]).newRecords);
    expect(first.id).toBe(gatheredCardId('boardA', 'shape:a1'));
    expect(first.props).toEqual({ w: 240, h: 160, text: 'a1', color: 'pink', authorId: 'p1', authorName: 'Ibu Sari', groupId: 'A', createdAt: 7, flowRole: 'step', changeTag: '' });
    expect(first.meta).toEqual({ gatheredFrom: { docName: 'boardA', shapeId: 'shape:a1', groupId: 'A', areaRole: null }, groupName: 'Kelompok A', groupColor: '#c2410c' });
    for (const [key, validator] of Object.entries(cardShapeProps)) validator.validate(first.props[key as keyof typeof first.props]);
  });

  it('keeps a flowchart card a decision, and its change tag, on the plenary', () => {
    const flow = group('A', [card('f1', 0, 0, 'Verifikasi berkas?', { flowRole: 'decision', changeTag: 'sederhanakan' })]);
    const [gathered] = cardsOf(gatherCards(plenaryBase, [flow]).newRecords);
    expect(gathered.props).toMatchObject({ text: 'Verifikasi berkas?', flowRole: 'decision', changeTag: 'sederhanakan' });
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
    // The first gathering's blocks reach x = 700 + 580 = 1280; the new column starts 120 further.
    expect(positions(again.newRecords)).toEqual({ b2: [1420, 90] });
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
    // Blocks of one row are 90 + 160 + 20 = 270 high and stack with a 40 gap: harapan, kenyataan at 310, outside at 620.
    expect(positions(gatherCards(plenaryBase, [board]).newRecords)).toEqual({ h1: [20, 90], h2: [320, 90], k1: [20, 400], outside: [20, 710] });
    const kenyataanFirst = gatherCards(plenaryBase, [board], { roleOrder: ['kenyataan:x', 'harapan:x'] });
    expect(positions(kenyataanFirst.newRecords)).toEqual({ k1: [20, 90], h1: [20, 400], h2: [320, 400], outside: [20, 710] });
    expect(cardsOf(kenyataanFirst.newRecords).find((r) => r.props.text === 'k1')!.meta.gatheredFrom.areaRole).toBe('kenyataan:x');
  });

  it('adds nothing for an empty group board and gives it no column', () => {
    const empty = group('C', []);
    const result = gatherCards(plenaryBase, [empty, groupB]);
    expect(positions(result.newRecords)).toEqual({ b1: [20, 90] });
    expect(gatherCards(plenaryBase, [empty]).newRecords).toEqual([]);
  });

  it('places cards to the right of what the plenary already holds, above its shapes in z-order', () => {
    const drawing = { ...card('drawn', 100, -50), type: 'geo', index: 'a3V', props: { w: 300, h: 100 } };
    const records = cardsOf(gatherCards([...plenaryBase, drawing], [groupB]).newRecords);
    expect(records.map((r) => [r.x, r.y, r.index])).toEqual([[540, 40, 'a4']]);
  });

  it('creates the page of a plenary nobody opened yet', () => {
    const { newRecords } = gatherCards([], [groupB], { firstPageName: 'Halaman 1' });
    expect(newRecords.slice(0, 2).map((r) => r.id)).toEqual(['document:document', PAGE]);
    expect(cardsOf(newRecords)[0].parentId).toBe(PAGE);
  });

  describe('blocks: a heading per group and template area', () => {
    const harapanKenyataan = (id: string, cards: unknown[]) =>
      group(id, [
        area('frame', -100, -200, 1400, 1400),
        { ...area('harapan:produksi', 0, 0, 600, 400, 'sky'), props: { w: 600, h: 400, role: 'harapan:produksi', label: { id: 'Harapan · Produksi', en: 'Expectation · Production' }, outline: 'rect', tone: 'sky' } },
        { ...area('kenyataan:produksi', 0, 500, 600, 400, 'sand'), id: 'shape:area-k', props: { w: 600, h: 400, role: 'kenyataan:produksi', label: { id: 'Kenyataan · Produksi', en: 'Reality · Production' }, outline: 'rect', tone: 'sand' } },
        ...cards,
      ]);
    const blocksOf = (records: readonly unknown[]) => records.filter((r): r is GatheredBlockRecord => (r as { type?: string }).type === 'plano-area');

    it('heads each block with its group and area, and every gathered card lies in the block of its own group and area', () => {
      const a = harapanKenyataan('A', [card('ha', 10, 10), card('ka', 10, 510), card('ka2', 300, 510)]);
      const b = harapanKenyataan('B', [card('hb', 10, 10)]);
      const { newRecords } = gatherCards(plenaryBase, [a, b]);
      expect(blocksOf(newRecords).map((block) => [block.props.label.id, block.props.label.en, block.props.role, block.props.tone])).toEqual([
        ['Kelompok A · Harapan · Produksi', 'Kelompok A · Expectation · Production', 'harapan:produksi', 'sky'],
        ['Kelompok A · Kenyataan · Produksi', 'Kelompok A · Reality · Production', 'kenyataan:produksi', 'sand'],
        ['Kelompok B · Harapan · Produksi', 'Kelompok B · Expectation · Production', 'harapan:produksi', 'sky'],
      ]);
      // Read the plenary the way extraction reads a group's sheet: each card is in its block.
      const placement = placeCards([...plenaryBase, ...newRecords]);
      const where = Object.fromEntries(placement.cards.map((c) => [c.text, c.area?.label.id]));
      expect(where).toEqual({
        ha: 'Kelompok A · Harapan · Produksi',
        ka: 'Kelompok A · Kenyataan · Produksi',
        ka2: 'Kelompok A · Kenyataan · Produksi',
        hb: 'Kelompok B · Harapan · Produksi',
      });
      expect(placement.unplaced).toEqual([]);
    });

    it('draws the blocks under every card, including cards already on the plenary', () => {
      const earlier = cardsOf(gatherCards(plenaryBase, [group('B', [card('b1', 0, 0)])]).newRecords);
      const { newRecords } = gatherCards([...plenaryBase, ...earlier], [group('A', [card('a1', 0, 0)])]);
      const lowestCard = [...earlier, ...cardsOf(newRecords)].map((r) => r.index).sort()[0];
      const blocks = blocksOf(newRecords);
      expect(blocks).toHaveLength(1);
      expect(blocks[0].index < lowestCard).toBe(true);
      expect(blocks[0].isLocked).toBe(true);
    });

    it('labels the block of a blank board’s cards with the group name alone', () => {
      const [block] = blocksOf(gatherCards(plenaryBase, [group('A', [card('a1', 0, 0)])]).newRecords);
      expect(block.props.label).toEqual({ id: 'Kelompok A', en: 'Kelompok A' });
      expect(block.props.role).toBe(GROUP_BLOCK_ROLE);
      expect(block.meta.gatheredBlock).toEqual({ docName: 'boardA', groupId: 'A', areaRole: null });
    });

    it('adds no block when gathering twice, and a new block only for what is new', () => {
      const a = harapanKenyataan('A', [card('ha', 10, 10)]);
      const once = gatherCards(plenaryBase, [a]).newRecords;
      expect(gatherCards([...plenaryBase, ...once], [a]).newRecords).toEqual([]);
      const grown = harapanKenyataan('A', [card('ha', 10, 10), card('ka', 10, 510)]);
      const again = gatherCards([...plenaryBase, ...once], [grown]).newRecords;
      expect(blocksOf(again).map((block) => block.props.label.id)).toEqual(['Kelompok A · Kenyataan · Produksi']);
      expect(new Set([...once, ...again].map((r) => r.id)).size).toBe(once.length + again.length);
    });
  });
});
