/**
 * Metaplan card colours. On paper a facilitator says "pink cards are problems, green cards are
 * ideas"; the meaning belongs to the workshop, not to the colour, so it is data with defaults.
 */
import type { BilingualText } from '../i18n/bilingual';

export const CARD_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

/** Fill of each card colour: pale, like paper cards, so black marker text stays readable. */
export const CARD_COLOR_FILL: Readonly<Record<CardColor, string>> = {
  yellow: '#fff3a3',
  pink: '#ffc9de',
  blue: '#c4e3ff',
  green: '#c8f0c0',
  orange: '#ffd8a8',
};

export type CardColorMeanings = Readonly<Record<CardColor, BilingualText>>;

/** What each colour means until the facilitator says otherwise. */
export const DEFAULT_CARD_COLOR_MEANINGS: CardColorMeanings = {
  yellow: { id: 'Ide', en: 'Idea' },
  pink: { id: 'Masalah', en: 'Problem' },
  blue: { id: 'Harapan', en: 'Expectation' },
  green: { id: 'Solusi', en: 'Solution' },
  orange: { id: 'Akar masalah', en: 'Root cause' },
};

/** Key in the tldraw document record's `meta` where a board keeps its own colour meanings. */
export const CARD_COLOR_MEANINGS_META_KEY = 'cardColorMeanings';

export function isCardColor(value: unknown): value is CardColor {
  return typeof value === 'string' && (CARD_COLORS as readonly string[]).includes(value);
}

/**
 * The meanings a board uses: the defaults, overridden colour by colour by whatever well-formed
 * entries the document meta holds (anything malformed is ignored, it comes from a peer).
 */
export function readCardColorMeanings(documentMeta: unknown): CardColorMeanings {
  const stored = isObject(documentMeta) ? documentMeta[CARD_COLOR_MEANINGS_META_KEY] : undefined;
  const meanings: Record<CardColor, BilingualText> = { ...DEFAULT_CARD_COLOR_MEANINGS };
  if (!isObject(stored)) return meanings;
  for (const color of CARD_COLORS) {
    const entry = stored[color];
    if (isObject(entry) && typeof entry.id === 'string' && typeof entry.en === 'string') {
      meanings[color] = { id: entry.id, en: entry.en };
    }
  }
  return meanings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
