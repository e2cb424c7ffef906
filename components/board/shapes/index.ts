/**
 * Every custom shape of the board, each with its tool if it has one: the one list the store
 * (`useYjsStore`) and `<Tldraw>` are built from, so the two never disagree.
 */
import type { TLAnyShapeUtilConstructor, TLStateNodeConstructor } from 'tldraw';
import { AreaShapeUtil } from './AreaShapeUtil';
import { CardShapeUtil } from './CardShapeUtil';
import { CardTool } from './CardTool';

export const boardShapes: readonly { util: TLAnyShapeUtilConstructor; tool?: TLStateNodeConstructor }[] = [
  { util: CardShapeUtil, tool: CardTool },
  { util: AreaShapeUtil },
];

export const boardShapeUtils: readonly TLAnyShapeUtilConstructor[] = boardShapes.map((shape) => shape.util);
export const boardTools: readonly TLStateNodeConstructor[] = boardShapes.flatMap((shape) => (shape.tool ? [shape.tool] : []));
