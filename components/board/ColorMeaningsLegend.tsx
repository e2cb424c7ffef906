'use client';

import type { CSSProperties } from 'react';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { CARD_COLOR_FILL, CARD_COLORS, type CardColor } from '@/lib/shapes/cardColors';

const legendStyle: CSSProperties = {
  // Top left, under the board menu: the bottom corners hold the connection badge and the
  // session controls (raise hand, follow me), the top centre the card panel.
  position: 'absolute',
  left: 8,
  top: 112,
  zIndex: 300,
  display: 'flex',
  flexDirection: 'column',
  gap: 4,
  margin: 0,
  padding: '8px 10px',
  listStyle: 'none',
  borderRadius: 12,
  background: 'rgba(255,255,255,0.92)',
  boxShadow: '0 1px 4px rgba(0,0,0,0.2)',
  color: '#1a202c',
  font: '500 15px/1.3 system-ui, sans-serif',
  maxWidth: 'min(280px, 45vw)',
  // Read-only information: taps and pinches go to the board underneath.
  pointerEvents: 'none',
};

/** What each card colour means on this board, always in view (participants and projector too). */
export function ColorMeaningsLegend({ shown, lang }: { shown: Readonly<Record<CardColor, string>>; lang: Lang }) {
  const t = dictionaryFor(lang).colorMeanings;
  return (
    <ul style={legendStyle} aria-label={t.legend} data-testid="color-legend">
      {CARD_COLORS.map((color) => (
        <li key={color} data-testid="color-legend-item" data-color={color} style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <span aria-hidden style={{ width: 18, height: 18, flex: 'none', borderRadius: 4, background: CARD_COLOR_FILL[color], border: '1px solid #a0aec0' }} />
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {t.colorNames[color]}:{' '}
          </span>
          <span data-testid="color-legend-meaning" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {shown[color]}
          </span>
        </li>
      ))}
    </ul>
  );
}
