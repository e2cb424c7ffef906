import { z } from 'zod';
import { ROLES } from '@/lib/auth/capabilities';

/** Longest a shared board link stays valid: one workshop week. */
export const MAX_LINK_TTL_SECONDS = 7 * 24 * 60 * 60;

export const CreateLinkSchema = z.object({
  role: z.enum(ROLES),
  name: z.string().trim().min(1).max(80).optional(),
  groupId: z.string().trim().min(1).max(64).nullable().optional(),
  ttlSeconds: z.number().int().min(60).max(MAX_LINK_TTL_SECONDS).default(12 * 60 * 60),
});
