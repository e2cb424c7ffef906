import { z } from 'zod';

export const AcceptInviteSchema = z.object({
  invite: z.string().min(1).max(4096),
  account: z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.string().trim().toLowerCase().email().max(254),
      password: z.string().min(8).max(72),
    })
    .optional(),
});
