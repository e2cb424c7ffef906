/** Where a follow-up (tindak lanjut) stands. */
export const FOLLOW_UP_STATUSES = ['open', 'in-progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
