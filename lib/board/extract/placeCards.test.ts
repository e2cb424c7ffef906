import { describe, expect, it } from 'vitest';
import hk from './fixtures/harapan-kenyataan.json';
import { areaForCard, placeCards } from './placeCards';
import type { BoardArea, BoardCard } from './readBoard';

describe('placeCards', () => {
  const placement = placeCards(hk);
  const areaOf = (id: string) => placement.cards.find((c) => c.id === `shape:${id}`)?.area?.role ?? null;

  it('puts a card that straddles two cells in the cell holding its centre, even with much of it in the other', () => {
    expect(areaOf('straddling')).toBe('kenyataan:target-groups');
  });

  it('prefers the innermost area: a cell over the frame around it', () => {
    expect(areaOf('harapan-delivery')).toBe('harapan:delivery');
    expect(areaOf('in-title')).toBe('frame');
  });

  it('places a rotated card and cards inside a tldraw group by their page position', () => {
    expect(areaOf('idea-delivery')).toBe('idea:delivery');
    expect(areaOf('idea-sms')).toBe('idea:service-centre');
    expect(areaOf('idea-loket')).toBe('idea:service-centre');
  });

  it('leaves a card off the sheet unplaced', () => {
    expect(placement.unplaced.map((c) => c.id)).toEqual(['shape:off-sheet']);
  });

  it('lists empty areas too', () => {
    const filled = placement.areas.filter((a) => a.cards.length > 0).map((a) => a.area.role);
    expect(filled.sort()).toEqual(['frame', 'harapan:delivery', 'idea:delivery', 'idea:service-centre', 'kenyataan:delivery', 'kenyataan:target-groups', 'root-cause:delivery']);
    expect(placement.areas).toHaveLength(21);
  });

  it('keeps each card’s author, group and creation time', () => {
    const card = placement.cards.find((c) => c.id === 'shape:kenyataan-delivery');
    expect(card).toMatchObject({ authorId: 'user-budi', authorName: 'Pak Budi', groupId: 'group-1', color: 'pink', text: 'Air hanya mengalir pagi hari' });
    expect(card?.createdAt).toBeGreaterThan(0);
  });

  it('skips records that are not well-formed instead of failing', () => {
    const broken = [...hk, null, 42, { typeName: 'shape', id: 'shape:x', type: 'plano-card', parentId: 'page:page', x: 'a', y: 0, props: {} }];
    expect(placeCards(broken).cards).toHaveLength(placement.cards.length);
  });
});

describe('areaForCard', () => {
  const rect = (id: string, x: number, y: number, w: number, h: number): BoardArea => ({
    id, pageId: 'page:page', role: id, label: { id, en: id }, outline: 'rect', bounds: { x, y, w, h },
  });
  const card = (cx: number, cy: number, w: number, h: number): BoardCard => ({
    id: 'shape:c', pageId: 'page:page', text: '', color: 'yellow', authorId: '', authorName: '', groupId: '', createdAt: 0, flowRole: 'step', changeTag: '',
    centre: { x: cx, y: cy }, bounds: { x: cx - w / 2, y: cy - h / 2, w, h }, tldrawGroupId: null,
  });

  it('breaks a tie between equal areas whose shared border holds the centre in favour of the one the card overlaps most', () => {
    // Same surface (10 000); the centre is on their shared border x = 100.
    const wide = rect('shape:wide', 0, 0, 100, 100);
    const thin = rect('shape:thin', 100, 0, 10, 1000);
    expect(areaForCard(card(100, 50, 40, 40), [thin, wide])?.id).toBe('shape:wide');
  });

  it('breaks a perfect tie by area id, so every reader agrees', () => {
    const left = rect('shape:b-left', 0, 0, 100, 100);
    const right = rect('shape:a-right', 100, 0, 100, 100);
    expect(areaForCard(card(100, 50, 40, 40), [left, right])?.id).toBe('shape:a-right');
  });

  it('ignores areas of another page', () => {
    const other = { ...rect('shape:other', 0, 0, 100, 100), pageId: 'page:two' };
    expect(areaForCard(card(50, 50, 10, 10), [other])).toBeNull();
  });
});
