'use client';
import { useRef, useState } from 'react';

/**
 * The name of an issue or a criterion, editable in place: while it has focus it shows what the
 * person is typing, and the new name is written when they leave the field or press Enter (a
 * half-typed name never reaches the other screens). At least 44 px high for fingers.
 */
export function RankingLabelCell({ value, label, disabled, onCommit, testId }: { value: string; label: string; disabled: boolean; onCommit: (text: string) => void; testId?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  // Escape blurs the field too; the blur must then not write the draft it is throwing away.
  const cancelled = useRef(false);
  const commit = () => {
    if (!cancelled.current && draft !== null && draft.trim() && draft.trim() !== value) onCommit(draft);
    cancelled.current = false;
    setDraft(null);
  };
  if (disabled) return <span data-testid={testId}>{value}</span>;
  return (
    <input
      type="text"
      aria-label={label}
      data-testid={testId}
      maxLength={200}
      value={draft ?? value}
      onFocus={() => setDraft(value)}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
      style={{ minHeight: 44, fontSize: 16, minWidth: '10em', width: '100%' }}
    />
  );
}
