import { editSession } from '@/server/web/methodViews';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { EditSessionSchema } from '../schema';

/** PUT: a session's duration and date (or its removal) in this workshop's agenda. */
export async function PUT(request: Request, { params }: { params: Promise<{ workshopId: string; topicId: string; number: string }> }) {
  const { workshopId, topicId, number } = await params;
  const body = await parseJsonBody(request, EditSessionSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => editSession(actor, workshopId, topicId, Number(number), body.data));
}
