import type { BilingualText } from '../../i18n/bilingual';
import { SERVICE_FLOW_STEPS } from '../../method/vocabularies';
import { cardsInRole, placeCards, type PlacedCard } from './placeCards';
import type { BoardSnapshot } from './readBoard';

/** One step of 3.2's flow with what the group wrote under it. */
export interface ServiceFlowStep {
  /** Key from `SERVICE_FLOW_STEPS`, e.g. `'mobilisation'`. */
  step: string;
  label: BilingualText;
  /** Cards describing the step itself. */
  notes: PlacedCard[];
  rootCauses: PlacedCard[];
  solutions: PlacedCard[];
}

export interface ServiceFlowReading {
  /** Every step in flow order, empty ones included. */
  steps: ServiceFlowStep[];
  unplaced: PlacedCard[];
}

export function extractServiceFlow(snapshot: BoardSnapshot): ServiceFlowReading {
  const placement = placeCards(snapshot);
  const steps = SERVICE_FLOW_STEPS.map<ServiceFlowStep>(({ key, label }) => ({
    step: key,
    label,
    notes: cardsInRole(placement, `step:${key}`),
    rootCauses: cardsInRole(placement, `root-cause:${key}`),
    solutions: cardsInRole(placement, `solution:${key}`),
  }));
  const inSteps = new Set(steps.flatMap((s) => [...s.notes, ...s.rootCauses, ...s.solutions]).map((c) => c.id));
  return { steps, unplaced: placement.cards.filter((card) => !inSteps.has(card.id)) };
}
