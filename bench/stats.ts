/**
 * Percentiles by the nearest-rank definition: the p-th percentile of n values is the smallest
 * value with at least p% of the values at or below it, i.e. sorted[ceil(p/100 * n) - 1].
 * It is always one of the measured values (no interpolation). Empty input gives NaN.
 */

/** The p-th percentile (0 < p <= 100) of `sorted`, which must be sorted ascending. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * n);
  return sorted[Math.min(n, Math.max(1, rank)) - 1];
}

/** The p-th percentile (0 < p <= 100) of `values` in any order; `values` is not modified. */
export function percentile(values: readonly number[], p: number): number {
  return percentileSorted(Float64Array.from(values).sort(), p);
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Count, p50/p95/p99, max and mean of `values`; NaN statistics for an empty list. */
export function summarize(values: readonly number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const count = sorted.length;
  return {
    count,
    p50: percentileSorted(sorted, 50),
    p95: percentileSorted(sorted, 95),
    p99: percentileSorted(sorted, 99),
    max: count > 0 ? sorted[count - 1] : Number.NaN,
    mean: count > 0 ? sum / count : Number.NaN,
  };
}

/** The median of `values` (nearest rank, so the lower middle one for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
