/**
 * Reads the shapes extraction cares about (cards and template areas) out of a board snapshot:
 * the values of the board's Y.Map `tldraw`, as any peer may have written them. Records that do
 * not look like what we expect are skipped rather than trusted.
 */
import type { BilingualText } from '../../i18n/bilingual';
import { AREA_SHAPE_TYPE, type AreaOutline } from '../../shapes/area';
import { CARD_SHAPE_TYPE, isChangeTag, isFlowRole, type ChangeTag, type FlowRole } from '../../shapes/card';
import { isCardColor, type CardColor } from '../../shapes/cardColors';
import { boxOfPoints, compose, cornersOf, shapeTransform, type Box, type Point, type Transform } from './geometry';

/** A board snapshot: the records of the Y.Map `tldraw` (`Object.values(map.toJSON())`). */
export type BoardSnapshot = readonly unknown[];

export interface BoardCard {
  id: string;
  pageId: string;
  text: string;
  color: CardColor;
  authorId: string;
  authorName: string;
  groupId: string;
  createdAt: number;
  /** Its role on a flowchart (4.2); 'step' for a card written before flowcharts or off them. */
  flowRole: FlowRole;
  /** The proposed procedure's change to it; '' for none (and for anything not a known tag). */
  changeTag: ChangeTag | '';
  /** Centre in page coordinates. */
  centre: Point;
  /** Axis-aligned bounds in page coordinates (rotation included). */
  bounds: Box;
  /** Id of the nearest tldraw group the card is in, if any. */
  tldrawGroupId: string | null;
}

export interface BoardArea {
  id: string;
  pageId: string;
  role: string;
  label: BilingualText;
  outline: AreaOutline;
  /** Bounds in page coordinates; areas are not rotated by templates, rotation is ignored. */
  bounds: Box;
}

export interface BoardReading {
  cards: BoardCard[];
  areas: BoardArea[];
}

interface RawShape {
  id: string;
  type: string;
  parentId: string;
  x: number;
  y: number;
  rotation: number;
  props: Record<string, unknown>;
}

export function readBoard(snapshot: BoardSnapshot): BoardReading {
  const shapes = new Map<string, RawShape>();
  for (const record of snapshot) {
    const shape = asRawShape(record);
    if (shape) shapes.set(shape.id, shape);
  }
  const cards: BoardCard[] = [];
  const areas: BoardArea[] = [];
  for (const shape of shapes.values()) {
    const placement = placementOf(shape, shapes);
    if (!placement) continue;
    if (shape.type === CARD_SHAPE_TYPE) {
      const card = asCard(shape, placement);
      if (card) cards.push(card);
    } else if (shape.type === AREA_SHAPE_TYPE) {
      const area = asArea(shape, placement);
      if (area) areas.push(area);
    }
  }
  return { cards, areas };
}

interface Placement {
  pageId: string;
  transform: Transform;
  tldrawGroupId: string | null;
}

/** Walks up the parents (groups, frames) to the page; null for orphans and cycles. */
function placementOf(shape: RawShape, shapes: ReadonlyMap<string, RawShape>): Placement | null {
  let transform = shapeTransform(shape);
  let tldrawGroupId: string | null = null;
  let parentId = shape.parentId;
  const seen = new Set([shape.id]);
  while (!parentId.startsWith('page:')) {
    const parent = shapes.get(parentId);
    if (!parent || seen.has(parent.id)) return null;
    seen.add(parent.id);
    if (parent.type === 'group' && tldrawGroupId === null) tldrawGroupId = parent.id;
    transform = compose(shapeTransform(parent), transform);
    parentId = parent.parentId;
  }
  return { pageId: parentId, transform, tldrawGroupId };
}

function asCard(shape: RawShape, placement: Placement): BoardCard | null {
  const { props } = shape;
  const w = positive(props.w);
  const h = positive(props.h);
  if (w === null || h === null || typeof props.text !== 'string') return null;
  const corners = cornersOf({ x: 0, y: 0, w, h }).map((p) => apply(placement.transform, p));
  return {
    id: shape.id,
    pageId: placement.pageId,
    text: props.text,
    color: isCardColor(props.color) ? props.color : 'yellow',
    authorId: stringOr(props.authorId),
    authorName: stringOr(props.authorName),
    groupId: stringOr(props.groupId),
    createdAt: typeof props.createdAt === 'number' ? props.createdAt : 0,
    flowRole: isFlowRole(props.flowRole) ? props.flowRole : 'step',
    changeTag: isChangeTag(props.changeTag) ? props.changeTag : '',
    centre: apply(placement.transform, { x: w / 2, y: h / 2 }),
    bounds: boxOfPoints(corners),
    tldrawGroupId: placement.tldrawGroupId,
  };
}

function asArea(shape: RawShape, placement: Placement): BoardArea | null {
  const { props } = shape;
  const w = positive(props.w);
  const h = positive(props.h);
  const label = props.label as { id?: unknown; en?: unknown } | undefined;
  if (w === null || h === null || typeof props.role !== 'string') return null;
  const origin = apply(placement.transform, { x: 0, y: 0 });
  return {
    id: shape.id,
    pageId: placement.pageId,
    role: props.role,
    label: { id: stringOr(label?.id), en: stringOr(label?.en) },
    outline: props.outline === 'ellipse' ? 'ellipse' : 'rect',
    bounds: { x: origin.x, y: origin.y, w, h },
  };
}

function asRawShape(record: unknown): RawShape | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (r.typeName !== 'shape' || typeof r.id !== 'string' || typeof r.type !== 'string' || typeof r.parentId !== 'string') return null;
  if (!isFiniteNumber(r.x) || !isFiniteNumber(r.y)) return null;
  if (typeof r.props !== 'object' || r.props === null) return null;
  return {
    id: r.id,
    type: r.type,
    parentId: r.parentId,
    x: r.x,
    y: r.y,
    rotation: isFiniteNumber(r.rotation) ? r.rotation : 0,
    props: r.props as Record<string, unknown>,
  };
}

function apply(t: Transform, p: Point): Point {
  return { x: t.a * p.x + t.c * p.y + t.e, y: t.b * p.x + t.d * p.y + t.f };
}

function positive(value: unknown): number | null {
  return isFiniteNumber(value) && value > 0 ? value : null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

