import * as Y from 'yjs';
import { isValidDocName } from '@/lib/docName';
import type { Sql } from './Sql';
import { readStored } from './storedDoc';

/** A document as stored: the compacted snapshot plus the updates logged after it. */
export interface StoredDoc {
  /** Merged state up to the snapshot's sequence number, or null before the first compaction. */
  snapshot: Uint8Array | null;
  /** Logged updates newer than the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Highest sequence number the snapshot or the log covers; 0 for a document never written. */
  lastSeq: number;
  /** Size of `updates` in bytes (the snapshot not included). */
  logBytes: number;
}

/** Storage for Yjs documents: an append-only update log, compacted into one snapshot per doc. */
export interface DocStore {
  /** The snapshot (or null) and the updates logged after it, read as one consistent view. */
  load(docName: string): Promise<StoredDoc>;
  /**
   * Logs `updates` in order in one statement (one round trip, so a batch is one group commit).
   * Returns the highest sequence number written, or 0 when `updates` is empty.
   */
  append(docName: string, updates: Uint8Array[]): Promise<number>;
  /**
   * Logs the updates of several documents in one statement (one commit for all of them), each
   * document's in order. Resolves with the highest sequence number written per document.
   */
  appendMany(batches: readonly DocBatch[]): Promise<Map<string, number>>;
  /**
   * Stores `state` as the snapshot and drops logged updates with seq <= `uptoSeq`, atomically.
   * `state` must contain every update up to `uptoSeq`; updates logged later stay in the log.
   * A snapshot never replaces one that covers a higher `uptoSeq`.
   */
  writeSnapshot(docName: string, state: Uint8Array, uptoSeq: number): Promise<void>;
  /**
   * Folds the log into the snapshot for a document nobody holds in memory. Returns how many
   * updates the log held before and after (after > 0 only if someone appended meanwhile).
   */
  compact(docName: string): Promise<{ before: number; after: number }>;
  /** Size of the update log (count and bytes) and whether a snapshot exists. */
  stats(docName: string): Promise<{ updates: number; bytes: number; hasSnapshot: boolean }>;
}

/** Updates of one document, in the order they were applied. */
export interface DocBatch {
  docName: string;
  updates: Uint8Array[];
}

/**
 * Advisory-lock namespace (first key of the two-int4 form, so it never meets the single-bigint
 * key of the migrations lock) under which appends to one document are serialised.
 */
const DOC_APPEND_LOCK_CLASS = 0x706c616e; // "plan"

/**
 * The embedded database takes one writer at a time (SQLite's write lock, across processes too),
 * so commit order is seq order without further locking. One prepared insert per update, all
 * runs in one commit (Sql.queryEach).
 */
const APPEND_ONE = 'insert into doc_updates (doc_name, data) values ($1, $2) returning seq';

/**
 * On a shared server database, sequence numbers are handed out before commit, so without a lock
 * two writers to one doc could commit out of order: a compaction could then see seq 11, not yet
 * seq 10, and delete 10 without having merged it. Holding a per-doc lock from nextval() to commit
 * makes commit order equal seq order within a doc. The locks are taken in key order (so two
 * instances writing overlapping sets of documents cannot deadlock), all before any row: the
 * lock CTE is volatile and joined as one row. They are released when this statement commits.
 */
const APPEND_SHARED = `with doc_lock as (
         select count(*) as taken
           from (select pg_advisory_xact_lock($1, lock_key)
                   from (select distinct hashtext(name) as lock_key
                           from unnest($2::text[]) as name
                          order by lock_key) as keys) as locks)
       insert into doc_updates (doc_name, data)
       select batch.doc_name, batch.data
         from doc_lock, unnest($2::text[], $3::bytea[]) with ordinality as batch(doc_name, data, position)
        order by batch.position -- within one statement, sequence numbers follow insertion order
       returning doc_name, seq`;

export function createDocStore(sql: Sql): DocStore {
  async function load(docName: string): Promise<StoredDoc> {
    assertDocName(docName);
    // One statement sees one snapshot of the database, so a compaction committing between
    // "read the snapshot" and "read the log" cannot make us miss the rows it deleted.
    const rows = await sql.query<{ is_update: boolean; seq: number; data: Uint8Array }>(
      `select false as is_update, upto_seq as seq, data
         from doc_snapshots where doc_name = $1
       union all
       select true as is_update, seq, data
         from doc_updates
        where doc_name = $1
          and seq > coalesce((select upto_seq from doc_snapshots where doc_name = $1), 0)
       order by is_update, seq`,
      [docName],
    );
    let snapshot: Uint8Array | null = null;
    const updates: Uint8Array[] = [];
    let lastSeq = 0;
    let logBytes = 0;
    for (const row of rows) {
      if (row.is_update) {
        updates.push(row.data);
        logBytes += row.data.byteLength;
      } else {
        snapshot = row.data;
      }
      lastSeq = Math.max(lastSeq, row.seq);
    }
    return { snapshot, updates, lastSeq, logBytes };
  }

  async function append(docName: string, updates: Uint8Array[]): Promise<number> {
    const written = await appendMany([{ docName, updates }]);
    return written.get(docName) ?? 0;
  }

  async function appendMany(batches: readonly DocBatch[]): Promise<Map<string, number>> {
    for (const batch of batches) assertDocName(batch.docName);
    const names: string[] = [];
    const data: Uint8Array[] = [];
    for (const batch of batches) {
      for (const update of batch.updates) {
        names.push(batch.docName);
        data.push(update);
      }
    }
    const written = new Map<string, number>();
    if (data.length === 0) return written;
    if (sql.dialect === 'sqlite') {
      const runs = await sql.queryEach<{ seq: number }>(APPEND_ONE, names.map((name, i) => [name, data[i]]));
      runs.forEach(([row], i) => written.set(names[i], Math.max(written.get(names[i]) ?? 0, row.seq)));
    } else {
      const rows = await sql.query<{ doc_name: string; seq: number }>(APPEND_SHARED, [DOC_APPEND_LOCK_CLASS, names, data]);
      for (const row of rows) written.set(row.doc_name, Math.max(written.get(row.doc_name) ?? 0, row.seq));
    }
    return written;
  }

  async function writeSnapshot(docName: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    assertDocName(docName);
    if (!Number.isSafeInteger(uptoSeq) || uptoSeq < 0) throw new Error(`uptoSeq must be a non-negative integer, got ${uptoSeq}`);
    await sql.transaction(async (tx) => {
      await tx.query(
        `insert into doc_snapshots (doc_name, data, upto_seq, updated_at)
         values ($1, $2, $3, now())
         on conflict (doc_name) do update
           set data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at
           where doc_snapshots.upto_seq <= excluded.upto_seq`,
        [docName, state, uptoSeq],
      );
      // Safe even when a newer snapshot won above: it covers these rows too.
      await tx.query('delete from doc_updates where doc_name = $1 and seq <= $2', [docName, uptoSeq]);
    });
  }

  async function compact(docName: string): Promise<{ before: number; after: number }> {
    const stored = await load(docName);
    const before = stored.updates.length;
    if (before === 0) return { before, after: 0 };
    await writeSnapshot(docName, readStored(stored, (doc) => Y.encodeStateAsUpdate(doc)), stored.lastSeq);
    const { updates: after } = await stats(docName);
    return { before, after };
  }

  async function stats(docName: string): Promise<{ updates: number; bytes: number; hasSnapshot: boolean }> {
    assertDocName(docName);
    const [row] = await sql.query<{ updates: number; bytes: number; has_snapshot: boolean | number }>(
      `select count(*) as updates,
              coalesce(sum(octet_length(data)), 0)::int8 as bytes,
              exists (select 1 from doc_snapshots where doc_name = $1) as has_snapshot
         from doc_updates where doc_name = $1`,
      [docName],
    );
    return { updates: Number(row.updates), bytes: Number(row.bytes), hasSnapshot: Boolean(row.has_snapshot) };
  }

  return { load, append, appendMany, writeSnapshot, compact, stats };
}

function assertDocName(docName: string): void {
  if (!isValidDocName(docName)) throw new Error(`Invalid document name: ${JSON.stringify(docName.slice(0, 80))}`);
}
