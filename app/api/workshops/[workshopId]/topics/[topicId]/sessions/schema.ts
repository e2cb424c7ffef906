import { z } from 'zod';

export const EditSessionSchema = z.object({
  durationMinutes: z.number().int().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  removed: z.boolean().default(false),
});
