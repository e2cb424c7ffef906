/**
 * Test support: hostile variants of real board edits, as a tampered client would send them. Each
 * mutation starts from a fresh decode of a real update and changes one thing the wire format lets
 * a client choose: origins, clocks, client ids, deletions, lengths, bytes after the end, or raw
 * bytes. Seeded, so a failing campaign can be replayed.
 */
import * as Y from 'yjs';
import { craftUpdate, type CraftedDeletion, type CraftedStruct } from './craftUpdate';

export const MUTATIONS = ['bad origin', 'far-future clock', 'unknown deletes', 'trailing bytes', 'huge length', 'raw bytes', 'another client id', 'two sections', 'replay'] as const;
export type MutationKind = (typeof MUTATIONS)[number];

export interface MutationContext {
  random: () => number;
  /** Client ids of people connected to the board (whose next clocks a hostile client targets). */
  victims: readonly number[];
  /** The clock each victim will write next, as the server holds it now. */
  nextClockOf: (client: number) => number;
}

const HUGE = [2 ** 31, 2 ** 40, 2 ** 52, Number.MAX_SAFE_INTEGER - 10];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function deletionsOf(ds: ReturnType<typeof Y.decodeUpdate>['ds']): CraftedDeletion[] {
  const deletions: CraftedDeletion[] = [];
  for (const [client, ranges] of ds.clients) for (const range of ranges) deletions.push({ client, clock: range.clock, len: range.len });
  return deletions;
}

/** A struct with its id moved (same content and links). */
function moved(struct: CraftedStruct, client: number, clock: number): CraftedStruct {
  const id = Y.createID(client, clock);
  if (struct instanceof Y.GC) return new Y.GC(id, struct.length);
  if (struct instanceof Y.Skip) return new Y.Skip(id, struct.length);
  return new Y.Item(id, null, struct.origin, null, struct.rightOrigin, struct.parent as Y.AbstractType<unknown> | null, struct.parentSub, struct.content);
}

/** One hostile variant of `update` of the given kind. */
export function mutateUpdate(update: Uint8Array, kind: MutationKind, context: MutationContext): Uint8Array {
  const { random } = context;
  const { structs, ds } = Y.decodeUpdate(update);
  const deletions = deletionsOf(ds);
  const victim = () => pick(random, context.victims);
  switch (kind) {
    case 'replay':
      return update;
    case 'bad origin': {
      const items = structs.filter((s): s is Y.Item => s instanceof Y.Item);
      if (items.length === 0) return mutateUpdate(update, 'unknown deletes', context);
      const item = pick(random, items);
      const target = random() < 0.5 ? victim() : 1 + Math.floor(random() * 2 ** 31);
      const clock = random() < 0.7 ? context.nextClockOf(target) + Math.floor(random() * 3) : pick(random, HUGE);
      item.origin = Y.createID(target, clock);
      return craftUpdate(structs, deletions);
    }
    case 'far-future clock': {
      if (structs.length === 0) return mutateUpdate(update, 'unknown deletes', context);
      const client = pick(random, structs).id.client;
      const offset = pick(random, [1000, 10 ** 6, 2 ** 31, 2 ** 45]);
      return craftUpdate(
        structs.map((s) => (s.id.client === client ? moved(s, client, s.id.clock + offset) : s)),
        deletions,
      );
    }
    case 'unknown deletes': {
      const client = random() < 0.6 ? victim() : 1 + Math.floor(random() * 2 ** 31);
      const clock = context.nextClockOf(client) + Math.floor(random() * 50);
      return craftUpdate(structs, [...deletions, { client, clock, len: 1 + Math.floor(random() * pick(random, [10, 1000, 10 ** 6])) }]);
    }
    case 'trailing bytes': {
      const extra = new Uint8Array(1 + Math.floor(random() * 4096));
      if (random() < 0.5) for (let i = 0; i < extra.length; i++) extra[i] = Math.floor(random() * 256);
      return craftUpdate(structs, deletions, extra);
    }
    case 'huge length': {
      if (structs.length === 0) return mutateUpdate(update, 'trailing bytes', context);
      const at = Math.floor(random() * structs.length);
      const original = structs[at];
      const length = pick(random, HUGE);
      const id = Y.createID(original.id.client, original.id.clock);
      structs[at] = random() < 0.5 ? new Y.GC(id, length) : new Y.Item(id, null, null, null, null, 'meta' as unknown as Y.AbstractType<unknown>, 'x', new Y.ContentDeleted(length));
      return craftUpdate(structs.slice(0, at + 1), deletions);
    }
    case 'raw bytes': {
      const bytes = update.slice();
      const flips = 1 + Math.floor(random() * 4);
      for (let i = 0; i < flips; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      return bytes;
    }
    case 'another client id': {
      if (structs.length === 0) return mutateUpdate(update, 'unknown deletes', context);
      const client = pick(random, structs).id.client;
      const target = victim();
      let clock = context.nextClockOf(target);
      return craftUpdate(
        structs.filter((s) => s.id.client === client).map((s) => {
          const next = moved(s, target, clock);
          clock += s.length;
          return next;
        }),
      );
    }
    case 'two sections': {
      if (structs.length < 1) return mutateUpdate(update, 'trailing bytes', context);
      const first = structs[0];
      const decoy = new Y.Item(Y.createID(first.id.client + 1, 0), null, null, null, null, 'meta' as unknown as Y.AbstractType<unknown>, 'decoy', new Y.ContentAny([1]));
      return craftUpdate([...structs, decoy, moved(first, first.id.client, first.id.clock + first.length)], deletions);
    }
  }
}
