'use client';
import { useEffect, useRef, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { pick } from '@/lib/i18n/bilingual';
import { format, type Lang } from '@/lib/i18n/translate';
import type { CellValue, ColumnSpec } from '@/lib/worksheets/tableForm';
import { cellInputOf, formatDecimal } from './tableSheetWrites';

/** Fingers need 44 px; 16 px text keeps iOS from zooming into a focused field. */
const FIELD = { minHeight: 44, fontSize: 16, boxSizing: 'border-box', width: '100%' } as const;

interface CellProps {
  column: ColumnSpec;
  value: CellValue | undefined;
  /** What a screen reader announces: "<column> of <row>". */
  label: string;
  disabled: boolean;
  lang: Lang;
  t: Dictionary;
  /** null clears the cell. */
  onChange: (value: CellValue | null) => void;
}

/** The editor for one cell, by the column's type. */
export function TableCell(props: CellProps) {
  switch (props.column.type) {
    case 'check':
      return <CheckCell {...props} />;
    case 'choice':
      return <ChoiceCell {...props} />;
    case 'number':
      return <NumberInputCell {...props} />;
    default:
      return <TextCell {...props} />;
  }
}

/**
 * While a field has focus it shows what the person is typing, so a remote edit of the same cell
 * (or the stored form of "12," ) does not move the caret mid-word; otherwise the shared value.
 */
function useDraft(shared: string) {
  const [draft, setDraft] = useState<string | null>(null);
  return { text: draft ?? shared, focus: () => setDraft(shared), blur: () => setDraft(null), type: setDraft };
}

function TextCell({ column, value, label, disabled, onChange }: CellProps) {
  const draft = useDraft(typeof value === 'string' ? value : '');
  const common = {
    'aria-label': label,
    'data-testid': 'table-cell',
    'data-column': column.id,
    disabled,
    value: draft.text,
    onFocus: draft.focus,
    onBlur: draft.blur,
    style: FIELD,
  };
  if (column.type === 'longText') {
    return (
      <textarea
        {...common}
        rows={2}
        onChange={(event) => {
          draft.type(event.currentTarget.value);
          onChange(event.currentTarget.value === '' ? null : event.currentTarget.value);
        }}
        style={{ ...FIELD, minWidth: '16em', resize: 'vertical' }}
      />
    );
  }
  return (
    <input
      {...common}
      type="text"
      enterKeyHint="next"
      onChange={(event) => {
        draft.type(event.currentTarget.value);
        onChange(event.currentTarget.value === '' ? null : event.currentTarget.value);
      }}
      style={{ ...FIELD, minWidth: column.id === 'unit' ? '6em' : '10em' }}
    />
  );
}

function NumberInputCell({ column, value, label, disabled, lang, t, onChange }: CellProps) {
  const draft = useDraft(typeof value === 'number' ? formatDecimal(value, lang) : '');
  const [problem, setProblem] = useState<'notANumber' | 'outOfRange' | null>(null);
  return (
    <span style={{ display: 'block' }}>
      <input
        type="text"
        inputMode="decimal"
        enterKeyHint="next"
        aria-label={label}
        aria-invalid={problem !== null}
        data-testid="table-cell"
        data-column={column.id}
        disabled={disabled}
        value={draft.text}
        onFocus={draft.focus}
        onBlur={() => {
          draft.blur();
          setProblem(null);
        }}
        onChange={(event) => {
          const text = event.currentTarget.value;
          draft.type(text);
          const input = cellInputOf(column, text);
          setProblem(input.ok ? null : input.problem);
          if (input.ok) onChange(input.value);
        }}
        style={{ ...FIELD, width: '6.5em', textAlign: 'right', borderColor: problem ? 'var(--plano-danger)' : undefined }}
      />
      {problem && (
        <small role="alert" className="plano-error" data-testid="cell-problem">
          {format(t.tables[problem], { text: draft.text })}
        </small>
      )}
    </span>
  );
}

function ChoiceCell({ column, value, label, disabled, lang, onChange }: CellProps) {
  return (
    <select
      aria-label={label}
      data-testid="table-cell"
      data-column={column.id}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
      style={{ ...FIELD, minWidth: '9em' }}
    >
      <option value="">—</option>
      {(column.choices ?? []).map((choice) => (
        <option key={choice.id} value={choice.id}>
          {pick(choice.label, lang)}
        </option>
      ))}
    </select>
  );
}

/** A big checkbox; a cell nobody has ticked or unticked yet shows as undecided. */
function CheckCell({ column, value, label, disabled, t, onChange }: CellProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = value === undefined;
  }, [value]);
  return (
    <label style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: 44, minWidth: 44, cursor: disabled ? 'default' : 'pointer' }} title={value === undefined ? t.tables.unset : undefined}>
      <input
        ref={ref}
        type="checkbox"
        aria-label={label}
        data-testid="table-cell"
        data-column={column.id}
        disabled={disabled}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        style={{ width: 28, height: 28, margin: 0 }}
      />
    </label>
  );
}
