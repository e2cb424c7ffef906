import type { CSSProperties } from 'react';
import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw';
import { areaId } from '@/lib/board/templates/layout';
import { dictionaryFor } from '@/lib/i18n/translate';
import { CARD_SHAPE_TYPE, CHANGE_TAGS, FLOW_ROLES, type CardShape, type CardShapeProps, type ChangeTag, type FlowRole } from '@/lib/shapes/card';
import { BADGE_ROW_H, CHANGE_TAG_COLOUR } from './FlowchartBadges';
import { uiLang } from './uiLang';

const panelStyle: CSSProperties = {
  position: 'absolute',
  left: 8,
  top: '50%',
  transform: 'translateY(-50%)',
  zIndex: 1000,
  display: 'flex',
  flexDirection: 'column',
  gap: 6,
  padding: 6,
  borderRadius: 14,
  background: 'rgba(255,255,255,0.95)',
  boxShadow: '0 2px 8px rgba(0,0,0,0.2)',
  pointerEvents: 'all',
  maxHeight: 'calc(100vh - 160px)',
  overflowY: 'auto',
};

const headingStyle: CSSProperties = { margin: '4px 4px 0', font: '600 13px/1.2 system-ui, sans-serif', color: '#4a5568' };

function buttonStyle(pressed: boolean, colour: string): CSSProperties {
  return {
    minWidth: 44,
    minHeight: 44,
    padding: '0 12px',
    borderRadius: 10,
    border: `2px solid ${colour}`,
    background: pressed ? colour : '#fff',
    color: pressed ? '#fff' : '#1a202c',
    font: '600 16px/1 system-ui, sans-serif',
    textAlign: 'left',
    touchAction: 'manipulation',
  };
}

/** Whether the board was started from the 4.2 Bagan Alir template (its lanes are there). */
function isFlowchartBoard(editor: Editor): boolean {
  return FLOW_LANE_IDS.some((id) => editor.getShape(id) !== undefined);
}

const FLOW_LANE_IDS = [areaId('flowchart', 'current'), areaId('flowchart', 'proposed')] as TLShapeId[];

/** The value every selected card shares, or null when they differ. */
function shared<K extends 'flowRole' | 'changeTag'>(cards: readonly CardShape[], key: K): CardShapeProps[K] | null {
  const first = cards[0]?.props[key];
  return cards.every((card) => card.props[key] === first) ? first : null;
}

/**
 * On a flowchart board, with cards selected: big buttons to make them steps or decisions and to
 * tag the change the proposal makes (hapus, gabung, sederhanakan, limpahkan). Always visible
 * while cards are selected: a tablet has no hover.
 */
export function FlowchartCardControls() {
  const editor = useEditor();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const t = dictionaryFor(lang).flowchart;
  const onFlowchart = useValue('flowchart board', () => isFlowchartBoard(editor), [editor]);
  const cards = useValue(
    'selected cards',
    () => editor.getSelectedShapes().filter((shape): shape is CardShape => shape.type === CARD_SHAPE_TYPE),
    [editor],
  );
  const isReadonly = useValue('read only', () => editor.getIsReadonly(), [editor]);
  if (!onFlowchart || isReadonly || cards.length === 0) return null;

  const role = shared(cards, 'flowRole');
  const tag = shared(cards, 'changeTag');
  const update = (change: Partial<Pick<CardShapeProps, 'flowRole' | 'changeTag'>>) => {
    editor.markHistoryStoppingPoint('flowchart card');
    editor.updateShapes<CardShape>(
      cards.map((card) => {
        const next = { ...card.props, ...change };
        // The first badge takes a row: the card grows by it so its text keeps its room.
        const hadBadges = card.props.flowRole === 'decision' || card.props.changeTag !== '';
        const hasBadges = next.flowRole === 'decision' || next.changeTag !== '';
        return { id: card.id, type: CARD_SHAPE_TYPE, props: { ...change, ...(hasBadges && !hadBadges ? { h: card.props.h + BADGE_ROW_H } : {}) } };
      }),
    );
  };

  const roleLabel: Record<FlowRole, string> = { step: `▭ ${t.step}`, decision: `◇ ${t.decision}` };
  return (
    <div style={panelStyle} role="toolbar" aria-label={t.controls} data-testid="flowchart-controls" onPointerDown={(e) => e.stopPropagation()}>
      <p style={headingStyle}>{t.shape}</p>
      {FLOW_ROLES.map((value) => (
        <button key={value} type="button" data-testid="flow-role" data-role={value} aria-pressed={role === value} onClick={() => update({ flowRole: value })} style={buttonStyle(role === value, '#2c5282')}>
          {roleLabel[value]}
        </button>
      ))}
      <p style={headingStyle}>{t.change}</p>
      {(['', ...CHANGE_TAGS] as const).map((value: ChangeTag | '') => (
        <button
          key={value || 'none'}
          type="button"
          data-testid="change-tag"
          data-tag={value}
          aria-pressed={tag === value}
          onClick={() => update({ changeTag: value })}
          style={buttonStyle(tag === value, value ? CHANGE_TAG_COLOUR[value] : '#4a5568')}
        >
          {value ? t.tags[value] : t.noChange}
        </button>
      ))}
    </div>
  );
}
