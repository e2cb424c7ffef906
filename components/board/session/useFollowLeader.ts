'use client';

import { useEffect } from 'react';
import { react, type Editor, type TLPageId } from 'tldraw';
import { boxesDiffer, leaderViewport, pickLeader, type PageBox } from '@/lib/session/follow';
import { LEADS_META } from '../presence';

/** tldraw's presence records carry the user id with or without its record prefix. */
function bareUserId(userId: string): string {
  return userId.startsWith('user:') ? userId.slice('user:'.length) : userId;
}

/**
 * Keeps this editor's camera on what a leader (a facilitator) sees, from their presence record;
 * only a presence the server verified as a facilitator's is followed (presence.ts marks it).
 * The camera is set here rather than with `editor.startFollowingUser`: tldraw leaves out presences
 * of its own user id, and the projector usually runs under the same facilitator account as the
 * laptop it follows. Does nothing while `leaderIds` is empty.
 */
export function useFollowLeader(editor: Editor | null, leaderIds: readonly string[]): void {
  const key = leaderIds.join('\n');
  useEffect(() => {
    if (!editor || key === '') return;
    const leaders = new Set(key.split('\n'));
    let last: PageBox | null = null;
    let lastScreen = '';
    return react('follow the facilitator', () => {
      const presences = editor.store.query
        .records('instance_presence')
        .get()
        .map((presence) => ({ ...presence, userId: bareUserId(presence.userId), leads: presence.meta[LEADS_META] === true }));
      const leader = pickLeader(presences, leaders);
      const box = leader ? leaderViewport(leader) : null;
      if (!leader || !box) return;
      const pageId = leader.currentPageId as TLPageId;
      if (pageId !== editor.getCurrentPageId() && editor.getPage(pageId)) {
        editor.setCurrentPage(pageId);
        last = null;
      }
      const screen = editor.getViewportScreenBounds();
      const screenKey = `${screen.w}x${screen.h}`;
      if (last && !boxesDiffer(last, box) && screenKey === lastScreen) return;
      last = box;
      lastScreen = screenKey;
      // Fit the leader's whole view into ours (screens differ in shape), as tldraw's follow does.
      editor.zoomToBounds(box, { inset: 0, immediate: true, force: true });
    });
  }, [editor, key]);
}
