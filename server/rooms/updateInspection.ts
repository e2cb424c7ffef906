/**
 * Looks inside an update BEFORE it is applied: which root map keys it writes (with the written
 * values) and which existing items it deletes. An item only names its parent when it has no
 * neighbour to inherit it from; otherwise the parent is its origin's, found in the same update or
 * in the document. Update policies (facilitator-only keys, record validation) build on this.
 */
import * as Y from 'yjs';

/** Walking long delete ranges item by item is bounded; callers refuse updates beyond it. */
export const MAX_ITEMS_INSPECTED = 20_000;

export interface MapWrite {
  /** The root type's name (or the type itself, when inherited from an existing item). */
  parent: unknown;
  key: string | null;
  item: Y.Item;
}

export interface InspectedUpdate {
  writes: MapWrite[];
  /** Existing, not yet deleted items the update deletes; null when there were too many to look at. */
  deletions: Y.Item[] | null;
}

type ParentInfo = { parent: unknown; key: string | null } | null;

export function inspectUpdate(doc: Y.Doc, update: Uint8Array | ReturnType<typeof Y.decodeUpdate>): InspectedUpdate {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  const inUpdate = new Map<string, Y.Item>();
  for (const struct of structs) {
    // Items the document already holds change nothing when applied: a device replaying its local
    // copy (IndexedDB) re-sends everyone's items, and those are not its writes.
    if (struct instanceof Y.Item && !alreadyHeld(doc, struct)) inUpdate.set(`${struct.id.client}:${struct.id.clock}`, struct);
  }

  const parentOf = (item: Y.Item, depth = 0): ParentInfo => {
    if (item.parent !== null) return { parent: item.parent, key: item.parentSub };
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour || depth > 1000) return null;
    const sibling = inUpdate.get(`${neighbour.client}:${neighbour.clock}`);
    if (sibling) return parentOf(sibling, depth + 1);
    const existing = findItem(doc, neighbour);
    return existing ? { parent: existing.parent, key: existing.parentSub } : null;
  };

  const writes: MapWrite[] = [];
  for (const item of inUpdate.values()) {
    const info = parentOf(item);
    if (info) writes.push({ parent: info.parent, key: info.key, item });
  }

  const deletions: Y.Item[] = [];
  let inspected = 0;
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        if (++inspected > MAX_ITEMS_INSPECTED) return { writes, deletions: null };
        const item = findItem(doc, Y.createID(client, clock));
        if (!item) break;
        // A delete set always carries every deletion its sender knows of: only new ones count.
        if (!item.deleted) deletions.push(item);
        clock = item.id.clock + item.length;
      }
    }
  }
  return { writes, deletions };
}

/**
 * Whether a write or an existing item sits directly in the root type `rootName`. Compared by the
 * name the document shares the type under, not by calling getMap: that would turn a root the
 * server never typed into a new object, and items already read would point at the old one.
 */
export function inRootMap(doc: Y.Doc, parent: unknown, rootName: string): boolean {
  if (parent === rootName) return true;
  return doc.share.get(rootName) === parent;
}

function alreadyHeld(doc: Y.Doc, item: Y.Item): boolean {
  return Y.getState(doc.store, item.id.client) >= item.id.clock + item.length;
}

function findItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  // Items not yet in the store (their update has not arrived) cannot be looked at here.
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}
