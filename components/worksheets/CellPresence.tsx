'use client';
import { useState, type CSSProperties, type ReactNode } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { SheetPeer } from '@/lib/worksheets/sheetPresence';

const CHIP: CSSProperties = { position: 'absolute', top: -9, left: 6, zIndex: 2, padding: '0 6px', borderRadius: 6, color: '#fff', fontSize: 12, lineHeight: '18px', whiteSpace: 'nowrap', pointerEvents: 'none' };

/**
 * A cell's frame: the names of the others whose caret is in it (their colour around the cell), so
 * two people see at once that they are typing in the same place; and, for a single value (a number,
 * a choice, a tick) which the last writer decides, a note when someone else changed it while this
 * person was in it.
 */
export function CellFrame({ peers, notice, t, children }: { peers: readonly SheetPeer[]; notice: string | null; t: Dictionary; children: ReactNode }) {
  const first = peers[0];
  return (
    <div style={{ position: 'relative', borderRadius: 6, boxShadow: first ? `0 0 0 3px ${first.color}` : undefined }} data-testid="cell-frame" data-peers={peers.map((peer) => peer.name).join(', ') || undefined}>
      {first && (
        <span data-testid="cell-peer" style={{ ...CHIP, background: first.color }} aria-live="polite">
          {format(t.worksheets.typingHere, { names: peers.map((peer) => peer.name).join(', ') })}
        </span>
      )}
      {children}
      {notice && (
        <small role="status" data-testid="cell-changed-by" style={{ display: 'block', color: '#92400e', fontSize: 13 }}>
          {notice}
        </small>
      )}
    </div>
  );
}

/**
 * Notices a change of a single-value cell made by someone else while this person is in it: `enter`
 * and `leave` follow the caret, `own` records what this person wrote (which is not news to them).
 */
export function useChangeWhileIn<V>(value: V) {
  const [seen, setSeen] = useState<{ value: V } | null>(null);
  return {
    enter: () => setSeen({ value }),
    leave: () => setSeen(null),
    own: (next: V) => setSeen((current) => (current ? { value: next } : current)),
    changed: seen !== null && seen.value !== value,
  };
}

/** The note for a changed cell: by name when the writer is still on the sheet. */
export function changedNotice(t: Dictionary, writer: string | null, value: string): string {
  const shown = value || t.worksheets.emptyValue;
  return writer ? format(t.worksheets.changedBy, { name: writer, value: shown }) : format(t.worksheets.changedByOther, { value: shown });
}
