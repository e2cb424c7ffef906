'use client';
import { useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { SheetPeer } from '@/lib/worksheets/sheetPresence';
import { CellFrame, changedNotice, useChangeWhileIn } from './CellPresence';

export interface NumberCellProps {
  value: number | undefined;
  label: string;
  disabled: boolean;
  /** Writes what the person typed; answers why not when the text is no acceptable number. */
  onInput: (text: string) => string | null;
  testId?: string;
  t: Dictionary;
  /** The others whose caret is in this cell. */
  peers: readonly SheetPeer[];
  /** Who wrote the current value, when still on the sheet. */
  writer: () => string | null;
  onPresence: (inCell: boolean) => void;
  /** Why the stored value does not count (e.g. off its criterion's scale), shown until it is fixed. */
  flag?: string | null;
}

/**
 * A number input for one cell of a live sheet: while it has focus it shows what the person is
 * typing (so "4," or an emptied cell is not overwritten mid-edit); otherwise the shared value.
 * Text that is no acceptable number is not written, and the cell says why. At least 44 px high
 * for fingers; `inputMode` brings up the numeric keypad on tablets.
 */
export function NumberCell({ value, label, disabled, onInput, testId, t, peers, writer, onPresence, flag = null }: NumberCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const watch = useChangeWhileIn(value);
  const notice = watch.changed ? changedNotice(t, writer(), value === undefined ? '' : String(value)) : null;
  return (
    <CellFrame peers={peers} notice={notice} t={t}>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={problem !== null || flag !== null}
        data-testid={testId}
        disabled={disabled}
        value={draft ?? (value === undefined ? '' : String(value))}
        onFocus={(event) => {
          setDraft(event.currentTarget.value);
          watch.enter();
          onPresence(true);
        }}
        onBlur={() => {
          setDraft(null);
          setProblem(null);
          watch.leave();
          onPresence(false);
        }}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const refused = onInput(text);
          setProblem(refused);
          if (refused === null) watch.own(text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));
        }}
        style={{ minHeight: 44, width: '4.5em', fontSize: 18, textAlign: 'center', borderColor: problem || flag ? 'var(--plano-danger)' : undefined }}
      />
      {flag && !problem && (
        <small className="plano-error" data-testid="cell-flag" style={{ display: 'block', maxWidth: '9em' }}>
          {flag}
        </small>
      )}
      {problem && (
        <small role="alert" className="plano-error" data-testid="cell-problem" style={{ display: 'block', maxWidth: '9em' }}>
          {problem}
        </small>
      )}
    </CellFrame>
  );
}
