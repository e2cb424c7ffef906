/**
 * Looks inside an update BEFORE it is applied: which root map keys it writes (with the written
 * values) and which existing items it deletes. An item only names its parent when it has no
 * neighbour to inherit it from; otherwise the parent is its origin's, found in the same update or
 * in the document. Update policies (facilitator-only keys, record validation) build on this.
 */
import * as Y from 'yjs';
import type { DecodedUpdate } from './messages';

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

export function inspectUpdate(doc: Y.Doc, update: Uint8Array | DecodedUpdate): InspectedUpdate {
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

/** What an update refers to and the document lacks: the first such clock, and why. */
export interface MissingDependency {
  client: number;
  clock: number;
  reason: string;
}

/**
 * What applying `update` to `doc` would leave Yjs waiting for (its structs parked as pending, or
 * its deletions parked as a pending delete set), or null when everything it refers to is in the
 * document or in the update itself. Follows Yjs's own order of integration: a client's structs
 * one after another from the clock the document has reached, each item's origins and parent
 * available before it, other clients' structs pulled in as they are needed. Items the document
 * already holds are checked too: Yjs parks them as well when they name an unknown origin.
 * Parked content would wait, stored and unseen, until what it names arrives: a participant's
 * write becomes `meta.vote` the moment the facilitator writes the item it names as its origin.
 */
export function findMissingDependency(doc: Y.Doc, update: DecodedUpdate): MissingDependency | null {
  const sections = new Map<number, { structs: Array<Y.Item | Y.GC | Y.Skip>; next: number }>();
  for (const struct of update.structs) {
    const section = sections.get(struct.id.client);
    if (section) section.structs.push(struct);
    else sections.set(struct.id.client, { structs: [struct], next: 0 });
  }
  const reached = new Map<number, number>();
  const stateOf = (client: number) => reached.get(client) ?? Y.getState(doc.store, client);
  const otherClientMissing = (item: Y.Item): Y.ID | null => {
    for (const ref of references(item)) {
      if (ref.client !== item.id.client && ref.clock >= stateOf(ref.client)) return ref;
    }
    return null;
  };

  for (const [client, section] of sections) {
    while (section.next < section.structs.length) {
      // Integrates the next struct of `client`, pulling in other clients' structs it waits for.
      const waiting = [client];
      while (waiting.length > 0) {
        const current = waiting[waiting.length - 1];
        const own = sections.get(current)!;
        const struct = own.structs[own.next];
        if (struct instanceof Y.Skip) {
          own.next++;
          waiting.pop();
          continue;
        }
        const state = stateOf(current);
        if (struct.id.clock > state) return { client: current, clock: state, reason: `client ${current} skips from clock ${state} to ${struct.id.clock}` };
        if (struct instanceof Y.Item) {
          const missing = otherClientMissing(struct);
          if (missing) {
            const supplier = sections.get(missing.client);
            if (!supplier || supplier.next >= supplier.structs.length || waiting.includes(missing.client)) {
              return { client: missing.client, clock: missing.clock, reason: `an item of client ${current} refers to clock ${missing.clock} of client ${missing.client}, which nobody sent` };
            }
            waiting.push(missing.client);
            continue;
          }
          for (const ref of references(struct)) {
            // An item names items of its own client only from before itself (Yjs throws mid-transaction otherwise).
            if (ref.client === current && ref.clock >= state) return { client: current, clock: ref.clock, reason: `an item of client ${current} refers to its own later clock ${ref.clock}` };
          }
        }
        reached.set(current, Math.max(state, struct.id.clock + struct.length));
        own.next++;
        waiting.pop();
      }
    }
  }

  for (const [client, ranges] of update.ds.clients) {
    for (const range of ranges) {
      const end = range.clock + range.len;
      if (range.len <= 0 || !Number.isSafeInteger(end)) return { client, clock: range.clock, reason: `a malformed deletion of client ${client}` };
      if (end > stateOf(client)) return { client, clock: end - 1, reason: `a deletion reaches clock ${end - 1} of client ${client}, which nobody sent` };
    }
  }
  return null;
}

/** Whether the document still lacks what `missing` named (cheap: one state lookup). */
export function stillMissing(doc: Y.Doc, missing: Pick<MissingDependency, 'client' | 'clock'>): boolean {
  return Y.getState(doc.store, missing.client) <= missing.clock;
}

function references(item: Y.Item): Y.ID[] {
  const refs: Y.ID[] = [];
  if (item.origin) refs.push(item.origin);
  if (item.rightOrigin) refs.push(item.rightOrigin);
  if (item.parent instanceof Y.ID) refs.push(item.parent);
  return refs;
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
