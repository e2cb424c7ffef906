import { useCallback, useEffect, useState } from 'react';
import { atom, type Editor, type TLShape } from 'tldraw';
import { isHiddenByPrivateMode, type PrivateMode } from '@/lib/board/privateMode';
import { CARD_SHAPE_TYPE, type CardShape } from '@/lib/shapes/card';

/**
 * tldraw's `getShapeVisibility` for private brainstorming: other people's new cards are not
 * drawn and cannot be selected or hit. This hides them in the UI only: their records are in the
 * shared document on every device and on the server, as paper cards face down are still on the
 * table. The callback is stable and reads an atom, so tldraw re-evaluates it when the mode changes.
 */
export function usePrivateCardVisibility(mode: PrivateMode | null, viewerId: string): (shape: TLShape, editor: Editor) => 'hidden' | 'inherit' {
  const [$view] = useState(() => atom('plano private mode', { mode, viewerId }));
  useEffect(() => {
    $view.set({ mode, viewerId });
  }, [$view, mode, viewerId]);
  return useCallback(
    (shape: TLShape) => {
      if (shape.type !== CARD_SHAPE_TYPE) return 'inherit';
      const { mode, viewerId } = $view.get();
      return isHiddenByPrivateMode((shape as CardShape).props, mode, viewerId) ? 'hidden' : 'inherit';
    },
    [$view],
  );
}
