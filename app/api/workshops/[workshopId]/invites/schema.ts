import { z } from 'zod';

/** Longest an invitation stays valid: one workshop week. */
export const MAX_INVITE_TTL_SECONDS = 7 * 24 * 60 * 60;

export const CreateInviteSchema = z.object({
  role: z.enum(['participant', 'observer']),
  ttlSeconds: z.number().int().min(60).max(MAX_INVITE_TTL_SECONDS).default(MAX_INVITE_TTL_SECONDS),
});
