'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_LOCKED, META_MAP } from '@/lib/board/docMeta';
import { format } from '@/lib/i18n/translate';

export interface GroupBoardsLockLabels {
  lockTitle: string;
  lockAll: string;
  unlockAll: string;
  /** With `{locked}` and `{total}`. */
  lockedCount: string;
  timeUpLock: string;
  lockFailed: string;
}

/** How many of these boards are locked now, live from each board's `meta` (the server mirrors the lock there). */
function useLockedCount(docs: readonly Y.Doc[]): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const maps = docs.map((doc) => doc.getMap<unknown>(META_MAP));
    const read = () => setCount(maps.filter((meta) => meta.get(META_LOCKED) === true).length);
    read();
    for (const meta of maps) meta.observe(read);
    return () => {
      for (const meta of maps) meta.unobserve(read);
    };
  }, [docs]);
  return count;
}

/**
 * Lock every group board of the session at once (the server refuses the groups' writes from
 * then on), and unlock them. When the session timer runs out, the lock is offered prominently.
 */
export function GroupBoardsLock({ workshopId, groupDocs, timeUp, labels }: { workshopId: string; groupDocs: readonly Y.Doc[]; timeUp: boolean; labels: GroupBoardsLockLabels }) {
  const locked = useLockedCount(groupDocs);
  const total = groupDocs.length;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (total === 0) return null;

  const setLocked = async (next: boolean) => {
    setBusy(true);
    setFailed(false);
    try {
      const response = await fetch(`/api/workshops/${workshopId}/groups/lock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locked: next }) });
      if (!response.ok) setFailed(true);
    } catch (error) {
      console.error('locking the group boards failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const allLocked = locked === total;
  const offerLock = timeUp && !allLocked;
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', padding: offerLock ? 12 : 0, borderRadius: 12, background: offerLock ? '#fff5f5' : undefined, border: offerLock ? '2px solid #c53030' : undefined }}
      data-testid="group-boards-lock"
      data-locked={locked}
      data-total={total}
    >
      <strong>{labels.lockTitle}</strong>
      {offerLock && (
        <span role="alert" style={{ color: '#c53030', fontWeight: 700 }} data-testid="time-up-lock-prompt">
          {labels.timeUpLock}
        </span>
      )}
      <span className="plano-muted" data-testid="group-boards-locked-count">
        {format(labels.lockedCount, { locked, total })}
      </span>
      {!allLocked && (
        <button type="button" className="plano-button" style={{ minHeight: 44 }} disabled={busy} onClick={() => void setLocked(true)} data-testid="lock-all-group-boards">
          {labels.lockAll}
        </button>
      )}
      {locked > 0 && (
        <button type="button" className="plano-button secondary" style={{ minHeight: 44 }} disabled={busy} onClick={() => void setLocked(false)} data-testid="unlock-all-group-boards">
          {labels.unlockAll}
        </button>
      )}
      {failed && (
        <span className="plano-error" role="alert">
          {labels.lockFailed}
        </span>
      )}
    </div>
  );
}
