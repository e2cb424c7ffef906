/**
 * "Follow me": a facilitator brings everyone's view on a board to what they look at, until they
 * release it. Kept in the board's `meta` under `META_FOLLOW_ME` (facilitator-only); the viewport
 * itself travels by awareness (see follow.ts). Anyone may step out, and back in.
 */
export { META_FOLLOW_ME } from '../board/docMeta';

export interface FollowMe {
  /** The facilitator everyone follows. */
  leaderId: string;
  /** When they asked; stepping out is remembered per request, so a new request brings all back. */
  since: number;
}

/** Reads `meta.followMe`; null when nobody leads or the value is not well-formed. */
export function readFollowMe(value: unknown): FollowMe | null {
  if (typeof value !== 'object' || value === null) return null;
  const { leaderId, since } = value as Record<string, unknown>;
  if (typeof leaderId !== 'string' || leaderId === '' || leaderId.length > 200) return null;
  if (typeof since !== 'number' || !Number.isFinite(since)) return null;
  return { leaderId, since };
}

export type FollowStatus =
  /** Nobody leads on this board. */
  | 'off'
  /** This user is the one being followed. */
  | 'leading'
  | 'following'
  /** This user stepped out of the current request. */
  | 'stepped-out';

/**
 * Where this user stands. `steppedOutOf` is the `since` of the request they stepped out of. The
 * leader's own other devices (e.g. the projector under the same account) do not follow here:
 * they would chase their own camera.
 */
export function followStatus(followMe: FollowMe | null, userId: string, steppedOutOf: number | null): FollowStatus {
  if (!followMe) return 'off';
  if (followMe.leaderId === userId) return 'leading';
  return steppedOutOf === followMe.since ? 'stepped-out' : 'following';
}
