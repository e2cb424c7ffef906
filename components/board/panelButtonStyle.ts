import type { CSSProperties } from 'react';

/** A button of the card panel (and of the colour-meanings editor it opens): touch-sized, outlined. */
export const panelButtonStyle: CSSProperties = {
  minWidth: 44,
  minHeight: 44,
  padding: '0 14px',
  borderRadius: 10,
  border: '2px solid #2d3748',
  background: '#fff',
  color: '#1a202c',
  font: '600 17px/1 system-ui, sans-serif',
  touchAction: 'manipulation',
};
