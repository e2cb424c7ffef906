import { z } from 'zod';

/** Which groups to gather; without `groupIds`, every group of the running session. */
export const GatherSchema = z.object({ groupIds: z.array(z.string().min(1).max(64)).min(1).max(50).optional() });
