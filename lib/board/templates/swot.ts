import type { BilingualText } from '../../i18n/bilingual';
import type { AreaTone } from '../../shapes/area';
import { frameAround, makeArea, type TemplateLayout } from './layout';

type Quadrant = { role: string; label: BilingualText; tone: AreaTone };

function quadrants(title: BilingualText, four: readonly [Quadrant, Quadrant, Quadrant, Quadrant]): TemplateLayout {
  const size = { w: 800, h: 560 };
  const areas = four.map((q, i) =>
    makeArea('swot', { ...q, x: (i % 2) * size.w, y: Math.floor(i / 2) * size.h, ...size, outline: 'rect' }),
  );
  return { template: 'swot', frame: frameAround('swot', title, areas), areas };
}

/** 4.1 SWOT: strengths and weaknesses on top (inside), opportunities and threats below (outside). */
export function swotTemplate(): TemplateLayout {
  return quadrants({ id: 'Analisis SWOT', en: 'SWOT analysis' }, [
    { role: 'strengths', label: { id: 'Kekuatan', en: 'Strengths' }, tone: 'mint' },
    { role: 'weaknesses', label: { id: 'Kelemahan', en: 'Weaknesses' }, tone: 'rose' },
    { role: 'opportunities', label: { id: 'Peluang', en: 'Opportunities' }, tone: 'sky' },
    { role: 'threats', label: { id: 'Ancaman', en: 'Threats' }, tone: 'sand' },
  ]);
}

/**
 * 4.1 SOAR, the Appreciative Inquiry variant. Same template key ('swot'), so its area ids are
 * distinct from SWOT's only where the roles differ: a board uses one of the two, never both.
 */
export function soarTemplate(): TemplateLayout {
  return quadrants({ id: 'Analisis SOAR', en: 'SOAR analysis' }, [
    { role: 'strengths', label: { id: 'Kekuatan', en: 'Strengths' }, tone: 'mint' },
    { role: 'opportunities', label: { id: 'Peluang', en: 'Opportunities' }, tone: 'sky' },
    { role: 'aspirations', label: { id: 'Aspirasi', en: 'Aspirations' }, tone: 'lilac' },
    { role: 'results', label: { id: 'Hasil', en: 'Results' }, tone: 'sand' },
  ]);
}
