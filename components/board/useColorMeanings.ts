'use client';

import { useMemo } from 'react';
import { useValue, type Editor } from 'tldraw';
import type * as Y from 'yjs';
import { META_CARD_COLOR_MEANINGS, readColorMeanings, resolveColorMeanings, type ColorMeanings } from '@/lib/board/colorMeanings';
import type { Lang } from '@/lib/i18n/translate';
import type { CardColor } from '@/lib/shapes/cardColors';
import { useMetaValue } from './session/useMetaValue';

const NONE: ColorMeanings = {};

export interface BoardColorMeanings {
  /** What the facilitator set in `meta` (colours without a text are absent). */
  stored: ColorMeanings;
  /** What each colour means on this board now, in `lang` where it is not the facilitator's own text. */
  shown: Record<CardColor, string>;
}

/**
 * The board's card colour meanings, kept live: the facilitator's texts from the Y meta map, and
 * for older boards the meanings they kept in the tldraw document record.
 */
export function useColorMeanings(editor: Editor, ydoc: Y.Doc | null, lang: Lang): BoardColorMeanings {
  const stored = useMetaValue(ydoc, META_CARD_COLOR_MEANINGS, readColorMeanings) ?? NONE;
  const legacy = useValue('older card colour meanings', () => editor.getDocumentSettings().meta, [editor]);
  const shown = useMemo(() => resolveColorMeanings(stored, legacy, lang), [stored, legacy, lang]);
  return { stored, shown };
}
