/**
 * Tabel Analisis Kesenjangan Kuantitatif (topic 2.3): for each service indicator, the gap between
 * the target (from the service standard or the corporate plan) and what was achieved. Whether a
 * gap is a shortfall depends on the indicator's direction: more coverage is better, but fewer
 * complaints or less water loss is better.
 */
export interface IndicatorFigures {
  target: number;
  actual: number;
  /** true for coverage, hours of supply…; false for non-revenue water, complaints… */
  higherIsBetter: boolean;
}

export interface Gap {
  /** How far the actual falls short of the target, in the indicator's unit; 0 or less: met. */
  shortfall: number;
  met: boolean;
  /** Achievement as a share of the target (1 = exactly on target), direction-aware; null when undefined (target 0). */
  achievement: number | null;
}

export function gapOf({ target, actual, higherIsBetter }: IndicatorFigures): Gap {
  const shortfall = higherIsBetter ? target - actual : actual - target;
  let achievement: number | null;
  if (higherIsBetter) achievement = target === 0 ? null : actual / target;
  else achievement = actual === 0 ? (target >= 0 ? null : 0) : target / actual;
  return { shortfall, met: shortfall <= 0, achievement };
}

/** Indicators in order of how far they fall short, relative to their targets: the worst first. */
export function worstGapsFirst<T extends IndicatorFigures & { id: string }>(indicators: readonly T[]): T[] {
  const relative = (i: T) => {
    const { shortfall } = gapOf(i);
    return i.target === 0 ? shortfall : shortfall / Math.abs(i.target);
  };
  return [...indicators].sort((a, b) => relative(b) - relative(a));
}

/** How a gap reads in words: which side of the target, and by how much (never negative). */
export type GapReading =
  | { kind: 'below-target' | 'over-target' | 'exceeds-target' | 'under-target'; amount: number }
  | { kind: 'on-target'; amount: 0 };

/**
 * A shortfall in words, in the indicator's direction: "-3" alone says nothing, "no gap, exceeds
 * the target by 3" does. Higher-is-better indicators fall below a target or exceed it;
 * lower-is-better ones (losses, complaints) go over the target limit or stay under it.
 */
export function readGap(shortfall: number, higherIsBetter: boolean): GapReading {
  const tolerance = 1e-9;
  if (Math.abs(shortfall) <= tolerance) return { kind: 'on-target', amount: 0 };
  if (shortfall > 0) return { kind: higherIsBetter ? 'below-target' : 'over-target', amount: shortfall };
  return { kind: higherIsBetter ? 'exceeds-target' : 'under-target', amount: -shortfall };
}
