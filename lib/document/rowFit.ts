/**
 * Whether every row of a table fits on one page, so a renderer may keep each row whole (a row
 * split over two pages reads badly). A row taller than a page cannot be kept whole: PDF and word
 * processors then drop or clip it (the draft once showed a page with nothing but a table's header,
 * its tall row gone). The estimate is deliberately generous to the row: wide characters, full
 * lines, the narrowest share of the page for each column.
 */
import type { DocTable } from './model';

/** A4 in points, within 2 cm margins (the renderers' own). */
const PAGE = { portrait: { width: 483, height: 730 }, landscape: { width: 730, height: 483 } } as const;
/** Body text: 10 pt at 1.15 line height, and a character as wide as 0.55 em on average at most. */
const LINE_PT = 11.5;
const CHAR_PT = 5.5;
/** Room the header row, the heading above and the source line below take on the page. */
const RESERVED_PT = 120;

/** The height, in points, a row's tallest cell needs when the table spans the page in equal columns. */
export function estimatedRowHeight(row: readonly string[], columns: number, landscape: boolean): number {
  const columnWidth = PAGE[landscape ? 'landscape' : 'portrait'].width / Math.max(1, columns) - 8;
  const perLine = Math.max(1, Math.floor(columnWidth / CHAR_PT));
  const lines = Math.max(...row.map((cell) => cell.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0)), 1);
  return lines * LINE_PT + 8;
}

export function everyRowFitsOnAPage(table: Pick<DocTable, 'columns' | 'rows' | 'wide'>): boolean {
  const height = PAGE[table.wide ? 'landscape' : 'portrait'].height - RESERVED_PT;
  return table.rows.every((row) => estimatedRowHeight(row, table.columns.length, table.wide) <= height);
}
