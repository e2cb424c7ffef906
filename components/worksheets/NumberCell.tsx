'use client';
import { useState } from 'react';

/**
 * A number input for one cell of a live sheet: while it has focus it shows what the person is
 * typing (so "4," or an emptied cell is not overwritten mid-edit); otherwise the shared value.
 * At least 44 px high for fingers; `inputMode` brings up the numeric keypad on tablets.
 */
export function NumberCell({ value, label, disabled, onInput, testId }: { value: number | undefined; label: string; disabled: boolean; onInput: (text: string) => void; testId?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      data-testid={testId}
      disabled={disabled}
      value={draft ?? (value === undefined ? '' : String(value))}
      onFocus={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        onInput(event.currentTarget.value);
      }}
      style={{ minHeight: 44, width: '4.5em', fontSize: 18, textAlign: 'center' }}
    />
  );
}
