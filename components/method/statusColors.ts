import type { TopicStatus } from '@/lib/workshop/agenda';

/** Status colours on the Kerangka map: grey, amber, green, readable on a projector. */
export const STATUS_COLORS: Record<TopicStatus, { background: string; color: string }> = {
  'not-started': { background: '#e5e7eb', color: '#374151' },
  'in-session': { background: '#fde68a', color: '#78350f' },
  agreed: { background: '#bbf7d0', color: '#14532d' },
};
