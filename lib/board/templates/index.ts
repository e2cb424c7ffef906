/** Every board template's layout, by the `BoardTemplate` key a topic names. */
import type { BoardTemplate } from '../../method/types';
import { brainstormTemplate } from './brainstorm';
import { flowchartTemplate } from './flowchart';
import { harapanKenyataanTemplate } from './harapanKenyataan';
import type { TemplateLayout } from './layout';
import { onionTemplate } from './onion';
import { orgChartTemplate } from './orgChart';
import { serviceFlowTemplate } from './serviceFlow';
import { stakeholderMapTemplate } from './stakeholderMap';
import { swotTemplate } from './swot';

export * from './layout';
export { brainstormTemplate, flowchartTemplate, harapanKenyataanTemplate, onionTemplate, orgChartTemplate, serviceFlowTemplate, stakeholderMapTemplate, swotTemplate };
export { soarTemplate } from './swot';

const BUILDERS: Readonly<Record<BoardTemplate, () => TemplateLayout>> = {
  'stakeholder-map': stakeholderMapTemplate,
  brainstorm: brainstormTemplate,
  'harapan-kenyataan': harapanKenyataanTemplate,
  'service-flow': serviceFlowTemplate,
  swot: swotTemplate,
  flowchart: flowchartTemplate,
  'org-chart': orgChartTemplate,
  onion: onionTemplate,
};

export const BOARD_TEMPLATES = Object.keys(BUILDERS) as BoardTemplate[];

export function isBoardTemplate(value: unknown): value is BoardTemplate {
  return typeof value === 'string' && Object.hasOwn(BUILDERS, value);
}

/** The layout a board of this template starts with. */
export function templateLayout(template: BoardTemplate): TemplateLayout {
  return BUILDERS[template]();
}
