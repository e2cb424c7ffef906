import { CELL, frameAround, makeArea, type TemplateLayout } from './layout';

export const BRAINSTORM_OPEN_ROLE = 'open';
export const BRAINSTORM_CLUSTER_COUNT = 4;

export function brainstormClusterRole(n: number): string {
  return `cluster-${n}`;
}

/**
 * 2.1, 4.3, 4.6 brainstorm: an open area where everyone drops cards, and columns the group
 * sorts them into. Roles: `'open'`, `'cluster-1'` … `'cluster-4'`.
 */
export function brainstormTemplate(): TemplateLayout {
  const width = CELL.w * BRAINSTORM_CLUSTER_COUNT;
  const open = makeArea('brainstorm', {
    role: BRAINSTORM_OPEN_ROLE,
    label: { id: 'Curah pendapat: satu ide per kartu', en: 'Brainstorm: one idea per card' },
    x: 0,
    y: 0,
    w: width,
    h: CELL.h,
    outline: 'rect',
    tone: 'sand',
  });
  const clusters = Array.from({ length: BRAINSTORM_CLUSTER_COUNT }, (_, i) =>
    makeArea('brainstorm', {
      role: brainstormClusterRole(i + 1),
      label: { id: `Kelompok ide ${i + 1}`, en: `Cluster ${i + 1}` },
      x: i * CELL.w,
      y: CELL.h,
      w: CELL.w,
      h: CELL.h * 2,
      outline: 'rect',
      tone: i % 2 === 0 ? 'sky' : 'mint',
    }),
  );
  const areas = [open, ...clusters];
  return { template: 'brainstorm', frame: frameAround('brainstorm', { id: 'Curah pendapat', en: 'Brainstorm' }, areas), areas };
}
