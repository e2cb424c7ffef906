'use client';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';

const BUTTON = { minHeight: 44, minWidth: 44, fontSize: 16 } as const;

/**
 * Undo and Redo of this person's own changes to the sheet (the undo manager tracks only them),
 * as buttons a finger reaches and as Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y, also inside a cell.
 */
export function UndoBar({ undo, t }: { undo: Y.UndoManager; t: Dictionary }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      // The field's own undo would edit its text behind the shared document's back.
      event.preventDefault();
      if (redo) undo.redo();
      else undo.undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo]);
  return (
    <div role="toolbar" aria-label={`${t.worksheets.undo} / ${t.worksheets.redo}`} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0' }}>
      <button type="button" className="plano-button secondary" data-testid="undo" disabled={!undo.canUndo()} onClick={() => undo.undo()} style={BUTTON}>
        ↶ {t.worksheets.undo}
      </button>
      <button type="button" className="plano-button secondary" data-testid="redo" disabled={!undo.canRedo()} onClick={() => undo.redo()} style={BUTTON}>
        ↷ {t.worksheets.redo}
      </button>
      <small className="plano-muted">{t.worksheets.undoHint}</small>
    </div>
  );
}
