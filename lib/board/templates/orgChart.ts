import { frameAround, makeArea, type TemplateLayout } from './layout';

/** 4.5 organisation chart: one open area; the structure is drawn with cards and arrows. */
export function orgChartTemplate(): TemplateLayout {
  const areas = [
    makeArea('org-chart', { role: 'org-chart', label: { id: 'Bagan organisasi', en: 'Organisation chart' }, x: 0, y: 0, w: 2400, h: 1400, outline: 'rect', tone: 'sky' }),
  ];
  return { template: 'org-chart', frame: frameAround('org-chart', { id: 'Struktur Organisasi Penyelenggara', en: 'Structure of the service organisation' }, areas), areas };
}
