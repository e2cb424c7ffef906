/**
 * 5.1 → 7.1: the M&E format has one row per indicator of the agreed Smart Logframe, with its level,
 * baseline, target and means of verification. A logframe cell holds one indicator per line; its
 * baseline, target and verification cells are read line by line alongside when they have as many
 * lines, and whole otherwise (one target for several indicators is copied to each).
 */
import { agreedTableRows, presentCells, rowFromItem, type PrefilledRow, type PrefillSources } from './sources';

function linesOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split('\n').map((line) => line.trim()).filter(Boolean) : [];
}

function lineFor(value: unknown, index: number, count: number): string {
  const lines = linesOf(value);
  return lines.length === count ? lines[index] : lines.join('; ');
}

export function prefillMonevFormat(sources: PrefillSources): PrefilledRow[] {
  return agreedTableRows(sources, '5.1/smart-logframe', 'smart-logframe').flatMap((row) => {
    const indicators = linesOf(row.cells.indicators);
    return indicators.map((indicator, index) =>
      rowFromItem(
        '5.1/smart-logframe',
        `${row.id}.${index + 1}`,
        presentCells({
          indicator,
          level: row.cells.level,
          baseline: lineFor(row.cells.baseline, index, indicators.length),
          target: lineFor(row.cells.target, index, indicators.length),
          dataSource: lineFor(row.cells.verification, index, indicators.length),
        }),
      ),
    );
  });
}
