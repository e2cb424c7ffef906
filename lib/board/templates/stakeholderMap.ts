import { frameAround, gridAreas, type TemplateLayout } from './layout';

/**
 * 1.1 stakeholder map: influence (rows, high on top) × interest (columns, low on the left).
 * Roles: `'influence-high:interest-low'` and so on.
 */
export function stakeholderMapTemplate(): TemplateLayout {
  const areas = gridAreas(
    'stakeholder-map',
    [
      { key: 'influence-high', label: { id: 'Pengaruh tinggi', en: 'High influence' }, tone: 'rose' },
      { key: 'influence-low', label: { id: 'Pengaruh rendah', en: 'Low influence' }, tone: 'sky' },
    ],
    [
      { key: 'interest-low', label: { id: 'kepentingan rendah', en: 'low interest' } },
      { key: 'interest-high', label: { id: 'kepentingan tinggi', en: 'high interest' } },
    ],
    { w: 800, h: 560 },
  );
  return {
    template: 'stakeholder-map',
    frame: frameAround('stakeholder-map', { id: 'Peta Pemangku Kepentingan', en: 'Stakeholder map' }, areas),
    areas,
  };
}
