/**
 * Does an update set or delete a facilitator-only key of a root map (e.g. `meta.locked`)? Decided
 * BEFORE the update is applied, so a participant's client cannot unlock a board for everyone's
 * screens or start a vote. An item only names its parent when it has no neighbour to inherit it
 * from; otherwise the parent is that of its origin, found in the same update or in the document.
 */
import * as Y from 'yjs';

/** Walking long delete ranges item by item is bounded; beyond this the update is refused. */
const MAX_ITEMS_CHECKED = 20_000;

type ParentInfo = { parent: unknown; key: string | null } | null;

export function touchesProtectedKeys(doc: Y.Doc, update: Uint8Array, rootName: string, keys: ReadonlySet<string>): boolean {
  const root = doc.getMap(rootName);
  const isProtected = (info: ParentInfo) => info !== null && (info.parent === rootName || info.parent === root) && info.key !== null && keys.has(info.key);
  const { structs, ds } = Y.decodeUpdate(update);
  const inUpdate = new Map<string, Y.Item>();
  for (const struct of structs) if (struct instanceof Y.Item) inUpdate.set(`${struct.id.client}:${struct.id.clock}`, struct);

  const parentOf = (item: Y.Item, depth = 0): ParentInfo => {
    if (item.parent !== null) return { parent: item.parent, key: item.parentSub };
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour || depth > 1000) return null;
    const sibling = inUpdate.get(`${neighbour.client}:${neighbour.clock}`);
    if (sibling) return parentOf(sibling, depth + 1);
    const existing = findItem(doc, neighbour);
    return existing ? { parent: existing.parent, key: existing.parentSub } : null;
  };

  for (const item of inUpdate.values()) if (isProtected(parentOf(item))) return true;

  let checked = 0;
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        if (++checked > MAX_ITEMS_CHECKED) return true;
        const item = findItem(doc, Y.createID(client, clock));
        if (!item) break;
        // A delete set always carries every deletion its sender knows of: only new ones count.
        if (!item.deleted && isProtected({ parent: item.parent, key: item.parentSub })) return true;
        clock = item.id.clock + item.length;
      }
    }
  }
  return false;
}

function findItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  // getItem throws when the id is not in the store (not yet received): then it is not protected here.
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}
