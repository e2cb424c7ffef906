import { SERVICE_FLOW_STEPS } from '../../method/vocabularies';
import { frameAround, gridAreas, type TemplateLayout } from './layout';

/** Rows of 3.2's diagram; columns are the flow's steps, left to right in their order. */
export const SERVICE_FLOW_ROWS = [
  { key: 'step', label: { id: 'Langkah', en: 'Step' }, tone: 'sky' },
  { key: 'root-cause', label: { id: 'Akar masalah', en: 'Root causes' }, tone: 'rose' },
  { key: 'solution', label: { id: 'Solusi', en: 'Solutions' }, tone: 'mint' },
] as const;

export type ServiceFlowRow = (typeof SERVICE_FLOW_ROWS)[number]['key'];

/**
 * 3.2 Diagram Alur Pelayanan: Rancangan Pelayanan → Mobilisasi → Penyaluran → Menjangkau
 * Kelompok Sasaran, with root-cause and solution zones under each step. Roles: `'<row>:<step>'`.
 */
export function serviceFlowTemplate(): TemplateLayout {
  const areas = gridAreas('service-flow', SERVICE_FLOW_ROWS, SERVICE_FLOW_STEPS);
  return {
    template: 'service-flow',
    frame: frameAround('service-flow', { id: 'Diagram Alur Pelayanan Publik', en: 'Public service flow diagram' }, areas),
    areas,
  };
}
