'use client';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The name of an issue or a criterion, editable in place: while it has focus it shows what the
 * person is typing, and the new name is written when they leave the field or press Enter (a
 * half-typed name never reaches the other screens). The field wraps and grows with the name, so a
 * long issue is read whole, never cut at the field's edge. At least 44 px high for fingers.
 */
export function RankingLabelCell({ value, label, disabled, onCommit, testId, minWidth = '8em' }: { value: string; label: string; disabled: boolean; onCommit: (text: string) => void; testId?: string; minWidth?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Escape blurs the field too; the blur must then not write the draft it is throwing away.
  const cancelled = useRef(false);
  const shown = draft ?? value;
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${Math.max(44, element.scrollHeight + 2)}px`;
  }, [shown]);
  const commit = () => {
    if (!cancelled.current && draft !== null && draft.trim() && draft.trim() !== value) onCommit(draft.replace(/\s*\n\s*/g, ' '));
    cancelled.current = false;
    setDraft(null);
  };
  if (disabled) return <span data-testid={testId} style={{ overflowWrap: 'anywhere' }}>{value}</span>;
  return (
    <textarea
      ref={field}
      aria-label={label}
      data-testid={testId}
      maxLength={200}
      rows={1}
      // Without cols a textarea asks for about 20 characters of width, which would widen its column.
      cols={1}
      value={shown}
      onFocus={() => setDraft(value)}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          event.currentTarget.blur();
        }
        if (event.key === 'Escape') {
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
      style={{ minHeight: 44, fontSize: 16, minWidth, width: '100%', resize: 'none', overflow: 'hidden', lineHeight: 1.3, padding: '10px 8px', boxSizing: 'border-box' }}
    />
  );
}
