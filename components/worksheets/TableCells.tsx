'use client';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { pick } from '@/lib/i18n/bilingual';
import { format, type Lang } from '@/lib/i18n/translate';
import type { SheetPeer } from '@/lib/worksheets/sheetPresence';
import type { CellValue, ColumnSpec } from '@/lib/worksheets/tableForm';
import { isTextColumn } from '@/lib/worksheets/tableSheet';
import { CellFrame, changedNotice, useChangeWhileIn } from './CellPresence';
import { SharedTextCell } from './SharedTextCell';
import { cellText } from './tableDisplay';
import { cellInputOf, formatDecimal } from './tableSheetWrites';

/** Fingers need 44 px; 16 px text keeps iOS from zooming into a focused field. */
const FIELD = { minHeight: 44, fontSize: 16, boxSizing: 'border-box', width: '100%' } as const;

export interface CellProps {
  ydoc: Y.Doc;
  rowId: string;
  column: ColumnSpec;
  /** The cell's value, for the single-value types (text cells read their Y.Text themselves). */
  value: CellValue | undefined;
  /** What a screen reader announces: "<column> of <row>". */
  label: string;
  disabled: boolean;
  lang: Lang;
  t: Dictionary;
  /** The others whose caret is in this cell. */
  peers: readonly SheetPeer[];
  /** Who wrote the cell's current value, when still on the sheet. */
  writer: () => string | null;
  /** Told when this person's caret enters or leaves the cell. */
  onPresence: (inCell: boolean) => void;
  /** null clears the cell. */
  onChange: (value: CellValue | null) => void;
}

/** The editor for one cell, by the column's type, in a frame that shows who else is in it. */
export function TableCell(props: CellProps) {
  if (isTextColumn(props.column)) {
    return (
      <CellFrame peers={props.peers} notice={null} t={props.t}>
        <SharedTextCell
          ydoc={props.ydoc}
          rowId={props.rowId}
          columnId={props.column.id}
          multiline={props.column.type === 'longText'}
          label={props.label}
          disabled={props.disabled}
          testId="table-cell"
          onPresence={props.onPresence}
        />
      </CellFrame>
    );
  }
  return <ValueCell {...props} />;
}

/** A number, a choice or a tick: one value, the last writer's; a change by someone else while here is said. */
function ValueCell(props: CellProps) {
  const watch = useChangeWhileIn(props.value);
  const notice = watch.changed ? changedNotice(props.t, props.writer(), cellText(props.value, props.column, props.lang, props.t)) : null;
  const wrapped: CellProps = {
    ...props,
    onPresence: (inCell) => {
      if (inCell) watch.enter();
      else watch.leave();
      props.onPresence(inCell);
    },
    onChange: (value) => {
      watch.own(value ?? undefined);
      props.onChange(value);
    },
  };
  const editor = props.column.type === 'check' ? <CheckCell {...wrapped} /> : props.column.type === 'choice' ? <ChoiceCell {...wrapped} /> : <NumberInputCell {...wrapped} />;
  return (
    <CellFrame peers={props.peers} notice={notice} t={props.t}>
      {editor}
    </CellFrame>
  );
}

/**
 * While a field has focus it shows what the person is typing, so a remote edit of the same cell
 * (or the stored form of "12," ) does not move the caret mid-word; otherwise the shared value.
 */
function useDraft(shared: string) {
  const [draft, setDraft] = useState<string | null>(null);
  return { text: draft ?? shared, focus: () => setDraft(shared), blur: () => setDraft(null), type: setDraft };
}

function NumberInputCell({ column, value, label, disabled, lang, t, onChange, onPresence }: CellProps) {
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
        onFocus={() => {
          draft.focus();
          onPresence(true);
        }}
        onBlur={() => {
          draft.blur();
          setProblem(null);
          onPresence(false);
        }}
        onChange={(event) => {
          const text = event.currentTarget.value;
          draft.type(text);
          const input = cellInputOf(column, text);
          setProblem(input.ok ? null : input.problem);
          if (input.ok) onChange(input.value);
        }}
        style={{ ...FIELD, minWidth: '4.5em', textAlign: 'right', borderColor: problem ? 'var(--plano-danger)' : undefined }}
      />
      {problem && (
        <small role="alert" className="plano-error" data-testid="cell-problem">
          {format(t.tables[problem], { text: draft.text })}
        </small>
      )}
    </span>
  );
}

function ChoiceCell({ column, value, label, disabled, lang, onChange, onPresence }: CellProps) {
  return (
    <select
      aria-label={label}
      data-testid="table-cell"
      data-column={column.id}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onFocus={() => onPresence(true)}
      onBlur={() => onPresence(false)}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
      style={{ ...FIELD, minWidth: '7em' }}
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
function CheckCell({ column, value, label, disabled, t, onChange, onPresence }: CellProps) {
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
        onFocus={() => onPresence(true)}
        onBlur={() => onPresence(false)}
        onChange={(event) => onChange(event.currentTarget.checked)}
        style={{ width: 28, height: 28, margin: 0 }}
      />
    </label>
  );
}
