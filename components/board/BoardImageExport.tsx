'use client';

import { useState, type CSSProperties } from 'react';
import type { Editor, TLShapeId } from 'tldraw';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';

type ImageKind = 'svg' | 'png';

const panelStyle: CSSProperties = {
  position: 'absolute',
  left: 8,
  top: 56,
  zIndex: 1000,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: 8,
  font: '600 15px/1.25 system-ui, sans-serif',
  pointerEvents: 'none',
};

const buttonStyle: CSSProperties = {
  minWidth: 44,
  minHeight: 44,
  padding: '0 14px',
  borderRadius: 22,
  border: '2px solid #2d3748',
  background: '#fff',
  color: '#1a202c',
  font: 'inherit',
  cursor: 'pointer',
  touchAction: 'manipulation',
  pointerEvents: 'all',
};

const messageStyle: CSSProperties = { padding: '6px 12px', borderRadius: 12, background: '#2d3748', color: '#fff', pointerEvents: 'all' };

/**
 * Downloads the current page of the board as SVG or PNG with tldraw's own exporter, so the image
 * shows exactly what the board shows (cards, areas, connectors), named after the board.
 */
export function BoardImageExport({ editor, title, lang }: { editor: Editor | null; title: string; lang: Lang }) {
  const t = dictionaryFor(lang).exportFiles;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ImageKind | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function download(kind: ImageKind) {
    if (!editor) return;
    // Shapes hidden from this person (others' private cards) stay out of the image, as on screen.
    const ids = [...editor.getCurrentPageShapeIds()].filter((id) => !editor.isShapeHidden(id));
    if (ids.length === 0) {
      setMessage(t.boardEmpty);
      return;
    }
    setBusy(kind);
    setMessage(null);
    try {
      saveBlob(await boardImage(editor, ids, kind), `${boardFileStem(title)}.${kind}`);
    } catch (error) {
      console.error('board image export failed', error);
      setMessage(t.boardFailed);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div style={panelStyle} data-testid="board-image-export">
      <button type="button" style={buttonStyle} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="board-image-toggle">
        ⤓ {t.boardImage}
      </button>
      {open &&
        (['svg', 'png'] as const).map((kind) => (
          <button key={kind} type="button" style={buttonStyle} disabled={!editor || busy !== null} onClick={() => void download(kind)} data-testid={`board-export-${kind}`}>
            {kind === 'svg' ? t.boardSvg : t.boardPng}
          </button>
        ))}
      {message && (
        <div role="status" style={messageStyle}>
          {message}
        </div>
      )}
    </div>
  );
}

async function boardImage(editor: Editor, ids: TLShapeId[], kind: ImageKind): Promise<Blob> {
  if (kind === 'png') return (await editor.toImage(ids, { format: 'png', background: true })).blob;
  const result = await editor.getSvgString(ids, { background: true });
  if (!result) throw new Error('tldraw returned no SVG for a non-empty page');
  return new Blob([result.svg], { type: 'image/svg+xml' });
}

/** Hands a blob to the browser as a download; the object URL is released once the click has started it. */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A board title as a file name: letters, digits and dashes (as the server names its exports). */
export function boardFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem.slice(0, 80) || 'plano';
}
