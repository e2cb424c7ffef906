/**
 * A small picture of a board for the facilitator's console: its template areas and cards as
 * boxes, from the board's tldraw records. Pure, so the console only has to draw what it gets.
 */
import { AREA_SHAPE_TYPE, AREA_TONES, type AreaOutline, type AreaTone } from '../shapes/area';
import { CARD_SHAPE_TYPE } from '../shapes/card';
import { CARD_COLOR_FILL, isCardColor } from '../shapes/cardColors';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ThumbnailArea extends Box {
  id: string;
  outline: AreaOutline;
  tone: AreaTone;
}

export interface ThumbnailCard extends Box {
  id: string;
  fill: string;
  /** The start of the card's text, enough to recognise it. */
  text: string;
}

export interface Thumbnail {
  /** Page area holding everything drawn, with a margin; null for an empty board. */
  viewBox: Box | null;
  areas: ThumbnailArea[];
  cards: ThumbnailCard[];
}

const TEXT_CHARS = 40;
const MARGIN = 40;
/** Parents nest shallowly on a plano sheet; a deeper (or cyclic) chain is not drawn. */
const MAX_NESTING = 8;

interface ShapeLike {
  id: string;
  type: string;
  parentId: string;
  x: number;
  y: number;
  props: Record<string, unknown>;
}

function asShape(record: unknown): ShapeLike | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (r.typeName !== 'shape' || typeof r.id !== 'string' || typeof r.type !== 'string' || typeof r.parentId !== 'string') return null;
  if (typeof r.x !== 'number' || typeof r.y !== 'number' || !Number.isFinite(r.x) || !Number.isFinite(r.y)) return null;
  if (typeof r.props !== 'object' || r.props === null) return null;
  return { id: r.id, type: r.type, parentId: r.parentId, x: r.x, y: r.y, props: r.props as Record<string, unknown> };
}

/** The board's first page: the page record with the lowest index (tldraw's page order). */
function firstPageId(records: readonly unknown[]): string | null {
  let best: { id: string; index: string } | null = null;
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const r = record as Record<string, unknown>;
    if (r.typeName !== 'page' || typeof r.id !== 'string' || typeof r.index !== 'string') continue;
    if (!best || r.index < best.index) best = { id: r.id, index: r.index };
  }
  return best?.id ?? null;
}

function size(props: Record<string, unknown>): { w: number; h: number } | null {
  const { w, h } = props;
  return typeof w === 'number' && typeof h === 'number' && w > 0 && h > 0 && Number.isFinite(w) && Number.isFinite(h) ? { w, h } : null;
}

/** The thumbnail of the first page of a board (rotation is ignored: cards sit upright). */
export function thumbnailOf(records: Iterable<unknown>): Thumbnail {
  const all = [...records];
  const pageId = firstPageId(all);
  const shapes = new Map<string, ShapeLike>();
  for (const record of all) {
    const shape = asShape(record);
    if (shape) shapes.set(shape.id, shape);
  }
  // Page position of a shape: its parents' offsets added up; null when not on the first page.
  const pagePosition = (shape: ShapeLike): { x: number; y: number } | null => {
    let x = shape.x;
    let y = shape.y;
    let parentId = shape.parentId;
    for (let depth = 0; depth < MAX_NESTING; depth++) {
      if (parentId === pageId) return { x, y };
      const parent = shapes.get(parentId);
      if (!parent) return null;
      x += parent.x;
      y += parent.y;
      parentId = parent.parentId;
    }
    return null;
  };

  const areas: ThumbnailArea[] = [];
  const cards: ThumbnailCard[] = [];
  for (const shape of shapes.values()) {
    const dimensions = size(shape.props);
    const at = dimensions && pageId !== null ? pagePosition(shape) : null;
    if (!dimensions || !at) continue;
    if (shape.type === AREA_SHAPE_TYPE) {
      const outline = shape.props.outline === 'ellipse' ? 'ellipse' : 'rect';
      const tone = AREA_TONES.find((known) => known === shape.props.tone) ?? 'plain';
      areas.push({ id: shape.id, ...at, ...dimensions, outline, tone });
    } else if (shape.type === CARD_SHAPE_TYPE) {
      const color = shape.props.color;
      const text = typeof shape.props.text === 'string' ? shape.props.text.slice(0, TEXT_CHARS) : '';
      cards.push({ id: shape.id, ...at, ...dimensions, fill: isCardColor(color) ? CARD_COLOR_FILL[color] : CARD_COLOR_FILL.yellow, text });
    }
  }
  // Larger areas first, so an inner ring is drawn over the outer one.
  areas.sort((a, b) => b.w * b.h - a.w * a.h);
  cards.sort((a, b) => a.id.localeCompare(b.id));
  return { viewBox: boundsOf([...areas, ...cards]), areas, cards };
}

function boundsOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.w);
    maxY = Math.max(maxY, box.y + box.h);
  }
  return { x: minX - MARGIN, y: minY - MARGIN, w: maxX - minX + 2 * MARGIN, h: maxY - minY + 2 * MARGIN };
}
