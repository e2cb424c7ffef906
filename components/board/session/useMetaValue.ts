'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';

/**
 * A value of the board's `meta` map read through `read` (which narrows what a peer wrote), kept
 * live. The same object is kept while the value is unchanged, so other meta keys do not re-render.
 */
export function useMetaValue<T>(ydoc: Y.Doc | null, key: string, read: (value: unknown) => T | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!ydoc) return;
    const meta = ydoc.getMap<unknown>(META_MAP);
    const update = () => {
      const next = read(meta.get(key));
      setValue((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    update();
    meta.observe(update);
    return () => meta.unobserve(update);
  }, [ydoc, key, read]);
  return ydoc ? value : null;
}
