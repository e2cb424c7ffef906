import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '@/lib/workshop/followUpStatus';

export const CreateFollowUpSchema = z.object({
  topicId: z.string().max(10).nullable().default(null),
  description: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(200),
  dueOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
});

export const UpdateFollowUpSchema = z.object({ status: z.enum(FOLLOW_UP_STATUSES) });
