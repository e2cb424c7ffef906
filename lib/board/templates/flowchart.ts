import { frameAround, makeArea, type TemplateLayout } from './layout';

/** 4.2 Bagan Alir: the delivery procedure as it is (top lane) and as proposed (bottom lane). */
export function flowchartTemplate(): TemplateLayout {
  const lane = { x: 0, w: 2400, h: 640, outline: 'rect' as const };
  const areas = [
    makeArea('flowchart', { ...lane, y: 0, role: 'current', label: { id: 'Prosedur sekarang', en: 'Current procedure' }, tone: 'sand' }),
    makeArea('flowchart', { ...lane, y: lane.h, role: 'proposed', label: { id: 'Prosedur usulan', en: 'Proposed procedure' }, tone: 'mint' }),
  ];
  return { template: 'flowchart', frame: frameAround('flowchart', { id: 'Bagan Alir Prosedur Pelayanan', en: 'Service procedure flowchart' }, areas), areas };
}
