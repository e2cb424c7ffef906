import { z } from 'zod';

export const PickGroupSchema = z.object({ groupId: z.string().min(1).max(64) });
