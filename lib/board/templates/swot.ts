import type { BilingualText } from '../../i18n/bilingual';
import type { AreaTone } from '../../shapes/area';
import { frameAround, makeArea, templateAreaRecords, type AreaRecord, type TemplateLayout } from './layout';

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

/** The two analyses topic 4.1 offers; the facilitator picks one when the board starts. */
export const ANALYSIS_VARIANTS = ['swot', 'soar'] as const;
export type AnalysisVariant = (typeof ANALYSIS_VARIANTS)[number];

const VARIANT_LAYOUT: Readonly<Record<AnalysisVariant, () => TemplateLayout>> = { swot: swotTemplate, soar: soarTemplate };

/**
 * Which analysis a 4.1 board shows, from the roles of its areas; null when it is neither (another
 * template, or areas removed). Only the roles the two do not share decide.
 */
export function analysisVariantOf(areaRoles: Iterable<string>): AnalysisVariant | null {
  const roles = new Set(areaRoles);
  const has = (variant: AnalysisVariant) =>
    VARIANT_LAYOUT[variant]()
      .areas.map((area) => area.role)
      .every((role) => roles.has(role));
  return has('soar') ? 'soar' : has('swot') ? 'swot' : null;
}

/**
 * The area records that turn a 4.1 board into the `to` analysis: the frame and four quadrants to
 * write (shared ids such as 'strengths' are moved, not duplicated), and the ids of the other
 * analysis's quadrants to remove.
 */
export function switchAnalysis(to: AnalysisVariant, pageId: string): { put: AreaRecord[]; removeIds: string[] } {
  const target = VARIANT_LAYOUT[to]();
  const keep = new Set([target.frame.id, ...target.areas.map((area) => area.id)]);
  const others = ANALYSIS_VARIANTS.filter((variant) => variant !== to).flatMap((variant) => VARIANT_LAYOUT[variant]().areas);
  return { put: templateAreaRecords(target, pageId), removeIds: [...new Set(others.map((area) => area.id))].filter((id) => !keep.has(id)) };
}
