'use client';

import dynamic from 'next/dynamic';
import { useEffect, type ComponentProps } from 'react';
import type { BoardCanvas as BoardCanvasType } from './BoardCanvas';
import { registerOfflineShell } from './registerOfflineShell';

// tldraw touches window and IndexedDB: render it in the browser only.
const BoardCanvas = dynamic(() => import('./BoardCanvas').then((m) => m.BoardCanvas), { ssr: false });

export function BoardClient(props: ComponentProps<typeof BoardCanvasType> & { title: string }) {
  const { title, ...canvasProps } = props;
  useEffect(() => {
    void registerOfflineShell();
  }, []);
  return (
    <div style={{ position: 'fixed', inset: 0 }} data-testid="board-page" aria-label={title}>
      <BoardCanvas {...canvasProps} />
    </div>
  );
}
