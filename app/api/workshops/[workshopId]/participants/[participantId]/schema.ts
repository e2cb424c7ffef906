import { z } from 'zod';
import { ROLES } from '@/lib/auth/capabilities';

export const UpdateParticipantSchema = z
  .object({ role: z.enum(ROLES).optional(), groupId: z.string().min(1).max(64).nullable().optional() })
  .refine((body) => body.role !== undefined || body.groupId !== undefined, { message: 'nothing to change' });
