import { z } from 'zod';

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null).transform((v) => v || null);

export const CreateMeetingSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  place: optionalText(200),
  agenda: z.string().trim().min(1).max(2000),
  invitees: optionalText(2000),
  topicId: z.string().max(10).nullable().default(null),
});
