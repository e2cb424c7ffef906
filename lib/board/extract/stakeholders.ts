import type { BilingualText } from '../../i18n/bilingual';
import { placeCards, type PlacedCard } from './placeCards';
import type { BoardSnapshot } from './readBoard';

export type Level = 'high' | 'low';

export interface StakeholderQuadrant {
  influence: Level;
  interest: Level;
  label: BilingualText;
  /** One card per stakeholder. */
  cards: PlacedCard[];
}

export interface StakeholderReading {
  /** All four quadrants, high influence first, then low interest first. */
  quadrants: StakeholderQuadrant[];
  unplaced: PlacedCard[];
}

const ROLE = /^influence-(high|low):interest-(high|low)$/;

export function extractStakeholderQuadrants(snapshot: BoardSnapshot): StakeholderReading {
  const placement = placeCards(snapshot);
  const quadrants: StakeholderQuadrant[] = [];
  for (const influence of ['high', 'low'] as const) {
    for (const interest of ['low', 'high'] as const) {
      const entries = placement.areas.filter((entry) => {
        const match = ROLE.exec(entry.area.role);
        return match !== null && match[1] === influence && match[2] === interest;
      });
      quadrants.push({
        influence,
        interest,
        label: entries[0]?.area.label ?? { id: '', en: '' },
        cards: entries.flatMap((entry) => entry.cards),
      });
    }
  }
  const inQuadrants = new Set(quadrants.flatMap((q) => q.cards.map((card) => card.id)));
  return { quadrants, unplaced: placement.cards.filter((card) => !inQuadrants.has(card.id)) };
}
