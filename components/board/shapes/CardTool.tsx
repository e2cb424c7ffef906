import { StateNode } from 'tldraw';
import { CARD_SHAPE_TYPE } from '@/lib/shapes/card';
import { createCardAt, startEditingCard } from './cardEditing';

/** Tap the board to put a card there and start typing on it at once. */
export class CardTool extends StateNode {
  static override id = CARD_SHAPE_TYPE;

  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 });
  }

  // On pointer up, not down: a finger that drags (or a second finger that pinches) is not a tap.
  override onPointerUp() {
    if (this.editor.inputs.getIsDragging()) return;
    const id = createCardAt(this.editor, this.editor.inputs.getCurrentPagePoint());
    startEditingCard(this.editor, id);
  }

  override onCancel() {
    this.editor.setCurrentTool('select');
  }
}
