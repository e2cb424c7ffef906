/**
 * Which area each card belongs to. The rule, as a facilitator would read a plano sheet:
 *
 * 1. A card belongs to an area that contains the card's CENTRE (border included), on the same
 *    page. How much of the card hangs over a neighbour does not matter.
 * 2. When several areas contain the centre, the innermost wins: the one with the smallest
 *    surface (a cell over its frame, ring 1 over ring 2).
 * 3. Equal surfaces (a centre exactly on the border of two cells): the area holding more of
 *    the card wins; if still equal, the area whose id sorts first, so every reader agrees.
 * 4. A card whose centre is in no area is unplaced (`area: null`).
 */
import { outlineContains, overlapShare, surfaceOf } from './geometry';
import { readBoard, type BoardArea, type BoardCard, type BoardSnapshot } from './readBoard';

export interface PlacedCard extends BoardCard {
  area: BoardArea | null;
}

export interface AreaCards {
  area: BoardArea;
  /** In reading order: top to bottom, then left to right. */
  cards: PlacedCard[];
}

export interface BoardPlacement {
  /** Every area of the board, including empty ones, in the order of the snapshot. */
  areas: AreaCards[];
  /** Cards whose centre is in no area. */
  unplaced: PlacedCard[];
  cards: PlacedCard[];
}

/** Relative difference below which two surfaces count as equal (float noise). */
const SAME_SURFACE = 1e-6;

export function areaForCard(card: BoardCard, areas: readonly BoardArea[]): BoardArea | null {
  const holding = areas.filter((area) => area.pageId === card.pageId && outlineContains(area.outline, area.bounds, card.centre));
  if (holding.length === 0) return null;
  const surface = (area: BoardArea) => surfaceOf(area.outline, area.bounds);
  const smallest = Math.min(...holding.map(surface));
  const innermost = holding.filter((area) => surface(area) <= smallest * (1 + SAME_SURFACE));
  return innermost.sort(
    (a, b) => overlapShare(card.bounds, b.outline, b.bounds) - overlapShare(card.bounds, a.outline, a.bounds) || a.id.localeCompare(b.id),
  )[0];
}

export function placeCards(snapshot: BoardSnapshot): BoardPlacement {
  const { cards, areas } = readBoard(snapshot);
  const placed = cards.map<PlacedCard>((card) => ({ ...card, area: areaForCard(card, areas) })).sort(byReadingOrder);
  return {
    areas: areas.map((area) => ({ area, cards: placed.filter((card) => card.area?.id === area.id) })),
    unplaced: placed.filter((card) => card.area === null),
    cards: placed,
  };
}

/** Cards of the area with this role (all pages), in reading order; empty when there is none. */
export function cardsInRole(placement: BoardPlacement, role: string): PlacedCard[] {
  return placement.areas.filter((entry) => entry.area.role === role).flatMap((entry) => entry.cards);
}

function byReadingOrder(a: BoardCard, b: BoardCard): number {
  return a.centre.y - b.centre.y || a.centre.x - b.centre.x || a.id.localeCompare(b.id);
}
