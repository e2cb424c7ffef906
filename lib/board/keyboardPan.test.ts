import { describe, expect, it } from 'vitest';
import { keyboardHeight, keyboardPan, type ScreenRect, type VisualViewportRect } from './keyboardPan';

/** A tablet in portrait, 800 x 1280, the board filling the screen. */
const canvas: ScreenRect = { x: 0, y: 0, w: 800, h: 1280 };
const noKeyboard: VisualViewportRect = { offsetLeft: 0, offsetTop: 0, width: 800, height: 1280 };
/** The on-screen keyboard takes the lower 500 px: the visual viewport shrinks to 780 px. */
const withKeyboard: VisualViewportRect = { ...noKeyboard, height: 780 };
const margin = 16;

describe('keeping the card being typed above the on-screen keyboard', () => {
  it('leaves the board alone while the card is already visible', () => {
    expect(keyboardPan({ x: 100, y: 200, w: 240, h: 160 }, canvas, withKeyboard, margin)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves the board up just enough that a card under the keyboard ends above it', () => {
    const card = { x: 100, y: 1000, w: 240, h: 160 };
    const { dy } = keyboardPan(card, canvas, withKeyboard, margin);
    expect(card.y + card.h - dy).toBe(780 - margin);
    expect(dy).toBe(1160 - 764);
  });

  it('does nothing for the same card when no keyboard is open', () => {
    expect(keyboardPan({ x: 100, y: 1000, w: 240, h: 160 }, canvas, noKeyboard, margin)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves the board down for a card above the visible part (the browser scrolled the visual viewport)', () => {
    const scrolled: VisualViewportRect = { ...withKeyboard, offsetTop: 300 };
    const { dy } = keyboardPan({ x: 100, y: 250, w: 240, h: 160 }, canvas, scrolled, margin);
    expect(250 - dy).toBe(300 + margin);
  });

  it('puts the top of a card taller than the visible part at the top, where its text starts', () => {
    const { dy } = keyboardPan({ x: 100, y: 400, w: 240, h: 900 }, canvas, withKeyboard, margin);
    expect(400 - dy).toBe(margin);
  });

  it('counts only the part of the visual viewport the canvas covers', () => {
    const belowAHeader: ScreenRect = { x: 0, y: 120, w: 800, h: 1160 };
    const { dy } = keyboardPan({ x: 100, y: 60, w: 240, h: 160 }, belowAHeader, withKeyboard, margin);
    expect(60 - dy).toBe(120 + margin);
  });

  it('also pans sideways when the card is off the side of a zoomed-in visual viewport', () => {
    const pinched: VisualViewportRect = { offsetLeft: 400, offsetTop: 0, width: 400, height: 640 };
    const { dx } = keyboardPan({ x: 100, y: 100, w: 240, h: 160 }, canvas, pinched, margin);
    expect(100 - dx).toBe(400 + margin);
  });

  it('measures the keyboard as what the visual viewport lost at the bottom', () => {
    expect(keyboardHeight(1280, withKeyboard)).toBe(500);
    expect(keyboardHeight(1280, noKeyboard)).toBe(0);
    expect(keyboardHeight(1280, { ...withKeyboard, offsetTop: 100 })).toBe(400);
  });
});
