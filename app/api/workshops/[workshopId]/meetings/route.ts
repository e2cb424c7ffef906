import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { planMeeting } from '@/server/web/workshopAdmin';
import { CreateMeetingSchema } from './schema';

/** POST: a meeting agreed at the end of a session, at a wall-clock time in the workshop's zone. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, CreateMeetingSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => planMeeting(actor, workshopId, body.data));
}
