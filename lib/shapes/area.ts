/**
 * A template area: a labelled zone of a plano sheet (a cell of the Harapan/Kenyataan grid, a
 * quadrant, an onion ring). Areas are locked background shapes; their `role` is what makes a
 * board readable by the software: extraction sorts cards by the role of the area they sit in.
 */
import type { RecordProps, TLBaseShape, TLPropsMigrations } from '@tldraw/tlschema';
import { T } from '@tldraw/validate';
import type { BilingualText } from '../i18n/bilingual';

export const AREA_SHAPE_TYPE = 'plano-area';

export const AREA_OUTLINES = ['rect', 'ellipse'] as const;
export type AreaOutline = (typeof AREA_OUTLINES)[number];

/** Soft background tones, so neighbouring areas read apart without hiding the cards. */
export const AREA_TONES = ['plain', 'sky', 'sand', 'rose', 'mint', 'lilac'] as const;
export type AreaTone = (typeof AREA_TONES)[number];

export interface AreaShapeProps {
  w: number;
  h: number;
  /** Machine-readable role, unique within the board's template, e.g. `'harapan:delivery'`. */
  role: string;
  /** Shown in the UI language; both languages are stored so any client can show either. */
  label: BilingualText;
  outline: AreaOutline;
  tone: AreaTone;
}

export type AreaShape = TLBaseShape<typeof AREA_SHAPE_TYPE, AreaShapeProps>;

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [AREA_SHAPE_TYPE]: AreaShapeProps;
  }
}

export const areaShapeProps: RecordProps<AreaShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  role: T.string,
  label: T.object({ id: T.string, en: T.string }),
  outline: T.literalEnum(...AREA_OUTLINES),
  tone: T.literalEnum(...AREA_TONES),
};

export function defaultAreaProps(): AreaShapeProps {
  return { w: 400, h: 300, role: 'area', label: { id: 'Area', en: 'Area' }, outline: 'rect', tone: 'plain' };
}

/** Named versions of the area's props, append-only (see `CARD_MIGRATION_VERSIONS`). */
export const AREA_MIGRATION_VERSIONS = {} as const satisfies Record<string, number>;

export const areaShapeMigrations: TLPropsMigrations = { sequence: [] };
