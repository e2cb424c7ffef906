import { frameAround, makeArea, type TemplateArea, type TemplateLayout } from './layout';

/** Number of rings of the Bagan Bawang, innermost first. */
export const ONION_RING_COUNT = 4;
/** Radius of the innermost ring and the width of each further ring, in page units. */
const INNER_RADIUS = 240;
const RING_WIDTH = 260;

/** Role of ring `n`, 1 = innermost (the single most influential activity). */
export function onionRingRole(n: number): string {
  return `ring-${n}`;
}

const RING_LABELS = [
  { id: 'Lingkar 1 · paling berpengaruh (satu kegiatan saja)', en: 'Ring 1 · most influential (one activity only)' },
  { id: 'Lingkar 2', en: 'Ring 2' },
  { id: 'Lingkar 3', en: 'Ring 3' },
  { id: 'Lingkar 4 · paling kecil pengaruhnya', en: 'Ring 4 · least influential' },
] as const;

/**
 * 7.2 Bagan Bawang Kegiatan: concentric rings around one centre. Each ring is a full disc;
 * inner rings are listed (and drawn) after outer ones, and a card belongs to the innermost disc
 * holding its centre.
 */
export function onionTemplate(): TemplateLayout {
  const outer = INNER_RADIUS + (ONION_RING_COUNT - 1) * RING_WIDTH;
  const tones = ['lilac', 'sky', 'sand', 'rose'] as const;
  const areas: TemplateArea[] = [];
  for (let n = ONION_RING_COUNT; n >= 1; n--) {
    const r = INNER_RADIUS + (n - 1) * RING_WIDTH;
    areas.push(
      makeArea('onion', {
        role: onionRingRole(n),
        label: RING_LABELS[n - 1],
        x: outer - r,
        y: outer - r,
        w: 2 * r,
        h: 2 * r,
        outline: 'ellipse',
        tone: tones[n - 1],
      }),
    );
  }
  return { template: 'onion', frame: frameAround('onion', { id: 'Bagan Bawang Kegiatan', en: 'Activity onion diagram' }, areas), areas };
}
