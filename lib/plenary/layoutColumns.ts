/**
 * The plenary layout of gathered cards: one column per group, left to right in group order;
 * inside a column, one block per section (template area) top to bottom, each block a grid of
 * `cardsPerRow` cards in reading order. Every card gets the same cell, so columns line up.
 */

export interface LayoutSpacing {
  /** Cell every card is placed in (the largest gathered card), in page units. */
  cell: { w: number; h: number };
  cardsPerRow: number;
  /** Between two cards of a block. */
  cardGap: number;
  /** Between two sections of a column. */
  sectionGap: number;
  /** Between two group columns. */
  columnGap: number;
}

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/** Places columns of sections of items from `origin` (the top-left corner of the first column). */
export function layoutColumns<T>(columns: readonly (readonly (readonly T[])[])[], origin: { x: number; y: number }, spacing: LayoutSpacing): Placed<T>[] {
  const { cell, cardsPerRow, cardGap, sectionGap, columnGap } = spacing;
  const columnWidth = cardsPerRow * cell.w + (cardsPerRow - 1) * cardGap;
  const placed: Placed<T>[] = [];
  let left = origin.x;
  for (const sections of columns) {
    const filled = sections.filter((section) => section.length > 0);
    if (filled.length === 0) continue;
    let top = origin.y;
    for (const section of filled) {
      section.forEach((item, i) => {
        const row = Math.floor(i / cardsPerRow);
        const col = i % cardsPerRow;
        placed.push({ item, x: left + col * (cell.w + cardGap), y: top + row * (cell.h + cardGap) });
      });
      const rows = Math.ceil(section.length / cardsPerRow);
      top += rows * cell.h + (rows - 1) * cardGap + sectionGap;
    }
    left += columnWidth + columnGap;
  }
  return placed;
}
