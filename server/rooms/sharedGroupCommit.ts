/**
 * One group commit for all the rooms of a process. Each room already writes its own updates
 * together; this also writes different rooms' updates together: what rooms ask to store while a
 * write is in flight goes out in the next single statement. With many busy rooms that is one
 * commit where there were many, and on the embedded database (one query at a time, on the event
 * loop) no room waits behind a queue of other rooms' writes.
 */
import type { DocBatch, DocStore } from '../db/docStore';
import type { RoomStorage } from './Room';

/** Stores every batch in one commit (the doc store's appendMany). */
export type BatchWriter = Pick<DocStore, 'appendMany'>;

export interface SharedGroupCommitOptions {
  /**
   * Writes allowed in flight at once. 1 for the embedded database (it runs one query at a time
   * anyway); a server database commits several at once, so a few writes may overlap.
   */
  maxInFlight: number;
}

interface Waiting extends DocBatch {
  resolve(seq: number): void;
  reject(error: unknown): void;
}

export function sharedGroupCommit(writer: BatchWriter, options: SharedGroupCommitOptions): Pick<RoomStorage, 'append'> {
  if (!Number.isInteger(options.maxInFlight) || options.maxInFlight < 1) throw new Error(`maxInFlight must be a positive integer, got ${options.maxInFlight}`);
  let queue: Waiting[] = [];
  let inFlight = 0;

  function pump(): void {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue;
      queue = [];
      inFlight++;
      void write(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  async function write(batch: Waiting[]): Promise<void> {
    try {
      const written = await writer.appendMany(batch);
      for (const waiting of batch) waiting.resolve(written.get(waiting.docName) ?? 0);
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One room's failure must not become everyone's: each is tried alone, and only the ones
      // that fail again see an error (and retry through their room's own backoff).
      await Promise.all(
        batch.map((waiting) =>
          writer.appendMany([waiting]).then(
            (written) => waiting.resolve(written.get(waiting.docName) ?? 0),
            (alone: unknown) => waiting.reject(alone),
          ),
        ),
      );
    }
  }

  return {
    append(docName, updates) {
      if (updates.length === 0) return Promise.resolve(0);
      return new Promise<number>((resolve, reject) => {
        queue.push({ docName, updates, resolve, reject });
        pump();
      });
    },
  };
}
