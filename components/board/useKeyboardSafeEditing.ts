'use client';

import { useEffect } from 'react';
import { useValue, type Editor } from 'tldraw';
import { keyboardPan } from '@/lib/board/keyboardPan';
import { CARD_SHAPE_TYPE } from '@/lib/shapes/card';

/**
 * While a card is being typed, keeps it in the part of the screen the on-screen keyboard leaves
 * visible. The keyboard is seen through `window.visualViewport` (its resize and scroll events; on
 * browsers that shrink the whole window instead, through the window's resize), and the tldraw
 * camera is panned just enough that the card ends above the keyboard's top edge.
 */
export function useKeyboardSafeEditing(editor: Editor): void {
  const editingCardId = useValue(
    'card being typed',
    () => {
      const id = editor.getEditingShapeId();
      return id && editor.getShape(id)?.type === CARD_SHAPE_TYPE ? id : null;
    },
    [editor],
  );

  useEffect(() => {
    if (!editingCardId) return;
    let frame = 0;
    const keepVisible = () => {
      const bounds = editor.getShapePageBounds(editingCardId);
      if (!bounds || editor.getEditingShapeId() !== editingCardId) return;
      const topLeft = editor.pageToScreen({ x: bounds.minX, y: bounds.minY });
      const bottomRight = editor.pageToScreen({ x: bounds.maxX, y: bounds.maxY });
      const canvas = editor.getViewportScreenBounds();
      const visual = window.visualViewport ?? { offsetLeft: 0, offsetTop: 0, width: window.innerWidth, height: window.innerHeight };
      const { dx, dy } = keyboardPan(
        { x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y },
        { x: canvas.x, y: canvas.y, w: canvas.w, h: canvas.h },
        { offsetLeft: visual.offsetLeft, offsetTop: visual.offsetTop, width: visual.width, height: visual.height },
      );
      if (dx === 0 && dy === 0) return;
      const camera = editor.getCamera();
      editor.setCamera({ x: camera.x - dx / camera.z, y: camera.y - dy / camera.z, z: camera.z }, { animation: { duration: 150 } });
    };
    // The keyboard animates in over several frames, and tldraw measures the canvas's new size up
    // to 200 ms after a resize: check at the next frame, and again once both have settled.
    let settle = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(keepVisible);
      });
      settle = window.setTimeout(keepVisible, 350);
    };
    // Also when typing starts (the keyboard may already be up, or open without a resize event),
    // once the card's own move into view (onEditStart, 200 ms) has ended, so as not to cut it short.
    settle = window.setTimeout(keepVisible, 350);
    const visual = window.visualViewport;
    visual?.addEventListener('resize', schedule);
    visual?.addEventListener('scroll', schedule);
    window.addEventListener('resize', schedule);
    return () => {
      window.clearTimeout(settle);
      cancelAnimationFrame(frame);
      visual?.removeEventListener('resize', schedule);
      visual?.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [editor, editingCardId]);
}
