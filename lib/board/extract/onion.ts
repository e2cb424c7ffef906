/**
 * 7.2 Bagan Bawang: activities ranked by influence. Ring 1 (innermost) must hold exactly one
 * activity; within a ring, the card nearer the centre ranks higher.
 */
import type { BilingualText } from '../../i18n/bilingual';
import { onionRingRole, ONION_RING_COUNT } from '../templates/onion';
import { cardsInRole, placeCards, type PlacedCard } from './placeCards';
import type { BoardSnapshot } from './readBoard';

export interface OnionRing {
  /** 1 = innermost. */
  ring: number;
  /** Nearest to the centre first. */
  cards: PlacedCard[];
}

export interface OnionRank {
  /** 1-based; every card has its own rank, even against the rules. */
  rank: number;
  ring: number;
  card: PlacedCard;
}

export interface OnionViolation {
  rule: 'one-card-in-inner-ring';
  ring: number;
  cardIds: string[];
  message: BilingualText;
}

export interface OnionReading {
  rings: OnionRing[];
  ranking: OnionRank[];
  violations: OnionViolation[];
  /** Cards outside every ring. */
  outside: PlacedCard[];
}

export function extractOnion(snapshot: BoardSnapshot): OnionReading {
  const placement = placeCards(snapshot);
  const inner = placement.areas.find((entry) => entry.area.role === onionRingRole(1))?.area;
  const centre = inner ? { x: inner.bounds.x + inner.bounds.w / 2, y: inner.bounds.y + inner.bounds.h / 2 } : { x: 0, y: 0 };
  const distance = (card: PlacedCard) => Math.hypot(card.centre.x - centre.x, card.centre.y - centre.y);

  const rings = Array.from({ length: ONION_RING_COUNT }, (_, i) => ({
    ring: i + 1,
    cards: cardsInRole(placement, onionRingRole(i + 1)).sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id)),
  }));
  const ranking = rings.flatMap((ring) => ring.cards.map((card) => ({ ring: ring.ring, card }))).map((entry, i) => ({ rank: i + 1, ...entry }));
  const violations: OnionViolation[] = [];
  if (rings[0].cards.length > 1) {
    violations.push({
      rule: 'one-card-in-inner-ring',
      ring: 1,
      cardIds: rings[0].cards.map((card) => card.id),
      message: {
        id: `Lingkar terdalam berisi ${rings[0].cards.length} kegiatan; sepakati satu saja yang paling berpengaruh.`,
        en: `The inner ring holds ${rings[0].cards.length} activities; agree on the single most influential one.`,
      },
    });
  }
  const ringIds = new Set(rings.flatMap((ring) => ring.cards.map((card) => card.id)));
  return { rings, ranking, violations, outside: placement.cards.filter((card) => !ringIds.has(card.id)) };
}
