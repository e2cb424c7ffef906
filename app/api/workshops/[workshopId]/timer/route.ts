import { MINUTE_MS } from '@/lib/session/timer';
import { runningSessionMinutes, runSessionTimer } from '@/server/http/sessionTimer';
import { getRuntime } from '@/server/runtime';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { ForbiddenError } from '@/server/web/workshopAdmin';
import { SessionTimerSchema, timerCommandOf } from './schema';

/** A timer started without a length and without a session on the agenda. */
const DEFAULT_MINUTES = 10;

/**
 * POST: the facilitator starts, pauses, resumes, extends or resets the session timer; the server
 * writes the same timer into the plenary and every group board of the running session.
 */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, SessionTimerSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, async (actor) => {
    const runtime = getRuntime();
    // The agenda is only read when a start gives no length of its own.
    const needsDefault = body.data.action === 'start' && body.data.minutes === undefined && body.data.seconds === undefined;
    const fallbackMinutes = needsDefault ? ((await runningSessionMinutes(runtime.sql, workshopId)) ?? DEFAULT_MINUTES) : DEFAULT_MINUTES;
    const outcome = await runSessionTimer(runtime, actor, workshopId, timerCommandOf(body.data, fallbackMinutes * MINUTE_MS), Date.now());
    if (outcome.kind === 'forbidden') throw new ForbiddenError();
    if (outcome.kind === 'nothing') return null;
    return { timer: outcome.timer, boards: outcome.boards.length };
  });
}
