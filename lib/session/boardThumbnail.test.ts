import { describe, expect, it } from 'vitest';
import { thumbnailOf } from './boardThumbnail';

const page = (id: string, index: string) => ({ id, typeName: 'page', index, name: id });
const shape = (id: string, type: string, parentId: string, x: number, y: number, props: Record<string, unknown>) => ({ id, typeName: 'shape', type, parentId, x, y, props });

describe('a board’s thumbnail', () => {
  it('draws the first page’s areas and cards at their page positions, framed with a margin', () => {
    const thumbnail = thumbnailOf([
      page('page:b', 'a2'),
      page('page:a', 'a1'),
      shape('shape:frame', 'plano-area', 'page:a', 0, 0, { w: 1000, h: 500, outline: 'rect', tone: 'sky' }),
      shape('shape:ring', 'plano-area', 'page:a', 100, 100, { w: 200, h: 200, outline: 'ellipse', tone: 'nonsense' }),
      shape('shape:c1', 'plano-card', 'page:a', 50, 60, { w: 240, h: 160, color: 'pink', text: 'Pipa sering bocor di wilayah utara kota dan sekitarnya' }),
      shape('shape:c2', 'plano-card', 'shape:frame', 10, 20, { w: 240, h: 160, color: 'mauve', text: 'Tekanan rendah' }),
      shape('shape:other-page', 'plano-card', 'page:b', 5000, 5000, { w: 240, h: 160, color: 'blue', text: 'Di halaman lain' }),
    ]);
    expect(thumbnail.areas.map((area) => [area.id, area.outline, area.tone])).toEqual([
      ['shape:frame', 'rect', 'sky'],
      ['shape:ring', 'ellipse', 'plain'],
    ]);
    expect(thumbnail.cards).toEqual([
      { id: 'shape:c1', x: 50, y: 60, w: 240, h: 160, fill: '#ffc9de', text: 'Pipa sering bocor di wilayah utara kota ' },
      { id: 'shape:c2', x: 10, y: 20, w: 240, h: 160, fill: '#fff3a3', text: 'Tekanan rendah' },
    ]);
    expect(thumbnail.viewBox).toEqual({ x: -40, y: -40, w: 1080, h: 580 });
  });

  it('has nothing to frame on an empty board, and skips shapes with broken or cyclic parents', () => {
    expect(thumbnailOf([page('page:a', 'a1')])).toEqual({ viewBox: null, areas: [], cards: [] });
    const cyclic = thumbnailOf([
      page('page:a', 'a1'),
      shape('shape:x', 'plano-card', 'shape:y', 0, 0, { w: 10, h: 10, color: 'yellow', text: '' }),
      shape('shape:y', 'plano-card', 'shape:x', 0, 0, { w: 10, h: 10, color: 'yellow', text: '' }),
      shape('shape:z', 'plano-card', 'page:a', 0, 0, { w: -5, h: 10, color: 'yellow', text: '' }),
    ]);
    expect(cyclic.cards).toEqual([]);
  });
});
