import { GOVERNANCE_NODES } from '../../method/vocabularies';
import { frameAround, gridAreas, type TemplateLayout } from './layout';

/** The rows of 3.1's sheet, top to bottom; columns are the five service-process nodes. */
export const HARAPAN_KENYATAAN_ROWS = [
  { key: 'harapan', label: { id: 'Harapan', en: 'Expectation' }, tone: 'sky' },
  { key: 'kenyataan', label: { id: 'Kenyataan', en: 'Reality' }, tone: 'sand' },
  { key: 'root-cause', label: { id: 'Akar masalah', en: 'Root causes' }, tone: 'rose' },
  { key: 'idea', label: { id: 'Ide perbaikan', en: 'Improvement ideas' }, tone: 'mint' },
] as const;

export type HarapanKenyataanRow = (typeof HARAPAN_KENYATAAN_ROWS)[number]['key'];

/**
 * 3.1 Harapan/Kenyataan: for each service-process node (column) what people expect, what
 * they see, the root causes of the gap and the ideas to close it. Roles: `'<row>:<node>'`.
 */
export function harapanKenyataanTemplate(): TemplateLayout {
  const areas = gridAreas('harapan-kenyataan', HARAPAN_KENYATAAN_ROWS, GOVERNANCE_NODES);
  return {
    template: 'harapan-kenyataan',
    frame: frameAround('harapan-kenyataan', { id: 'Harapan dan Kenyataan', en: 'Expectations and reality' }, areas),
    areas,
  };
}
