/**
 * A board's last good snapshot (see docSize.ts GOOD_SHARE): kept by the room after a compaction
 * that found the board well within its size limit, and what the facilitator restores a full
 * board to. One per document, replaced each time.
 */
import { isValidDocName } from '@/lib/docName';
import type { Sql } from './Sql';

export interface DocCheckpoint {
  state: Uint8Array;
  takenAt: Date;
}

export async function saveCheckpoint(sql: Sql, docName: string, state: Uint8Array): Promise<void> {
  if (!isValidDocName(docName)) throw new Error(`Invalid document name: ${JSON.stringify(docName.slice(0, 80))}`);
  await sql.query(
    `insert into doc_checkpoints (doc_name, data, taken_at) values ($1, $2, now())
     on conflict (doc_name) do update set data = excluded.data, taken_at = excluded.taken_at`,
    [docName, state],
  );
}

export async function loadCheckpoint(sql: Sql, docName: string): Promise<DocCheckpoint | null> {
  const [row] = await sql.query<{ data: Uint8Array; taken_at: Date }>('select data, taken_at from doc_checkpoints where doc_name = $1', [docName]);
  return row ? { state: row.data, takenAt: row.taken_at } : null;
}
