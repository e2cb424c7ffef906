/**
 * Following a facilitator's viewport on the projector: which peer to follow and which part of the
 * page they are looking at, from their presence (tldraw's instance presence, shared via awareness).
 */

export interface LeaderPresence {
  userId: string;
  /** The server verified that this presence is someone who leads the session (a facilitator). */
  leads: boolean;
  currentPageId: string;
  lastActivityTimestamp: number | null;
  camera: { x: number; y: number; z: number } | null;
  screenBounds: { x: number; y: number; w: number; h: number } | null;
}

export interface PageBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The presence to follow: one of `leaderIds`, verified as leading the session, with a usable
 * camera; the most recently active when several facilitators (or one on two devices) are on the
 * board. Null when none is present.
 */
export function pickLeader<P extends LeaderPresence>(presences: readonly P[], leaderIds: ReadonlySet<string>): P | null {
  let best: P | null = null;
  for (const presence of presences) {
    if (!presence.leads || !leaderIds.has(presence.userId) || !leaderViewport(presence)) continue;
    if (!best || (presence.lastActivityTimestamp ?? 0) > (best.lastActivityTimestamp ?? 0)) best = presence;
  }
  return best;
}

/** The page area the leader sees: tldraw's camera is the page offset, `z` the zoom. */
export function leaderViewport(presence: Pick<LeaderPresence, 'camera' | 'screenBounds'>): PageBox | null {
  const { camera, screenBounds } = presence;
  if (!camera || !screenBounds || !(camera.z > 0) || !(screenBounds.w > 0) || !(screenBounds.h > 0)) return null;
  return { x: -camera.x, y: -camera.y, w: screenBounds.w / camera.z, h: screenBounds.h / camera.z };
}

/** Whether two page boxes differ enough to move the camera (sub-pixel jitter would only repaint). */
export function boxesDiffer(a: PageBox, b: PageBox, tolerance = 0.5): boolean {
  return Math.abs(a.x - b.x) > tolerance || Math.abs(a.y - b.y) > tolerance || Math.abs(a.w - b.w) > tolerance || Math.abs(a.h - b.h) > tolerance;
}
