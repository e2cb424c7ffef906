/**
 * The plenary's clusters with where each card came from. Merging duplicates is dragging cards
 * together: every card stays a card with its own `meta.gatheredFrom`, so a cluster of three
 * groups' "pipes leak" still names all three source cards.
 */
import { extractClusters, type CardCluster } from '../board/extract/clusters';
import type { BoardSnapshot } from '../board/extract/readBoard';
import { readGatheredFrom, type GatheredFrom } from './gatheredFrom';
import { groupMarkOf } from './groupMark';

export interface ClusterSource extends GatheredFrom {
  /** The group's name when gathered; null when the record no longer says. */
  groupName: string | null;
}

export interface PlenaryCluster extends CardCluster {
  /** One per gathered card of the cluster, in the cluster's card order. */
  sources: ClusterSource[];
  /** Cards written on the plenary itself, not gathered from a group. */
  writtenOnPlenary: number;
}

export function plenaryClusters(snapshot: BoardSnapshot, options: { gap?: number } = {}): PlenaryCluster[] {
  const byId = new Map<string, unknown>();
  for (const record of snapshot) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string') byId.set(id, record);
  }
  return extractClusters(snapshot, options).map((cluster) => {
    const sources: ClusterSource[] = [];
    let writtenOnPlenary = 0;
    for (const card of cluster.cards) {
      const record = byId.get(card.id);
      const from = readGatheredFrom(record);
      if (!from) {
        writtenOnPlenary++;
        continue;
      }
      sources.push({ ...from, groupName: groupMarkOf((record as { meta?: unknown }).meta)?.name ?? null });
    }
    return { ...cluster, sources, writtenOnPlenary };
  });
}
