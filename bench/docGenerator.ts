/**
 * Realistic small Yjs updates for the cold-load test: three authors editing one board, each edit
 * one update (as a live client sends them): shapes placed, moved, re-labelled and removed in a
 * Y.Map, ids inserted into and removed from a Y.Array (z-order), words typed and deleted in a
 * Y.Text (notes). Deterministic for a given seed.
 */
import * as Y from 'yjs';

export interface GeneratedLog {
  updates: Uint8Array[];
  bytes: number;
  /** The content the updates build, as `contentOf` gives it. */
  content: BoardContent;
}

export interface BoardContent {
  shapes: Record<string, unknown>;
  order: unknown[];
  notes: string;
}

const AUTHORS = 3;
/** Distinct shapes on the board: a big workshop board (each one placed, moved and edited many times). */
const SHAPE_KEYS = 600;
const WORDS = ['air', 'bersih', 'pipa', 'meter', 'tarif', 'keluhan', 'layanan', 'debit', 'tekanan', 'pelanggan', 'bocor', 'jadwal'];
const COLORS = ['yellow', 'blue', 'green', 'red', 'violet'];

/** The shared types of a board as plain JSON; the same accessors on every doc. */
export function contentOf(doc: Y.Doc): BoardContent {
  return {
    shapes: doc.getMap('shapes').toJSON(),
    order: doc.getArray('order').toJSON(),
    notes: doc.getText('notes').toString(),
  };
}

/** JSON with object keys sorted, so equal content gives equal text whatever the insertion order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function generateUpdateLog(count: number, seed = 0x5eed): GeneratedLog {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (n: number) => Math.floor(random() * n);
  const docs = Array.from({ length: AUTHORS }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    return doc;
  });
  const updates: Uint8Array[] = [];
  docs.forEach((doc, author) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'peer') return;
      updates.push(update);
      // The other authors receive it, as through the server.
      docs.forEach((other, i) => i !== author && Y.applyUpdate(other, update, 'peer'));
    });
  });

  // Where each author is typing in the notes: people type at a cursor, and now and then move it.
  const cursors = docs.map(() => 0);
  try {
    for (let step = 0; updates.length < count && step < count * 4; step++) {
      const author = int(AUTHORS);
      const doc = docs[author];
      const shapes = doc.getMap<Record<string, unknown>>('shapes');
      const order = doc.getArray<string>('order');
      const notes = doc.getText('notes');
      const roll = random();
      if (roll < 0.6) {
        // Place or move a shape (moves overwrite, leaving tombstones like a real board).
        const key = `shape:${int(SHAPE_KEYS)}`;
        const previous = shapes.get(key);
        shapes.set(key, {
          x: int(4000),
          y: int(3000),
          w: 160 + int(120),
          h: 100 + int(80),
          color: pick(COLORS),
          text: previous && typeof previous.text === 'string' && random() < 0.7 ? previous.text : `${pick(WORDS)} ${pick(WORDS)}`,
        });
      } else if (roll < 0.68) {
        const key = `shape:${int(SHAPE_KEYS)}`;
        if (shapes.has(key)) shapes.delete(key);
        else shapes.set(key, { x: int(4000), y: int(3000), w: 160, h: 100, color: pick(COLORS), text: pick(WORDS) });
      } else if (roll < 0.76) {
        // Mostly new shapes on top, sometimes re-ordered into the middle.
        order.insert(random() < 0.8 ? order.length : int(order.length + 1), [`shape:${int(SHAPE_KEYS)}`]);
      } else if (roll < 0.82) {
        if (order.length > 0) order.delete(random() < 0.5 ? order.length - 1 : int(order.length), 1);
      } else {
        if (random() < 0.05) cursors[author] = int(notes.length + 1);
        const at = Math.min(cursors[author], notes.length);
        if (random() < 0.85 || at < 4) {
          const word = `${pick(WORDS)} `;
          notes.insert(at, word);
          cursors[author] = at + word.length;
        } else {
          const length = 1 + int(3);
          notes.delete(at - length, length);
          cursors[author] = at - length;
        }
      }
    }
    if (updates.length < count) throw new Error(`generated only ${updates.length} of ${count} updates`);
    const log = updates.slice(0, count);
    const rebuilt = rebuild(log);
    const content = contentOf(rebuilt);
    rebuilt.destroy();
    return { updates: log, bytes: log.reduce((sum, update) => sum + update.byteLength, 0), content };
  } finally {
    for (const doc of docs) doc.destroy();
  }
}

function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** A small, fast, seedable PRNG (public domain). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
