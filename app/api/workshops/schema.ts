import { z } from 'zod';

export const CreateWorkshopSchema = z.object({
  title: z.string().trim().min(1).max(200),
  pdam: z.string().trim().min(1).max(200),
});
