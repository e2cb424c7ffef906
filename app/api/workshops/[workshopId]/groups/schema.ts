import { z } from 'zod';
import { GROUP_COLORS } from '@/lib/workshop/groupColors';

export const CreateGroupSchema = z.object({ name: z.string().trim().min(1).max(60) });
export const UpdateGroupSchema = z
  .object({ name: z.string().trim().min(1).max(60).optional(), color: z.enum(GROUP_COLORS).optional() })
  .refine((body) => body.name !== undefined || body.color !== undefined, { message: 'nothing to change' });
