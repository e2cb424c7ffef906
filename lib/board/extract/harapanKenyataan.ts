import type { BilingualText } from '../../i18n/bilingual';
import { GOVERNANCE_NODES } from '../../method/vocabularies';
import { cardsInRole, placeCards, type PlacedCard } from './placeCards';
import type { BoardSnapshot } from './readBoard';

/** One column of 3.1's sheet: a service-process node and its four rows of cards. */
export interface HarapanKenyataanNode {
  /** Key from `GOVERNANCE_NODES`, e.g. `'delivery'`. */
  node: string;
  label: BilingualText;
  harapan: PlacedCard[];
  kenyataan: PlacedCard[];
  rootCauses: PlacedCard[];
  ideas: PlacedCard[];
}

export interface HarapanKenyataanTable {
  /** Every node in the guide's order, empty ones included. */
  nodes: HarapanKenyataanNode[];
  /** Cards on the sheet but in no node's cell (the title band, the margin, off the sheet). */
  unplaced: PlacedCard[];
}

export function extractHarapanKenyataan(snapshot: BoardSnapshot): HarapanKenyataanTable {
  const placement = placeCards(snapshot);
  const nodes = GOVERNANCE_NODES.map<HarapanKenyataanNode>(({ key, label }) => ({
    node: key,
    label,
    harapan: cardsInRole(placement, `harapan:${key}`),
    kenyataan: cardsInRole(placement, `kenyataan:${key}`),
    rootCauses: cardsInRole(placement, `root-cause:${key}`),
    ideas: cardsInRole(placement, `idea:${key}`),
  }));
  const inNodes = new Set(nodes.flatMap((n) => [...n.harapan, ...n.kenyataan, ...n.rootCauses, ...n.ideas]).map((c) => c.id));
  return { nodes, unplaced: placement.cards.filter((card) => !inNodes.has(card.id)) };
}
