import type { CSSProperties } from 'react';
import { useEditor, useValue } from 'tldraw';
import { dictionaryFor } from '@/lib/i18n/translate';
import { CARD_SHAPE_TYPE, type CardShape } from '@/lib/shapes/card';
import { CARD_COLOR_FILL, CARD_COLORS, type CardColor } from '@/lib/shapes/cardColors';
import { ColorMeaningsEditor } from '../ColorMeaningsEditor';
import { ColorMeaningsLegend } from '../ColorMeaningsLegend';
import { panelButtonStyle as buttonStyle } from '../panelButtonStyle';
import { useColorMeanings } from '../useColorMeanings';
import { useKeyboardSafeEditing } from '../useKeyboardSafeEditing';
import { useBoardVoting } from '../voting/BoardVoting';
import { VotingControls } from '../voting/VotingControls';
import { AnalysisVariantSwitch } from './AnalysisVariantSwitch';
import { cardContextFor } from './cardEditing';
import { FlowchartCardControls } from './FlowchartCardControls';
import { uiLang } from './uiLang';

const panelStyle: CSSProperties = {
  position: 'absolute',
  top: 56,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 1000,
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'center',
  gap: 8,
  padding: 6,
  borderRadius: 14,
  background: 'rgba(255,255,255,0.95)',
  boxShadow: '0 2px 8px rgba(0,0,0,0.2)',
  pointerEvents: 'all',
  maxWidth: 'calc(100vw - 16px)',
};

/**
 * The card controls, always visible (no hover): "+ Kartu" arms the card tool (then one tap on
 * the board places a card), the colour swatches say what each colour means and re-colour the
 * selected cards, and delete/undo are one tap away on a tablet with no keyboard. The facilitator
 * sets what the colours mean; everyone sees the meanings in a legend on the board.
 */
export function CardPanel() {
  const editor = useEditor();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const t = dictionaryFor(lang).cards;
  const armed = useValue('card tool armed', () => editor.getCurrentToolId() === CARD_SHAPE_TYPE, [editor]);
  // The board's Y.Doc and facilitator rights come with the voting context (see BoardCanvas).
  const board = useBoardVoting();
  const { stored, shown: meanings } = useColorMeanings(editor, board?.ydoc ?? null, lang);
  useKeyboardSafeEditing(editor);
  const selectedCards = useValue(
    'selected cards',
    () => editor.getSelectedShapes().filter((shape): shape is CardShape => shape.type === CARD_SHAPE_TYPE),
    [editor],
  );
  const canUndo = useValue('can undo', () => editor.getCanUndo(), [editor]);
  const isReadonly = useValue('read only', () => editor.getIsReadonly(), [editor]);
  const legend = <ColorMeaningsLegend shown={meanings} lang={lang} />;
  if (isReadonly) return legend;

  const activeColor = selectedCards.length > 0 ? selectedCards[0].props.color : cardContextFor(editor).color;
  const pickColor = (color: CardColor) => {
    cardContextFor(editor).color = color;
    if (selectedCards.length === 0) return;
    editor.markHistoryStoppingPoint('recolour cards');
    editor.updateShapes(selectedCards.map((card) => ({ id: card.id, type: CARD_SHAPE_TYPE, props: { color } })));
  };
  const toggleTool = () => editor.setCurrentTool(armed ? 'select' : CARD_SHAPE_TYPE);
  const deleteSelected = () => {
    editor.markHistoryStoppingPoint('delete cards');
    editor.deleteShapes(selectedCards.map((card) => card.id));
  };

  return (
    <>
      <div style={panelStyle} role="toolbar" aria-label={t.toolbar} data-testid="card-panel" onPointerDown={(e) => e.stopPropagation()}>
        <button
          type="button"
          data-testid="add-card"
          aria-pressed={armed}
          title={t.addCardHint}
          onClick={toggleTool}
          style={{ ...buttonStyle, background: armed ? '#2b6cb0' : '#fff', color: armed ? '#fff' : '#1a202c', borderColor: '#2b6cb0' }}
        >
          {armed ? t.tapToPlace : t.addCard}
        </button>
        {CARD_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            data-testid="card-color"
            data-color={color}
            aria-pressed={activeColor === color}
            aria-label={`${t.colour}: ${meanings[color]}`}
            onClick={() => pickColor(color)}
            style={{
              ...buttonStyle,
              padding: '0 10px',
              // A facilitator's meaning may be up to 40 characters: the swatch stays a swatch.
              maxWidth: 180,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
              background: CARD_COLOR_FILL[color],
              borderWidth: activeColor === color ? 4 : 1,
              font: '500 14px/1.1 system-ui, sans-serif',
            }}
          >
            {meanings[color]}
          </button>
        ))}
        {board?.isFacilitator && <ColorMeaningsEditor ydoc={board.ydoc} lang={lang} stored={stored} shown={meanings} />}
        <button type="button" data-testid="delete-card" disabled={selectedCards.length === 0} onClick={deleteSelected} style={{ ...buttonStyle, opacity: selectedCards.length === 0 ? 0.4 : 1 }}>
          {t.delete}
        </button>
        <button type="button" data-testid="undo" disabled={!canUndo} onClick={() => editor.undo()} style={{ ...buttonStyle, opacity: canUndo ? 1 : 0.4 }}>
          {t.undo}
        </button>
        <VotingControls />
      </div>
      <FlowchartCardControls />
      <AnalysisVariantSwitch />
      {legend}
    </>
  );
}
