import { describe, expect, it } from 'vitest';
import { median, percentile, percentileSorted, summarize } from './stats';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it('gives p50 = 50, p95 = 95, p99 = 99 and p100 = 100 for 1..100', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
  });

  it('does not depend on the input order and leaves the input alone', () => {
    const shuffled = [...oneToHundred].reverse();
    expect(percentile(shuffled, 50)).toBe(50);
    expect(shuffled[0]).toBe(100);
  });

  it('shows one outlier in 100 only at the max, one in 50 already at p99', () => {
    const hundred = [...Array.from({ length: 99 }, () => 1), 1000];
    expect(percentile(hundred, 99)).toBe(1);
    expect(percentile(hundred, 100)).toBe(1000);
    const fifty = [...Array.from({ length: 49 }, () => 1), 1000];
    expect(percentile(fifty, 99)).toBe(1000);
    expect(percentile(fifty, 95)).toBe(1);
  });

  it('returns the only value of a one-element list for every p', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 100)).toBe(7);
  });

  it('returns NaN for an empty list', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentileSorted(new Float64Array(0), 99)).toBeNaN();
  });

  it('refuses p outside (0, 100]', () => {
    expect(() => percentile(oneToHundred, 0)).toThrow(RangeError);
    expect(() => percentile(oneToHundred, 101)).toThrow(RangeError);
    expect(() => percentile(oneToHundred, Number.NaN)).toThrow(RangeError);
  });

  it('takes the lower middle value as the median of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('sorts numerically, not as strings', () => {
    expect(percentile([10, 9, 100, 2], 50)).toBe(9);
  });
});

describe('summarize', () => {
  it('reports count, percentiles, max and mean', () => {
    expect(summarize(oneToHundred)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it('reports a zero count and NaN statistics for no values', () => {
    const summary = summarize([]);
    expect(summary.count).toBe(0);
    expect(summary.p50).toBeNaN();
    expect(summary.max).toBeNaN();
    expect(summary.mean).toBeNaN();
  });
});
