import { Ellipse2d, HTMLContainer, Rectangle2d, ShapeUtil, useEditor, useValue } from 'tldraw';
import { pick } from '@/lib/i18n/bilingual';
import { AREA_SHAPE_TYPE, areaShapeMigrations, areaShapeProps, defaultAreaProps, type AreaShape, type AreaTone } from '@/lib/shapes/area';
import { uiLang } from './uiLang';

/** Translucent, so the grid of a sheet shows without competing with the cards on it. */
const TONE_FILL: Record<AreaTone, string> = {
  plain: 'rgba(255,255,255,0.9)',
  sky: 'rgba(190,227,248,0.45)',
  sand: 'rgba(254,235,200,0.55)',
  rose: 'rgba(254,215,226,0.5)',
  mint: 'rgba(198,246,213,0.5)',
  lilac: 'rgba(233,216,253,0.55)',
};

/** A labelled zone of a template (cell, quadrant, ring). Locked background: cards go on top. */
export class AreaShapeUtil extends ShapeUtil<AreaShape> {
  static override type = AREA_SHAPE_TYPE;
  static override props = areaShapeProps;
  static override migrations = areaShapeMigrations;

  override getDefaultProps() {
    return defaultAreaProps();
  }

  override getGeometry(shape: AreaShape) {
    const { w, h, outline } = shape.props;
    return outline === 'ellipse' ? new Ellipse2d({ width: w, height: h, isFilled: true }) : new Rectangle2d({ width: w, height: h, isFilled: true });
  }

  override getIndicatorPath(shape: AreaShape) {
    const { w, h, outline } = shape.props;
    const path = new Path2D();
    if (outline === 'ellipse') path.ellipse(w / 2, h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
    else path.rect(0, 0, w, h);
    return path;
  }

  override canEdit() {
    return false;
  }

  override canResize() {
    return false;
  }

  override canSnap() {
    return false;
  }

  override hideRotateHandle() {
    return true;
  }

  override component(shape: AreaShape) {
    return <AreaView shape={shape} />;
  }
}

function AreaView({ shape }: { shape: AreaShape }) {
  const editor = useEditor();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const { w, h, outline, tone, label, role } = shape.props;
  const isFrame = role === 'frame';
  return (
    <HTMLContainer
      data-testid="plano-area"
      data-role={role}
      style={{
        width: w,
        height: h,
        boxSizing: 'border-box',
        background: TONE_FILL[tone],
        border: isFrame ? '3px solid #4a5568' : '2px solid rgba(74,85,104,0.45)',
        borderRadius: outline === 'ellipse' ? '50%' : isFrame ? 12 : 0,
        display: 'flex',
        justifyContent: outline === 'ellipse' ? 'center' : 'flex-start',
        alignItems: 'flex-start',
        padding: outline === 'ellipse' ? '24px 0 0' : isFrame ? '24px 32px' : '10px 14px',
      }}
    >
      <span style={{ font: `${isFrame ? 700 : 600} ${isFrame ? 44 : 22}px/1.2 system-ui, sans-serif`, color: '#2d3748', maxWidth: '90%' }}>{pick(label, lang)}</span>
    </HTMLContainer>
  );
}
