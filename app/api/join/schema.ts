import { z } from 'zod';

export const JoinSchema = z
  .object({
    code: z.string().trim().max(20).optional(),
    invite: z.string().max(4096).optional(),
    name: z.string().trim().min(1).max(80),
    organisation: z.string().trim().max(120).optional(),
  })
  .refine((body) => Boolean(body.code) !== Boolean(body.invite), { message: 'give either a join code or an invite' });
