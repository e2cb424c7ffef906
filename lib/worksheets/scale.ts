/**
 * The scale a criterion is scored on (1 to 5, 1 to 10 …), as data: both matrices (2.1's ranking
 * and 4.7's MCUA) keep one per criterion, 1 to 5 unless the facilitator sets another. A score
 * outside its criterion's scale is refused on screen and by the server, and one left over from a
 * narrower scale does not count until it is scored again.
 */
import { z } from 'zod';

export interface Scale {
  min: number;
  max: number;
}

/** What a criterion is scored on until the facilitator says otherwise. */
export const DEFAULT_SCALE: Scale = { min: 1, max: 5 };
/** The scales a facilitator picks from: those the method's plenaries use. */
export const SCALE_PRESETS: readonly Scale[] = [
  { min: 1, max: 3 },
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
  { min: 1, max: 100 },
];

/** A stored scale: whole numbers from 0 to 100, the lower one first. */
export const scaleValue = z
  .strictObject({ min: z.number().int().min(0).max(99), max: z.number().int().min(1).max(100) })
  .refine((scale) => scale.min < scale.max, 'the lower end must be below the upper end');

/** The scale stored for a criterion, or the default when there is none (or it is malformed). */
export function readScale(stored: unknown): Scale {
  const parsed = scaleValue.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SCALE;
}

export function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max;
}

/** A key for a scale in a list of choices, e.g. "1-5". */
export function scaleKey(scale: Scale): string {
  return `${scale.min}-${scale.max}`;
}

export function parseScaleKey(key: string): Scale | null {
  const match = /^(\d{1,2})-(\d{1,3})$/.exec(key);
  if (!match) return null;
  const parsed = scaleValue.safeParse({ min: Number(match[1]), max: Number(match[2]) });
  return parsed.success ? parsed.data : null;
}

/** Why `value` is not a score on `scale`, or null when it is one. */
export function scoreProblem(value: unknown, scale: Scale): 'notANumber' | 'outOfScale' | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notANumber';
  return value < scale.min || value > scale.max ? 'outOfScale' : null;
}

/**
 * A number as people type it in Indonesia or elsewhere: "12,5" and "12.5" are both 12.5, and in
 * "1.234,5" the dot groups thousands. Null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  let cleaned = text.trim().replace(/\s/g, '');
  if (cleaned === '') return null;
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export type ScoreInput = { ok: true; value: number | null } | { ok: false; problem: 'notANumber' | 'outOfScale' };

/** What typing `text` into a score cell on `scale` writes: a score, null to clear it, or why nothing. */
export function scoreInput(text: string, scale: Scale): ScoreInput {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseDecimal(text);
  if (value === null) return { ok: false, problem: 'notANumber' };
  const problem = scoreProblem(value, scale);
  return problem ? { ok: false, problem } : { ok: true, value };
}
