import type { CSSProperties } from 'react';
import { useEditor, useValue, type Editor, type TLRecord, type TLShapeId } from 'tldraw';
import { ANALYSIS_VARIANTS, analysisVariantOf, switchAnalysis, type AnalysisVariant } from '@/lib/board/templates/swot';
import { dictionaryFor } from '@/lib/i18n/translate';
import { AREA_SHAPE_TYPE } from '@/lib/shapes/area';
import { CARD_SHAPE_TYPE } from '@/lib/shapes/card';
import { useBoardVoting } from '../voting/BoardVoting';
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
  maxWidth: 220,
  padding: 8,
  borderRadius: 14,
  background: 'rgba(255,255,255,0.95)',
  boxShadow: '0 2px 8px rgba(0,0,0,0.2)',
  pointerEvents: 'all',
};

function buttonStyle(pressed: boolean): CSSProperties {
  return {
    minWidth: 44,
    minHeight: 44,
    padding: '0 12px',
    borderRadius: 10,
    border: '2px solid #2c5282',
    background: pressed ? '#2c5282' : '#fff',
    color: pressed ? '#fff' : '#1a202c',
    font: '600 16px/1.1 system-ui, sans-serif',
    textAlign: 'left',
    touchAction: 'manipulation',
  };
}

/** The analysis a 4.1 board shows while it has no cards yet, or null (another board, or started). */
function choosableVariant(editor: Editor): AnalysisVariant | null {
  const shapes = editor.getCurrentPageShapes();
  if (shapes.some((shape) => shape.type === CARD_SHAPE_TYPE)) return null;
  return analysisVariantOf(shapes.flatMap((shape) => (shape.type === AREA_SHAPE_TYPE ? [(shape.props as { role: string }).role] : [])));
}

/**
 * Topic 4.1 offers SWOT or SOAR. The board starts as SWOT; until the first card is written the
 * facilitator can switch it to SOAR (and back). Later the quadrants would change meaning under
 * the cards, so the choice disappears.
 */
export function AnalysisVariantSwitch() {
  const editor = useEditor();
  const voting = useBoardVoting();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const t = dictionaryFor(lang).analysisVariant;
  const variant = useValue('analysis variant', () => choosableVariant(editor), [editor]);
  const isReadonly = useValue('read only', () => editor.getIsReadonly(), [editor]);
  if (variant === null || isReadonly || !voting?.isFacilitator) return null;

  const choose = (to: AnalysisVariant) => {
    if (to === variant) return;
    const strengths = editor.getCurrentPageShapes().find((shape) => shape.type === AREA_SHAPE_TYPE);
    const { put, removeIds } = switchAnalysis(to, strengths?.parentId ?? editor.getCurrentPageId());
    editor.markHistoryStoppingPoint('switch analysis');
    // Template areas are locked against stray taps; this is the one deliberate change to them.
    editor.run(
      () => {
        editor.deleteShapes(removeIds.filter((id) => editor.getShape(id as TLShapeId)) as TLShapeId[]);
        editor.store.put(put as unknown as TLRecord[]);
      },
      { ignoreShapeLock: true },
    );
  };

  return (
    <div style={panelStyle} role="group" aria-label={t.choose} data-testid="analysis-variant" data-variant={variant} onPointerDown={(e) => e.stopPropagation()}>
      <p style={{ margin: '2px 4px', font: '600 14px/1.3 system-ui, sans-serif', color: '#2d3748' }}>{t.choose}</p>
      {ANALYSIS_VARIANTS.map((option) => (
        <button key={option} type="button" data-testid="analysis-variant-option" data-variant={option} aria-pressed={variant === option} onClick={() => choose(option)} style={buttonStyle(variant === option)}>
          {t[option]}
        </button>
      ))}
      <p style={{ margin: '2px 4px', font: '13px/1.3 system-ui, sans-serif', color: '#4a5568' }}>{t.untilFirstCard}</p>
    </div>
  );
}
