'use client';
import { useEffect, useRef } from 'react';
import * as Y from 'yjs';
import { MAX_CELL_TEXT } from '@/lib/worksheets/tableForm';
import { textRootName } from '@/lib/worksheets/tableSheet';
import { sharedCellText, typeIntoTextCell } from './tableSheetWrites';

/** Fingers need 44 px; 16 px text keeps iOS from zooming into a focused field. */
const FIELD = { minHeight: 44, fontSize: 16, boxSizing: 'border-box', width: '100%', resize: 'none', overflow: 'hidden', lineHeight: 1.3, padding: '10px 8px' } as const;

interface Props {
  ydoc: Y.Doc;
  rowId: string;
  columnId: string;
  /** A long-text column keeps line breaks; a text column takes one line (Enter leaves the field). */
  multiline: boolean;
  label: string;
  disabled: boolean;
  /** The field's own attributes for tests and layout (data-testid, data-column …). */
  testId: string;
  /** Told when the caret enters or leaves the cell, so the others see who is in it. */
  onPresence: (inCell: boolean) => void;
}

/** Grows the field with its text, so nothing is cut off or hidden behind a scroll. */
function fit(field: HTMLTextAreaElement) {
  field.style.height = 'auto';
  field.style.height = `${Math.max(44, field.scrollHeight + 2)}px`;
}

/**
 * A text cell bound to its Y.Text: what the person types goes in as the edit itself (a splice),
 * so two people typing in the same cell both keep their words, merged character by character.
 * The field is not a React-controlled input: a remote change rewrites its value directly and puts
 * the caret back where it was relative to the text around it (a Yjs relative position), so
 * someone else's typing never moves the caret of the person typing here.
 */
export function SharedTextCell({ ydoc, rowId, columnId, multiline, label, disabled, testId, onPresence }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    const ytext = ydoc.getText(textRootName(rowId, columnId));
    const cells = ydoc.getMap('cells');
    let caret: { start: Y.RelativePosition; end: Y.RelativePosition } | null = null;
    let composing = false;

    const remember = () => {
      if (document.activeElement !== field) return;
      caret = { start: Y.createRelativePositionFromTypeIndex(ytext, field.selectionStart ?? 0), end: Y.createRelativePositionFromTypeIndex(ytext, field.selectionEnd ?? 0) };
    };
    const show = () => {
      // Rewriting the value while an input method composes a word would break the word.
      if (composing) return;
      const text = sharedCellText(ydoc, rowId, columnId);
      if (field.value === text) return;
      const focused = document.activeElement === field;
      field.value = text;
      fit(field);
      if (focused && caret) {
        const start = Y.createAbsolutePositionFromRelativePosition(caret.start, ydoc)?.index ?? text.length;
        const end = Y.createAbsolutePositionFromRelativePosition(caret.end, ydoc)?.index ?? start;
        field.setSelectionRange(start, end);
      }
    };
    const onInput = () => {
      // A one-line cell takes a pasted line break as a space.
      const typed = multiline ? field.value : field.value.replace(/\r?\n/g, ' ');
      const held = typeIntoTextCell(ydoc, rowId, columnId, typed, field.selectionEnd);
      if (field.value !== held) {
        const at = field.selectionEnd;
        field.value = held;
        field.setSelectionRange(at, at);
      }
      remember();
      fit(field);
    };
    const onCompositionStart = () => (composing = true);
    const onCompositionEnd = () => {
      composing = false;
      show();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!multiline && event.key === 'Enter') {
        event.preventDefault();
        field.blur();
      }
    };
    const onResize = () => fit(field);

    field.value = sharedCellText(ydoc, rowId, columnId);
    fit(field);
    const observe = () => show();
    ytext.observe(observe);
    cells.observe(observe);
    field.addEventListener('input', onInput);
    field.addEventListener('compositionstart', onCompositionStart);
    field.addEventListener('compositionend', onCompositionEnd);
    field.addEventListener('keydown', onKeyDown);
    for (const type of ['select', 'keyup', 'mouseup', 'touchend', 'focus']) field.addEventListener(type, remember);
    document.addEventListener('selectionchange', remember);
    window.addEventListener('resize', onResize);
    return () => {
      ytext.unobserve(observe);
      cells.unobserve(observe);
      field.removeEventListener('input', onInput);
      field.removeEventListener('compositionstart', onCompositionStart);
      field.removeEventListener('compositionend', onCompositionEnd);
      field.removeEventListener('keydown', onKeyDown);
      for (const type of ['select', 'keyup', 'mouseup', 'touchend', 'focus']) field.removeEventListener(type, remember);
      document.removeEventListener('selectionchange', remember);
      window.removeEventListener('resize', onResize);
    };
  }, [ydoc, rowId, columnId, multiline]);

  return (
    <textarea
      ref={ref}
      aria-label={label}
      data-testid={testId}
      data-column={columnId}
      disabled={disabled}
      rows={1}
      // Without cols a textarea asks for about 20 characters of width, which would widen its column.
      cols={1}
      maxLength={MAX_CELL_TEXT}
      enterKeyHint={multiline ? 'enter' : 'next'}
      onFocus={() => onPresence(true)}
      onBlur={() => onPresence(false)}
      style={FIELD}
    />
  );
}
