/** The little plane geometry extraction needs: transforms, boxes, point-in-area, overlap. */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Affine transform [a c e; b d f], as in SVG. */
export interface Transform {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export const IDENTITY: Transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** A tldraw shape's local-to-parent transform: rotate about its origin, then move to (x, y). */
export function shapeTransform(shape: { x: number; y: number; rotation: number }): Transform {
  const cos = Math.cos(shape.rotation);
  const sin = Math.sin(shape.rotation);
  return { a: cos, b: sin, c: -sin, d: cos, e: shape.x, f: shape.y };
}

/** `outer` after `inner`: maps a point through `inner` first. */
export function compose(outer: Transform, inner: Transform): Transform {
  return {
    a: outer.a * inner.a + outer.c * inner.b,
    b: outer.b * inner.a + outer.d * inner.b,
    c: outer.a * inner.c + outer.c * inner.d,
    d: outer.b * inner.c + outer.d * inner.d,
    e: outer.a * inner.e + outer.c * inner.f + outer.e,
    f: outer.b * inner.e + outer.d * inner.f + outer.f,
  };
}

export function cornersOf(box: Box): Point[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.w, y: box.y },
    { x: box.x + box.w, y: box.y + box.h },
    { x: box.x, y: box.y + box.h },
  ];
}

export function boxOfPoints(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Whether `p` lies in the box or the ellipse inscribed in it; the border counts as inside. */
export function outlineContains(outline: 'rect' | 'ellipse', box: Box, p: Point): boolean {
  if (outline === 'rect') return p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h;
  const rx = box.w / 2;
  const ry = box.h / 2;
  const dx = (p.x - (box.x + rx)) / rx;
  const dy = (p.y - (box.y + ry)) / ry;
  return dx * dx + dy * dy <= 1 + 1e-9;
}

export function surfaceOf(outline: 'rect' | 'ellipse', box: Box): number {
  return outline === 'rect' ? box.w * box.h : (Math.PI / 4) * box.w * box.h;
}

/** Samples per side when estimating how much of a card lies in an area. */
const OVERLAP_SAMPLES = 12;

/**
 * Share (0..1) of `card` lying inside the area, estimated on a grid of sample points: exact
 * enough to break ties and the same for rectangles and rings.
 */
export function overlapShare(card: Box, outline: 'rect' | 'ellipse', area: Box): number {
  let inside = 0;
  for (let i = 0; i < OVERLAP_SAMPLES; i++) {
    for (let j = 0; j < OVERLAP_SAMPLES; j++) {
      const p = { x: card.x + ((i + 0.5) / OVERLAP_SAMPLES) * card.w, y: card.y + ((j + 0.5) / OVERLAP_SAMPLES) * card.h };
      if (outlineContains(outline, area, p)) inside++;
    }
  }
  return inside / OVERLAP_SAMPLES ** 2;
}

/** Gap between two boxes (0 when they touch or overlap). */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}
