'use client';

import { useCallback, useState } from 'react';
import type { Editor } from 'tldraw';
import type * as Y from 'yjs';
import { META_MAP } from '@/lib/board/docMeta';
import { followStatus, META_FOLLOW_ME, readFollowMe, type FollowStatus } from '@/lib/session/followMe';
import { useFollowLeader } from './useFollowLeader';
import { useMetaValue } from './useMetaValue';

export interface FollowMeState {
  status: FollowStatus;
  /** Facilitator: lead everyone on this board, or release them. */
  setLeading(on: boolean): void;
  /** Everyone else: step out of the current request, or back in. */
  setSteppedOut(out: boolean): void;
}

/**
 * Follow-me on one board: the facilitator's request lives in `meta.followMe` (the server takes it
 * from facilitators only); while it stands, this editor's camera follows the leader's viewport
 * from their presence, unless this person stepped out.
 */
export function useFollowMe(ydoc: Y.Doc | null, editor: Editor | null, userId: string, enabled: boolean): FollowMeState {
  const followMe = useMetaValue(ydoc, META_FOLLOW_ME, readFollowMe);
  const [steppedOutOf, setSteppedOutOf] = useState<number | null>(null);
  const status = enabled ? followStatus(followMe, userId, steppedOutOf) : 'off';
  useFollowLeader(editor, status === 'following' && followMe ? [followMe.leaderId] : []);

  const setLeading = useCallback(
    (on: boolean) => {
      if (!ydoc) return;
      const meta = ydoc.getMap(META_MAP);
      if (on) meta.set(META_FOLLOW_ME, { leaderId: userId, since: Date.now() });
      else meta.delete(META_FOLLOW_ME);
    },
    [ydoc, userId],
  );
  const setSteppedOut = useCallback((out: boolean) => setSteppedOutOf(out ? (followMe?.since ?? null) : null), [followMe]);
  return { status, setLeading, setSteppedOut };
}
