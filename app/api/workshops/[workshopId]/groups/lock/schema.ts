import { z } from 'zod';

/** Lock (true) or unlock (false) every group board of the running session. */
export const LockGroupBoardsSchema = z.object({ locked: z.boolean() });
