/**
 * What each card colour means on a board, as the facilitator sets it ("pink = masalah"). Kept in
 * the board's `meta` map under `META_CARD_COLOR_MEANINGS` (facilitator-only, see docMeta.ts), as
 * one short text per colour in the workshop's own language: the facilitator types it, so it is
 * not bilingual. A colour without a text keeps what it meant before: an older board's meanings in
 * the tldraw document record (`readCardColorMeanings`), else the product's default.
 */
import { z } from '../validation/zod';
import { pick } from '../i18n/bilingual';
import type { Lang } from '../i18n/translate';
import { CARD_COLORS, readCardColorMeanings, type CardColor } from '../shapes/cardColors';

export { META_CARD_COLOR_MEANINGS } from './docMeta';

/** Longest meaning, in characters: it labels a colour swatch on a tablet's card panel. */
export const COLOR_MEANING_MAX_CHARS = 40;

/** One colour's meaning: a single line of at most `COLOR_MEANING_MAX_CHARS` characters. */
export const colorMeaningText = z
  .string()
  .trim()
  .min(1)
  .max(COLOR_MEANING_MAX_CHARS)
  .regex(/^[^\p{Cc}]*$/u, 'one line, no control characters');

/** `meta.cardColorMeanings`: per card colour an optional meaning; other keys are dropped. */
export const colorMeaningsSchema = z.object(
  Object.fromEntries(CARD_COLORS.map((color) => [color, colorMeaningText.optional()])) as Record<CardColor, z.ZodOptional<typeof colorMeaningText>>,
);

export type ColorMeanings = Partial<Record<CardColor, string>>;

/**
 * Reads `meta.cardColorMeanings` colour by colour: a malformed entry (it comes from a peer) is
 * ignored on its own, so one bad colour does not cost the board the others.
 */
export function readColorMeanings(value: unknown): ColorMeanings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const meanings: ColorMeanings = {};
  for (const color of CARD_COLORS) {
    const parsed = colorMeaningText.safeParse((value as Record<string, unknown>)[color]);
    if (parsed.success) meanings[color] = parsed.data;
  }
  return meanings;
}

export type ColorMeaningsDraft = Readonly<Record<CardColor, string>>;

export type ColorMeaningsProblem = { color: CardColor; reason: 'too-long' | 'not-one-line' };

/**
 * What the editor's text fields become in `meta`: trimmed, an empty field dropped (the colour
 * goes back to its earlier meaning). A field that is too long or not one line is a problem to
 * show at that field, not a value to store.
 */
export function toStoredColorMeanings(draft: ColorMeaningsDraft): { ok: true; meanings: ColorMeanings } | { ok: false; problems: ColorMeaningsProblem[] } {
  const meanings: ColorMeanings = {};
  const problems: ColorMeaningsProblem[] = [];
  for (const color of CARD_COLORS) {
    const text = (draft[color] ?? '').trim();
    if (text === '') continue;
    const parsed = colorMeaningText.safeParse(text);
    if (parsed.success) meanings[color] = parsed.data;
    else problems.push({ color, reason: text.length > COLOR_MEANING_MAX_CHARS ? 'too-long' : 'not-one-line' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, meanings: colorMeaningsSchema.parse(meanings) };
}

/**
 * The meaning shown for every colour: the facilitator's text from `meta`, else the board's
 * older meanings kept in the tldraw document record's meta, else the default, in `lang`.
 */
export function resolveColorMeanings(stored: ColorMeanings, legacyDocumentMeta: unknown, lang: Lang): Record<CardColor, string> {
  const earlier = readCardColorMeanings(legacyDocumentMeta);
  return Object.fromEntries(CARD_COLORS.map((color) => [color, stored[color] ?? pick(earlier[color], lang)])) as Record<CardColor, string>;
}
