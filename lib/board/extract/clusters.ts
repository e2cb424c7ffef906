/**
 * Clusters: on paper a group pushes related cards together. Two cards of the same area are in
 * one cluster when they are at most `gap` apart (chains count: A near B near C), or when they
 * sit in the same tldraw group. Clusters never span areas.
 */
import { gapBetween } from './geometry';
import { placeCards, type PlacedCard } from './placeCards';
import type { BoardArea, BoardSnapshot } from './readBoard';

/** Default largest gap between two cards of one cluster, in page units (a finger's width). */
export const DEFAULT_CLUSTER_GAP = 40;

export interface CardCluster {
  /** null for clusters of unplaced cards. */
  area: BoardArea | null;
  cards: PlacedCard[];
}

export function extractClusters(snapshot: BoardSnapshot, options: { gap?: number } = {}): CardCluster[] {
  const gap = options.gap ?? DEFAULT_CLUSTER_GAP;
  const placement = placeCards(snapshot);
  const groups: { area: BoardArea | null; cards: PlacedCard[] }[] = [
    ...placement.areas,
    { area: null, cards: placement.unplaced },
  ];
  return groups.flatMap(({ area, cards }) => clustersOf(cards, gap).map((members) => ({ area, cards: members })));
}

function clustersOf(cards: readonly PlacedCard[], gap: number): PlacedCard[][] {
  const parent = cards.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      const sameGroup = cards[i].tldrawGroupId !== null && cards[i].tldrawGroupId === cards[j].tldrawGroupId;
      if (sameGroup || gapBetween(cards[i].bounds, cards[j].bounds) <= gap) union(i, j);
    }
  }
  const byRoot = new Map<number, PlacedCard[]>();
  cards.forEach((card, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), card]);
  });
  return [...byRoot.values()];
}
