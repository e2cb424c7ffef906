import { createShapeId, type Editor, type TLShapeId, type VecLike } from 'tldraw';
import { CARD_DEFAULT_SIZE, CARD_SHAPE_TYPE, type CardShape } from '@/lib/shapes/card';
import type { CardColor } from '@/lib/shapes/cardColors';

/** What a new card needs that the editor does not know: the board's group, the colour in hand. */
interface CardContext {
  groupId: string;
  color: CardColor;
}

const contexts = new WeakMap<Editor, CardContext>();

export function cardContextFor(editor: Editor): CardContext {
  let context = contexts.get(editor);
  if (!context) {
    context = { groupId: '', color: 'yellow' };
    contexts.set(editor, context);
  }
  return context;
}

/** Creates a card centred on `centre` (page coordinates), stamped with its author, and selects it. */
export function createCardAt(editor: Editor, centre: VecLike): TLShapeId {
  const id = createShapeId();
  const context = cardContextFor(editor);
  editor.markHistoryStoppingPoint('create card');
  editor.createShape<CardShape>({
    id,
    type: CARD_SHAPE_TYPE,
    x: centre.x - CARD_DEFAULT_SIZE.w / 2,
    y: centre.y - CARD_DEFAULT_SIZE.h / 2,
    props: {
      color: context.color,
      authorId: editor.user.getId(),
      authorName: editor.user.getName(),
      groupId: context.groupId,
      createdAt: Date.now(),
    },
  });
  editor.select(id);
  return id;
}

export function startEditingCard(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id);
  if (!shape || !editor.canEditShape(shape)) return;
  editor.setEditingShape(shape);
  editor.setCurrentTool('select.editing_shape', { target: 'shape', shape });
}

/** Below this zoom a 28 px card text is too small to type into on a tablet. */
const MIN_EDIT_ZOOM = 0.8;
/** Share of the viewport height the on-screen keyboard may cover, from the bottom. */
const KEYBOARD_SHARE = 0.45;

/**
 * On a touch screen the on-screen keyboard covers the lower part of the view. When a card is
 * opened for typing, move (and if needed zoom) the camera so the card sits in the upper third.
 */
export function keepCardAboveKeyboard(editor: Editor, shape: CardShape): void {
  if (!editor.getInstanceState().isCoarsePointer) return;
  const bounds = editor.getShapePageBounds(shape);
  if (!bounds) return;
  const viewport = editor.getViewportScreenBounds();
  const camera = editor.getCamera();
  const z = Math.max(camera.z, MIN_EDIT_ZOOM);
  const top = (bounds.minY + camera.y) * camera.z;
  const bottom = (bounds.maxY + camera.y) * camera.z;
  const visible = top >= 0 && bottom <= viewport.h * (1 - KEYBOARD_SHARE);
  if (visible && z === camera.z) return;
  editor.setCamera(
    { x: viewport.w / 2 / z - bounds.center.x, y: (viewport.h * 0.3) / z - bounds.center.y, z },
    { animation: { duration: 200 } },
  );
}
