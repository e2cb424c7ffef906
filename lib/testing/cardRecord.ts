/**
 * A metaplan card record as the board's card tool writes it into the Y.Map `tldraw`, for tests and
 * seeds. Position, parent and index default to the top of the first page; props override the
 * card's defaults (lib/shapes/card.ts), so only what a test cares about is written out.
 */
import { CARD_SHAPE_TYPE, defaultCardProps, type CardShapeProps } from '../shapes/card';

export interface CardRecordPlace {
  x?: number;
  y?: number;
  parentId?: string;
  index?: string;
}

export function cardRecord(id: string, props: Partial<CardShapeProps> = {}, place: CardRecordPlace = {}) {
  return {
    id,
    typeName: 'shape' as const,
    type: CARD_SHAPE_TYPE,
    parentId: place.parentId ?? 'page:page',
    index: place.index ?? 'a1',
    x: place.x ?? 0,
    y: place.y ?? 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { ...defaultCardProps(), ...props },
  };
}
