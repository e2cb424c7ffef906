/**
 * Keeping the card being typed visible above a tablet's on-screen keyboard. Browsers say where the
 * keyboard is only indirectly: `window.visualViewport` shrinks (iOS Safari, Chrome since 108) or
 * the whole layout viewport does (older Android). Either way the visible part of the page is the
 * intersection of the canvas and the visual viewport; the card must sit inside it.
 *
 * All rectangles are in CSS px of the layout viewport (client coordinates).
 */

export interface ScreenRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What `window.visualViewport` reports: its offset in the layout viewport and its size. */
export interface VisualViewportRect {
  offsetLeft: number;
  offsetTop: number;
  width: number;
  height: number;
}

/** Space kept between the card and the edge of the visible part (e.g. the keyboard's top), in px. */
export const KEYBOARD_PAN_MARGIN_PX = 16;

/**
 * How far the board must move on screen, in px, so the card lies in the visible part: positive
 * `dy` moves the board up (the card was under the keyboard), negative down. A card larger than
 * the visible part is aligned by its top, where its text starts. 0 when it is already visible.
 */
export function keyboardPan(card: ScreenRect, canvas: ScreenRect, visual: VisualViewportRect, marginPx = KEYBOARD_PAN_MARGIN_PX): { dx: number; dy: number } {
  const top = Math.max(canvas.y, visual.offsetTop);
  const bottom = Math.min(canvas.y + canvas.h, visual.offsetTop + visual.height);
  const left = Math.max(canvas.x, visual.offsetLeft);
  const right = Math.min(canvas.x + canvas.w, visual.offsetLeft + visual.width);
  return {
    dx: panAlong(card.x, card.x + card.w, left, right, marginPx),
    dy: panAlong(card.y, card.y + card.h, top, bottom, marginPx),
  };
}

/** The height the on-screen keyboard (or anything else) takes from the bottom of the layout viewport, in px. */
export function keyboardHeight(layoutViewportHeight: number, visual: VisualViewportRect): number {
  return Math.max(0, Math.round(layoutViewportHeight - visual.offsetTop - visual.height));
}

function panAlong(start: number, end: number, visibleStart: number, visibleEnd: number, margin: number): number {
  // A very short visible part (landscape phone with keyboard): shrink the margin rather than fail.
  const m = Math.max(0, Math.min(margin, (visibleEnd - visibleStart) / 4));
  const from = visibleStart + m;
  const to = visibleEnd - m;
  if (end - start > to - from) return start - from;
  if (start < from) return start - from;
  if (end > to) return end - to;
  return 0;
}
