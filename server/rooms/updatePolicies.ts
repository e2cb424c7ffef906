/**
 * Rules an update must pass before a room applies it, beyond "may this peer write at all".
 * A refused update closes the sender's connection with a named, final close code.
 */
import type * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import type { RoomPeer } from './Room';
import type { DecodedUpdate } from './messages';
import { inRootMap, inspectUpdate, type InspectedUpdate } from './updateInspection';

export interface Refusal {
  code: number;
  reason: string;
}

/** What a policy may ask of the writer. */
export type PolicyPeer = Pick<RoomPeer, 'subject' | 'mayConfigure'>;

export interface UpdatePolicy {
  check(doc: Y.Doc, update: InspectedUpdate, peer: PolicyPeer): Refusal | null;
}

/** Runs every policy over one inspection of the update; the first refusal wins. */
export function checkUpdate(policies: readonly UpdatePolicy[], doc: Y.Doc, update: Uint8Array | DecodedUpdate, peer: PolicyPeer): Refusal | null {
  if (policies.length === 0) return null;
  const inspected = inspectUpdate(doc, update);
  if (inspected.deletions === null) return { code: CloseCode.tooLarge, reason: 'update deletes too much at once' };
  for (const policy of policies) {
    const refusal = policy.check(doc, inspected, peer);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * Whether the update sets or deletes a key of the root map `rootName` that `matches` (a key is
 * null only for malformed input, which `matches` receives as such).
 */
function touchesKey(doc: Y.Doc, { writes, deletions }: InspectedUpdate, rootName: string, matches: (key: string | null) => boolean): boolean {
  const hit = (parent: unknown, key: string | null) => inRootMap(doc, parent, rootName) && matches(key);
  return writes.some((w) => hit(w.parent, w.key)) || (deletions ?? []).some((item) => hit(item.parent, item.parentSub));
}

/** Keys of a root map that only peers who `mayConfigure` may set or delete (e.g. a board's lock). */
export function protectedKeysPolicy(rootName: string, keys: ReadonlySet<string>): UpdatePolicy {
  return {
    check(doc, update, peer) {
      if (peer.mayConfigure()) return null;
      const touched = touchesKey(doc, update, rootName, (key) => key !== null && keys.has(key));
      return touched ? { code: CloseCode.forbidden, reason: 'facilitator-only setting' } : null;
    },
  };
}

/** Every value written into the root map `rootName` must pass `problem` (null: acceptable). */
export function validRecordsPolicy(rootName: string, problem: (key: string, value: unknown) => string | null): UpdatePolicy {
  return {
    check(doc, { writes }) {
      for (const write of writes) {
        if (write.key === null || !inRootMap(doc, write.parent, rootName) || !write.item.content.isCountable()) continue;
        for (const value of write.item.content.getContent()) {
          const reason = problem(write.key, value);
          if (reason) return { code: CloseCode.invalidRecord, reason: reason.slice(0, 120) };
        }
      }
      return null;
    },
  };
}

/**
 * Entries of the root map `rootName` belong to one person each (e.g. a person's dots in a vote):
 * a peer may set or delete only entries whose key `ownerOf` gives as its own subject.
 */
export function ownEntriesPolicy(rootName: string, ownerOf: (key: string) => string | null): UpdatePolicy {
  return {
    check(doc, update, peer) {
      const touched = touchesKey(doc, update, rootName, (key) => key === null || ownerOf(key) !== peer.subject);
      return touched ? { code: CloseCode.forbidden, reason: `may change only own entries of ${rootName}` } : null;
    },
  };
}
