import { describe, expect, it } from 'vitest';
import { layoutColumns, type LayoutSpacing } from './layoutColumns';

const spacing: LayoutSpacing = { cell: { w: 100, h: 50 }, cardsPerRow: 2, cardGap: 10, sectionGap: 30, columnGap: 40, headingH: 20, blockPadding: 5 };

describe('the plenary layout of gathered cards', () => {
  it('puts every card inside its block, under the block’s heading band', () => {
    const { cards, blocks } = layoutColumns([[['a', 'b', 'c'], ['d']], [['e']]], { x: 0, y: 0 }, spacing);
    for (const card of cards) {
      const column = ['a', 'b', 'c', 'd'].includes(card.item) ? 0 : 1;
      const section = card.item === 'd' ? 1 : 0;
      const block = blocks.find((b) => b.column === column && b.section === section)!;
      expect(card.x).toBeGreaterThanOrEqual(block.x);
      expect(card.y).toBeGreaterThanOrEqual(block.y + spacing.headingH);
      expect(card.x + spacing.cell.w).toBeLessThanOrEqual(block.x + block.w);
      expect(card.y + spacing.cell.h).toBeLessThanOrEqual(block.y + block.h);
    }
    // Two rows in the first block (20 + 50 + 10 + 50 + 5 = 135 high), the next block 30 below.
    expect(blocks.map(({ x, y, w, h }) => [x, y, w, h])).toEqual([
      [0, 0, 220, 135],
      [0, 165, 220, 75],
      [260, 0, 220, 75],
    ]);
  });

  it('gives no room to an empty section or an empty column', () => {
    const { cards, blocks } = layoutColumns([[[], ['a']], [], [['b']]], { x: 10, y: 10 }, spacing);
    expect(cards.map(({ item, x, y }) => [item, x, y])).toEqual([
      ['a', 15, 30],
      ['b', 275, 30],
    ]);
    expect(blocks.map((b) => [b.column, b.section])).toEqual([
      [0, 1],
      [2, 0],
    ]);
  });
});
