/**
 * Brings a live document's content back to what an earlier state of it held, as one change every
 * device applies like any other: each root map gets the earlier value under each key (or loses
 * the key), and what the earlier state did not hold at all (list content at a root, roots it did
 * not have) is deleted. Deleted content is garbage-collected, so the document shrinks once
 * compacted. Plano's documents keep their content in root maps; nothing else is restored.
 */
import * as Y from 'yjs';

/** Entries `keep` accepts stay as they are now (e.g. a board's live session settings). */
export type KeepEntry = (root: string, key: string) => boolean;

/** Reverts `doc` to `earlierState`; call inside a transaction of the caller's origin. */
export function revertDocument(doc: Y.Doc, earlierState: Uint8Array, keep: KeepEntry = () => false): void {
  const earlier = new Y.Doc();
  try {
    Y.applyUpdate(earlier, earlierState);
    doc.transact((transaction) => {
      for (const name of new Set([...doc.share.keys(), ...earlier.share.keys()])) {
        const current = doc.share.get(name);
        if (current) for (let item = current._start; item !== null; item = item.right) if (!item.deleted) item.delete(transaction);
        if (current && current.constructor !== Y.AbstractType && !(current instanceof Y.Map)) continue; // typed otherwise by the server itself
        const before = earlier.share.get(name);
        const earlierMap = before && before._map.size > 0 ? earlier.getMap<unknown>(name) : null;
        if (!earlierMap && (!current || current._map.size === 0)) continue;
        const map = doc.getMap<unknown>(name);
        for (const key of [...map.keys()]) if (!keep(name, key) && !earlierMap?.has(key)) map.delete(key);
        if (!earlierMap) continue;
        for (const [key, value] of earlierMap.entries()) {
          if (keep(name, key) || sameValue(map.get(key), value)) continue;
          map.set(key, value instanceof Y.AbstractType ? value.clone() : value);
        }
      }
    });
  } finally {
    earlier.destroy();
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  const json = (value: unknown) => JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value);
  return (a instanceof Y.AbstractType) === (b instanceof Y.AbstractType) && json(a) === json(b);
}
