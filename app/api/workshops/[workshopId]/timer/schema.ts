import { z } from 'zod';
import { MAX_DURATION_MS, MINUTE_MS, type TimerCommand } from '@/lib/session/timer';

/** A length as minutes (fractions allowed: 0.25 is fifteen seconds) or whole seconds, up to a workshop day. */
const length = {
  minutes: z.number().positive().max(MAX_DURATION_MS / MINUTE_MS).optional(),
  seconds: z.number().int().positive().max(MAX_DURATION_MS / 1000).optional(),
};

/** What the facilitator does with the session timer; `start` without a length takes the agenda's. */
export const SessionTimerSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('start'), ...length }),
    z.object({ action: z.literal('resume') }),
    z.object({ action: z.literal('pause') }),
    z.object({ action: z.literal('extend'), ...length }),
    z.object({ action: z.literal('reset'), ...length }),
  ])
  .refine((body) => !('minutes' in body && body.minutes !== undefined && 'seconds' in body && body.seconds !== undefined), 'give minutes or seconds, not both');

export type SessionTimerBody = z.infer<typeof SessionTimerSchema>;

/** The length a body gives, in milliseconds; undefined when it gives none. */
function lengthMs(body: { minutes?: number; seconds?: number }): number | undefined {
  if (body.minutes !== undefined) return body.minutes * MINUTE_MS;
  if (body.seconds !== undefined) return body.seconds * 1000;
  return undefined;
}

/** The command for the timer; `fallbackMs` is the length a `start` without one takes. */
export function timerCommandOf(body: SessionTimerBody, fallbackMs: number): TimerCommand {
  switch (body.action) {
    case 'start':
      return { action: 'start', durationMs: lengthMs(body) ?? fallbackMs };
    case 'extend':
      return { action: 'extend', byMs: lengthMs(body) };
    case 'reset':
      return { action: 'reset', durationMs: lengthMs(body) };
    default:
      return { action: body.action };
  }
}
