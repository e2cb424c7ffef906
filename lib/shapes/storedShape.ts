/**
 * A tldraw shape record as it is stored in a board's Y.Map `tldraw`, typed without tldraw's
 * runtime, for the pure code that writes records itself (template areas, gathered cards).
 */
export interface StoredShapeRecord<Type extends string, Props, Meta = Record<string, never>> {
  id: `shape:${string}`;
  typeName: 'shape';
  type: Type;
  parentId: string;
  index: string;
  x: number;
  y: number;
  rotation: number;
  isLocked: boolean;
  opacity: number;
  meta: Meta;
  props: Props;
}
