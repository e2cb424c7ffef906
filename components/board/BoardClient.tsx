'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState, type ComponentProps } from 'react';
import type { Editor } from 'tldraw';
import type { BoardCanvas as BoardCanvasType } from './BoardCanvas';
import { BoardImageExport } from './BoardImageExport';
import { registerOfflineShell } from './registerOfflineShell';

// tldraw touches window and IndexedDB: render it in the browser only.
const BoardCanvas = dynamic(() => import('./BoardCanvas').then((m) => m.BoardCanvas), { ssr: false });

export function BoardClient(props: ComponentProps<typeof BoardCanvasType> & { title: string }) {
  const { title, ...canvasProps } = props;
  const [editor, setEditor] = useState<Editor | null>(null);
  useEffect(() => {
    void registerOfflineShell();
  }, []);
  return (
    <div style={{ position: 'fixed', inset: 0 }} data-testid="board-page" aria-label={title}>
      <BoardCanvas {...canvasProps} onEditor={setEditor} />
      {!canvasProps.projector && <BoardImageExport editor={editor} title={title} lang={canvasProps.lang} />}
    </div>
  );
}
