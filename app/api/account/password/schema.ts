import { z } from 'zod';

/** A password change: the current password proves it is the owner, not someone at an unlocked laptop. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
