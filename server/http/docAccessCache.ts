/**
 * What the server knows about each open document's access rules (locked, open for participants),
 * kept in memory so that every incoming message can be checked synchronously. A facilitator's
 * change on this instance updates it at once; entries older than `ttlMs` are refreshed from the
 * database in the background, so another instance's change reaches this one within that time.
 */
import type { DocAccessInfo } from '@/lib/auth/capabilities';
import type { Sql } from '../db/Sql';
import { getDoc } from '../db/workshops';
import type { Logger } from '../log';
import { accessInfo } from './docAccess';

interface Entry {
  info: DocAccessInfo;
  fetchedAt: number;
  refreshing: boolean;
}

export interface DocAccessCache {
  /** The latest known rules; starts a background refresh when they are older than the TTL. */
  current(docName: string, fallback: DocAccessInfo): DocAccessInfo;
  /** Records rules just read from or written to the database. */
  set(docName: string, info: DocAccessInfo): void;
}

export function createDocAccessCache(sql: Sql, log: Logger, ttlMs = 2000, now: () => number = Date.now): DocAccessCache {
  const entries = new Map<string, Entry>();
  const MAX_ENTRIES = 10_000;

  function refresh(docName: string, entry: Entry): void {
    entry.refreshing = true;
    getDoc(sql, docName).then(
      (doc) => {
        entry.refreshing = false;
        if (doc) entries.set(docName, { info: accessInfo(doc), fetchedAt: now(), refreshing: false });
      },
      (error: unknown) => {
        entry.refreshing = false;
        log.warn('refreshing document access failed; keeping the last known rules', { doc: docName, error: String(error) });
      },
    );
  }

  return {
    current(docName, fallback) {
      let entry = entries.get(docName);
      if (!entry) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entry = { info: fallback, fetchedAt: now(), refreshing: false };
        entries.set(docName, entry);
      }
      if (!entry.refreshing && now() - entry.fetchedAt > ttlMs) refresh(docName, entry);
      return entry.info;
    },
    set(docName, info) {
      entries.set(docName, { info, fetchedAt: now(), refreshing: false });
    },
  };
}
