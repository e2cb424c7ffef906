'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';

/**
 * A boolean the server mirrors into the board's `meta` map (e.g. the facilitator's lock), kept
 * live. `initial` is what the page knew when it was rendered, used until the document says.
 */
export function useMetaFlag(ydoc: Y.Doc | null, key: string, initial: boolean): boolean {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (!ydoc) return;
    const meta = ydoc.getMap(META_MAP);
    const read = () => {
      const stored = meta.get(key);
      if (typeof stored === 'boolean') setValue(stored);
    };
    read();
    meta.observe(read);
    return () => meta.unobserve(read);
  }, [ydoc, key]);
  return value;
}
