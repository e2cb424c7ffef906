/**
 * Ranks items by a total score, highest first, with standard competition ranking: equal totals
 * share a rank and the next rank skips (1, 2, 2, 4). Shared by the ranking matrix and MCUA.
 */
export interface Ranked<T> {
  item: T;
  total: number;
  rank: number;
}

/** Totals closer than this count as equal (sums of weighted decimals are not exact). */
export const TIE_TOLERANCE = 1e-9;

export function rankByTotal<T>(items: readonly T[], totalOf: (item: T) => number): Ranked<T>[] {
  const scored = items.map((item, index) => ({ item, total: totalOf(item), index }));
  // Stable: equal totals keep their input order, so the display does not jump between renders.
  scored.sort((a, b) => (Math.abs(b.total - a.total) <= TIE_TOLERANCE ? a.index - b.index : b.total - a.total));
  const ranked: Ranked<T>[] = [];
  scored.forEach((entry, position) => {
    const previous = ranked[position - 1];
    const rank = previous && Math.abs(previous.total - entry.total) <= TIE_TOLERANCE ? previous.rank : position + 1;
    ranked.push({ item: entry.item, total: entry.total, rank });
  });
  return ranked;
}

/** The items sharing rank 1; more than one means the plenary must break the tie. */
export function tiedAtTop<T>(ranked: readonly Ranked<T>[]): T[] {
  return ranked.filter((entry) => entry.rank === 1).map((entry) => entry.item);
}
