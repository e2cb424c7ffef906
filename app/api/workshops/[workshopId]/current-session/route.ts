import { z } from 'zod';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { startSession } from '@/server/web/workshopAdmin';

const SessionSchema = z.object({ session: z.object({ topicId: z.string().max(10), number: z.number().int().min(1).max(50) }).nullable() });

/** PUT: start a session of a topic (its groups become the working groups), or end it with null. */
export async function PUT(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, SessionSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => startSession(actor, workshopId, body.data.session));
}
