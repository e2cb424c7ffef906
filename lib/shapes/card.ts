/**
 * The metaplan card shape: one idea per card, as on paper. Pure schema (type, props validators,
 * defaults, migrations) so the server can validate and read cards without React or tldraw's UI.
 */
import { createShapePropsMigrationIds, createShapePropsMigrationSequence, type RecordProps, type TLBaseShape, type TLPropsMigrations } from '@tldraw/tlschema';
import { T } from '@tldraw/validate';
import { CARD_COLORS, type CardColor } from './cardColors';

export const CARD_SHAPE_TYPE = 'plano-card';

/** What a card stands for on a procedure flowchart (4.2): a step, or a decision that branches. */
export const FLOW_ROLES = ['step', 'decision'] as const;
export type FlowRole = (typeof FLOW_ROLES)[number];

/**
 * How the proposed procedure changes a step (4.2): remove it, merge it with another, simplify
 * it, or hand it down to a lower level. '' for a step that stays as it is.
 */
export const CHANGE_TAGS = ['hapus', 'gabung', 'sederhanakan', 'limpahkan'] as const;
export type ChangeTag = (typeof CHANGE_TAGS)[number];

export function isFlowRole(value: unknown): value is FlowRole {
  return (FLOW_ROLES as readonly unknown[]).includes(value);
}

export function isChangeTag(value: unknown): value is ChangeTag {
  return (CHANGE_TAGS as readonly unknown[]).includes(value);
}

export interface CardShapeProps {
  /** Size in page units; the text stays large, so a card grows rather than shrinking its text. */
  w: number;
  h: number;
  text: string;
  color: CardColor;
  /** Who wrote the card: the board user's id and the name shown on their cursor. */
  authorId: string;
  authorName: string;
  /** The breakout group whose board the card was written on; '' on workshop-wide boards. */
  groupId: string;
  /** When the card was created, in ms since the epoch. */
  createdAt: number;
  /** Its role on a flowchart board; every card is a plain step elsewhere. */
  flowRole: FlowRole;
  /** The change the proposed procedure makes to this step; '' for none. */
  changeTag: ChangeTag | '';
}

export type CardShape = TLBaseShape<typeof CARD_SHAPE_TYPE, CardShapeProps>;

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [CARD_SHAPE_TYPE]: CardShapeProps;
  }
}

export const cardShapeProps: RecordProps<CardShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  text: T.string,
  color: T.literalEnum(...CARD_COLORS),
  authorId: T.string,
  authorName: T.string,
  groupId: T.string,
  createdAt: T.number,
  flowRole: T.literalEnum(...FLOW_ROLES),
  changeTag: T.literalEnum('', ...CHANGE_TAGS),
};

/** A card that fits a short sentence in 28 px text. */
export const CARD_DEFAULT_SIZE = { w: 240, h: 160 } as const;

/** Text size on a card at 100 % zoom, in px; readable from arm's length on a tablet. */
export const CARD_FONT_SIZE_PX = 28;

export function defaultCardProps(): CardShapeProps {
  return { ...CARD_DEFAULT_SIZE, text: '', color: 'yellow', authorId: '', authorName: '', groupId: '', createdAt: 0, flowRole: 'step', changeTag: '' };
}

/**
 * Named versions of the card's props, append-only: add a key with the next number and a step
 * in `cardShapeMigrations.sequence`; never edit or remove a released one. Boards written by an
 * older client are upgraded on load by tldraw's store, on the client and on the server alike.
 */
export const CARD_MIGRATION_VERSIONS = {
  /** 4.2 Bagan Alir: `flowRole` ('step') and `changeTag` (''). */
  AddFlowchartProps: 1,
} as const satisfies Record<string, number>;

const cardMigrationIds = createShapePropsMigrationIds(CARD_SHAPE_TYPE, CARD_MIGRATION_VERSIONS);

export const cardShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: cardMigrationIds.AddFlowchartProps,
      up: (props) => {
        // `??=`: a record that already has them (written by a newer client) keeps its values.
        props.flowRole ??= 'step';
        props.changeTag ??= '';
      },
      down: (props) => {
        delete props.flowRole;
        delete props.changeTag;
      },
    },
  ],
});
