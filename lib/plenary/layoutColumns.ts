/**
 * The plenary layout of gathered cards: one column per group, left to right in group order;
 * inside a column, one block per section (template area) top to bottom. A block is a heading
 * band over a grid of `cardsPerRow` cards in reading order, with some room around them. Every
 * card gets the same cell and every block of a column the same width, so columns line up.
 */

export interface LayoutSpacing {
  /** Cell every card is placed in (the largest gathered card), in page units. */
  cell: { w: number; h: number };
  cardsPerRow: number;
  /** Between two cards of a block. */
  cardGap: number;
  /** Between two blocks (sections) of a column. */
  sectionGap: number;
  /** Between two group columns. */
  columnGap: number;
  /** Height of a block's heading band, above its cards (0: no heading). */
  headingH: number;
  /** Room between a block's edge and its cards (left, right, bottom). */
  blockPadding: number;
}

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/** The rectangle of one block, with the indices of its column and section in the input. */
export interface PlacedBlock {
  column: number;
  section: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ColumnsLayout<T> {
  cards: Placed<T>[];
  /** One per non-empty section, in the order of `cards`. */
  blocks: PlacedBlock[];
}

/** Places columns of sections of items from `origin` (the top-left corner of the first column's first block). */
export function layoutColumns<T>(columns: readonly (readonly (readonly T[])[])[], origin: { x: number; y: number }, spacing: LayoutSpacing): ColumnsLayout<T> {
  const { cell, cardsPerRow, cardGap, sectionGap, columnGap, headingH, blockPadding } = spacing;
  const blockWidth = cardsPerRow * cell.w + (cardsPerRow - 1) * cardGap + 2 * blockPadding;
  const cards: Placed<T>[] = [];
  const blocks: PlacedBlock[] = [];
  let left = origin.x;
  columns.forEach((sections, column) => {
    if (sections.every((section) => section.length === 0)) return;
    let top = origin.y;
    sections.forEach((section, index) => {
      if (section.length === 0) return;
      section.forEach((item, i) => {
        const row = Math.floor(i / cardsPerRow);
        const col = i % cardsPerRow;
        cards.push({ item, x: left + blockPadding + col * (cell.w + cardGap), y: top + headingH + row * (cell.h + cardGap) });
      });
      const rows = Math.ceil(section.length / cardsPerRow);
      const h = headingH + rows * cell.h + (rows - 1) * cardGap + blockPadding;
      blocks.push({ column, section: index, x: left, y: top, w: blockWidth, h });
      top += h + sectionGap;
    });
    left += blockWidth + columnGap;
  });
  return { cards, blocks };
}
