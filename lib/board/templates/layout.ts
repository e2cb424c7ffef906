/**
 * What every template is made of: a frame (the plano sheet) and areas with machine-readable
 * roles, in page coordinates, plus the step that turns them into tldraw shape records.
 */
import type { BilingualText } from '../../i18n/bilingual';
import type { StoredShapeRecord } from '../../shapes/storedShape';
import type { BoardTemplate } from '../../method/types';
import { AREA_SHAPE_TYPE, type AreaOutline, type AreaShapeProps, type AreaTone } from '../../shapes/area';

/** Role of the frame area every template has; cards outside every other area land here. */
export const FRAME_ROLE = 'frame';

export interface TemplateArea {
  /** Stable tldraw shape id: two clients seeding the same empty board write the same records. */
  id: `shape:${string}`;
  /** Machine-readable and unique within the template, e.g. `'kenyataan:delivery'`. */
  role: string;
  label: BilingualText;
  /** Top-left corner and size in page units. */
  x: number;
  y: number;
  w: number;
  h: number;
  outline: AreaOutline;
  tone: AreaTone;
}

export interface TemplateLayout {
  template: BoardTemplate;
  /** The sheet itself, role `'frame'`; every other area lies inside it. */
  frame: TemplateArea;
  /** Back to front: an area listed later is drawn over earlier ones (onion rings, inner last). */
  areas: TemplateArea[];
}

/** One row or column of a grid template: role prefix and heading. */
export interface GridLine {
  key: string;
  label: BilingualText;
}

/** Size of one cell of a grid template: room for about six cards. */
export const CELL = { w: 600, h: 420 } as const;
/** Space for the frame's title above its areas, and around them. */
export const FRAME_TITLE_H = 100;
export const FRAME_MARGIN = 40;

export function areaId(template: BoardTemplate, role: string): `shape:${string}` {
  return `shape:plano-area-${template}-${role.replace(/[^a-z0-9-]/gi, '-')}`;
}

export function makeArea(template: BoardTemplate, area: Omit<TemplateArea, 'id'>): TemplateArea {
  return { id: areaId(template, area.role), ...area };
}

/** The frame around areas: a margin on each side and a title band on top. */
export function frameAround(template: BoardTemplate, label: BilingualText, areas: readonly TemplateArea[]): TemplateArea {
  const left = Math.min(...areas.map((a) => a.x));
  const top = Math.min(...areas.map((a) => a.y));
  const right = Math.max(...areas.map((a) => a.x + a.w));
  const bottom = Math.max(...areas.map((a) => a.y + a.h));
  return makeArea(template, {
    role: FRAME_ROLE,
    label,
    x: left - FRAME_MARGIN,
    y: top - FRAME_MARGIN - FRAME_TITLE_H,
    w: right - left + 2 * FRAME_MARGIN,
    h: bottom - top + 2 * FRAME_MARGIN + FRAME_TITLE_H,
    outline: 'rect',
    tone: 'plain',
  });
}

/**
 * Rows × columns of cells, role `'<row>:<column>'`, labelled "Row · Column". Cells share their
 * borders so that every point of the grid belongs to a cell.
 */
export function gridAreas(
  template: BoardTemplate,
  rows: readonly (GridLine & { tone: AreaTone })[],
  columns: readonly GridLine[],
  cell: { w: number; h: number } = CELL,
): TemplateArea[] {
  return rows.flatMap((row, r) =>
    columns.map((column, c) =>
      makeArea(template, {
        role: `${row.key}:${column.key}`,
        label: { id: `${row.label.id} · ${column.label.id}`, en: `${row.label.en} · ${column.label.en}` },
        x: c * cell.w,
        y: r * cell.h,
        w: cell.w,
        h: cell.h,
        outline: 'rect',
        tone: row.tone,
      }),
    ),
  );
}

/** A tldraw shape record of an area, as stored in the board's Y.Map (no runtime tldraw needed). */
export type AreaRecord = StoredShapeRecord<typeof AREA_SHAPE_TYPE, AreaShapeProps>;

/** tldraw's default first page id; the board seeds its first page with this id. */
export const FIRST_PAGE_ID = 'page:page';

/**
 * The template's shape records, frame first so it is drawn at the back. Areas are locked: a tap
 * on the sheet should land a card or pan, never drag the sheet away.
 */
export function templateAreaRecords(layout: TemplateLayout, pageId: string = FIRST_PAGE_ID): AreaRecord[] {
  return [layout.frame, ...layout.areas].map((area, i) => ({
    id: area.id,
    typeName: 'shape',
    type: AREA_SHAPE_TYPE,
    parentId: pageId,
    index: indexKey(i),
    x: area.x,
    y: area.y,
    rotation: 0,
    isLocked: true,
    opacity: 1,
    meta: {},
    props: { w: area.w, h: area.h, role: area.role, label: area.label, outline: area.outline, tone: area.tone },
  }));
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The i-th fractional index key in ascending order ('a1', 'a2', …, then 'b10', …), the format
 * tldraw orders shapes by. Keys start at 'a1' so cards (placed above the highest index) stay on top.
 */
export function indexKey(i: number): string {
  const n = i + 1;
  if (n < DIGITS.length) return `a${DIGITS[n]}`;
  if (n < DIGITS.length ** 2) return `b${DIGITS[Math.floor(n / DIGITS.length)]}${DIGITS[n % DIGITS.length]}`;
  throw new RangeError(`A template cannot have more than ${DIGITS.length ** 2 - 1} areas.`);
}
