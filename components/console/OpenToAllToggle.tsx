'use client';

import type * as Y from 'yjs';
import { META_OPEN } from '@/lib/board/docMeta';
import { useMetaValue } from '@/components/board/session/useMetaValue';
import { useJsonAction } from '@/components/ui/useJsonAction';

const readOpen = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/**
 * Opens one group's board for every group's writes (a shared sheet), or gives it back to its
 * own group. The state shown is the board's own `meta` (the server mirrors it there), so it is
 * live; the server decides who writes.
 */
export function OpenToAllToggle({ docName, ydoc, labels }: { docName: string; ydoc: Y.Doc | null; labels: { openToAll: string; onlyItsGroup: string; openToAllBadge: string; failed: string } }) {
  const open = useMetaValue(ydoc, META_OPEN, readOpen) ?? false;
  const { send, failed, busy } = useJsonAction();
  return (
    <>
      {open && <span className="plano-badge" data-testid="console-open-badge">{labels.openToAllBadge}</span>}
      <button
        type="button"
        className="plano-button secondary"
        disabled={busy || !ydoc}
        aria-pressed={open}
        onClick={() => void send('PUT', `/api/boards/${docName}/open`, { open: !open })}
        data-testid="console-open-to-all"
      >
        {open ? labels.onlyItsGroup : labels.openToAll}
      </button>
      {failed && (
        <span className="plano-error" role="alert">
          {labels.failed}
        </span>
      )}
    </>
  );
}
