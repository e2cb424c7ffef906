import { useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { HTMLContainer, Rectangle2d, resizeBox, ShapeUtil, stopEventPropagation, useEditor, useIsEditing, useValue, type TLResizeInfo } from 'tldraw';
import { dictionaryFor } from '@/lib/i18n/translate';
import { CARD_DEFAULT_SIZE, CARD_FONT_SIZE_PX, cardShapeMigrations, cardShapeProps, CARD_SHAPE_TYPE, defaultCardProps, type CardShape } from '@/lib/shapes/card';
import { CARD_COLOR_FILL } from '@/lib/shapes/cardColors';
import { groupMarkOf } from '@/lib/plenary/groupMark';
import { CardVoteTarget } from '../voting/CardVoteTarget';
import { keepCardAboveKeyboard } from './cardEditing';
import { BADGE_ROW_H, CardFlowBadges, DecisionOutline } from './FlowchartBadges';
import { uiLang } from './uiLang';

const PADDING = 14;
const FOOTER_H = 24;
const RADIUS = 8;

/**
 * Below this zoom a card is drawn as a sketch: its colour, first line and flowchart marks, no
 * wrapped text, author line or shadow. 28 px text is under 11 px on screen there, and laying out and painting
 * a thousand wrapped texts is what made panning a zoomed-out board stutter (see BENCHMARKS.md).
 */
export const CARD_DETAIL_MIN_ZOOM = 0.4;

/** A metaplan card: large text, a paper colour, its author in small print. Double-tap to type. */
export class CardShapeUtil extends ShapeUtil<CardShape> {
  static override type = CARD_SHAPE_TYPE;
  static override props = cardShapeProps;
  static override migrations = cardShapeMigrations;

  override getDefaultProps() {
    return defaultCardProps();
  }

  override getGeometry(shape: CardShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
  }

  override getIndicatorPath(shape: CardShape) {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, RADIUS);
    return path;
  }

  override canEdit() {
    return true;
  }

  override onResize(shape: CardShape, info: TLResizeInfo<CardShape>) {
    return resizeBox(shape, info, { minWidth: 160, minHeight: 100 });
  }

  override getText(shape: CardShape) {
    return shape.props.text;
  }

  override onEditStart(shape: CardShape) {
    keepCardAboveKeyboard(this.editor, shape);
  }

  override component(shape: CardShape) {
    return <CardView shape={shape} />;
  }
}

function CardView({ shape }: { shape: CardShape }) {
  const editor = useEditor();
  const isEditing = useIsEditing(shape.id);
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const t = dictionaryFor(lang).cards;
  // The efficient zoom stays put while the camera moves on a big board, and the boolean changes
  // only when the threshold is crossed: no re-render of every card on every frame of a pinch.
  const detailed = useValue('card detail', () => editor.getEfficientZoomLevel() >= CARD_DETAIL_MIN_ZOOM, [editor]);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const { w, h, text, color, authorName, flowRole, changeTag } = shape.props;
  const badgeRowH = flowRole === 'decision' || changeTag !== '' ? BADGE_ROW_H : 0;
  // Cards gathered onto the plenary keep their group's colour and name.
  const group = groupMarkOf(shape.meta);

  if (!detailed && !isEditing) {
    return (
      <HTMLContainer
        data-testid="plano-card"
        data-card-id={shape.id}
        data-detail="sketch"
        data-group={group?.name}
        data-flow-role={flowRole}
        style={{
          width: w,
          height: h,
          padding: PADDING,
          boxSizing: 'border-box',
          background: CARD_COLOR_FILL[color],
          borderRadius: RADIUS,
          borderLeft: group ? `12px solid ${group.color}` : undefined,
        }}
      >
        {flowRole === 'decision' && <DecisionOutline w={w} h={h} />}
        {/* Few cards carry flowchart marks, and a zoomed-out flowchart is read by them. */}
        <CardFlowBadges role={flowRole} tag={changeTag} lang={lang} />
        <div
          style={{
            position: 'relative',
            font: `500 ${CARD_FONT_SIZE_PX}px/1.25 system-ui, sans-serif`,
            color: '#1a202c',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            textDecoration: changeTag === 'hapus' ? 'line-through' : undefined,
          }}
        >
          {firstLineOf(text)}
        </div>
        <CardVoteTarget cardId={shape.id} />
      </HTMLContainer>
    );
  }

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    // The card grows with its text rather than shrinking the text: it must stay readable.
    const needed = Math.max(CARD_DEFAULT_SIZE.h, event.target.scrollHeight + 2 * PADDING + FOOTER_H + badgeRowH);
    editor.updateShape<CardShape>({ id: shape.id, type: CARD_SHAPE_TYPE, props: { text: event.target.value, h: Math.max(h, needed) } });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      editor.setEditingShape(null);
      editor.setCurrentTool('select');
    }
  };

  const textStyle = {
    // Positioned so that it paints over a decision's rhombus.
    position: 'relative' as const,
    flex: 1,
    margin: 0,
    font: `500 ${CARD_FONT_SIZE_PX}px/1.25 system-ui, sans-serif`,
    color: '#1a202c',
    whiteSpace: 'pre-wrap' as const,
    overflowWrap: 'anywhere' as const,
    overflow: 'hidden',
    // A step the proposal removes stays readable, struck through as on paper.
    textDecoration: changeTag === 'hapus' ? 'line-through' : undefined,
  };

  return (
    <HTMLContainer
      data-testid="plano-card"
      data-card-id={shape.id}
      style={{
        width: w,
        height: h,
        display: 'flex',
        flexDirection: 'column',
        padding: PADDING,
        boxSizing: 'border-box',
        background: CARD_COLOR_FILL[color],
        borderRadius: RADIUS,
        boxShadow: '0 1px 3px rgba(0,0,0,0.25)',
        borderLeft: group ? `12px solid ${group.color}` : undefined,
        pointerEvents: isEditing ? 'all' : undefined,
      }}
      data-detail="full"
      data-group={group?.name}
      data-flow-role={flowRole}
    >
      {flowRole === 'decision' && <DecisionOutline w={w} h={h} />}
      <CardFlowBadges role={flowRole} tag={changeTag} lang={lang} />
      {isEditing ? (
        <textarea
          ref={textArea}
          data-testid="card-text-input"
          aria-label={t.cardText}
          autoFocus
          value={text}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onPointerDown={stopEventPropagation}
          onTouchStart={stopEventPropagation}
          style={{ ...textStyle, border: 'none', outline: 'none', resize: 'none', background: 'transparent', padding: 0 }}
        />
      ) : (
        <p style={{ ...textStyle, color: text ? textStyle.color : '#718096' }}>{text || t.emptyCard}</p>
      )}
      <div style={{ position: 'relative', height: FOOTER_H, font: '14px/24px system-ui, sans-serif', color: '#4a5568', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
        {group ? `${group.name} · ${authorName}` : authorName}
      </div>
      {!isEditing && <CardVoteTarget cardId={shape.id} />}
    </HTMLContainer>
  );
}

function firstLineOf(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
